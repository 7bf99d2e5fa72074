/**
 * Kelvin, played with the keyboard only: the source's path (signals noted, waiting for cooperation,
 * gone after the May holiday) and the meldcode's path (advice, an open talk, a report told
 * beforehand; still at school in June), in Dutch; the better-parent path in English.
 */
import {
  choose,
  consequence,
  continueScene,
  debriefChoice,
  log,
  openDebrief,
  readScene,
  sceneRegion,
  startCase,
} from './play.ts';
import { expect, expectAccessible, test } from './support.ts';

test('the source path: signals noted, waiting for cooperation, and Kelvin is gone after the May holiday', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Kelvin/);

  await readScene(page, 'nl', 1, 'Een frisse start');
  await expect(log(page, 'nl')).toContainText('Geef hem gewoon een frisse start.');
  await choose(page, 'nl', 'Dan geven we hem die start.');

  await readScene(page, 'nl', 3, 'Meester Daan loopt vast');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 9, 'Dingen die niet kloppen');
  const signals = sceneRegion(page, 9, 'Dingen die niet kloppen');
  await expect(consequence(signals, 'nl', 1, 'Dan geven we hem die start.')).toContainText(
    'Wat er op zijn vorige scholen speelde, weet niemand hier.',
  );
  await expect(signals).toContainText('Zijn moeder had vanochtend weer een zonnebril op.');
  await choose(page, 'nl', 'Ik zet het in zijn dossier');

  await readScene(page, 'nl', 10, 'Een gesprek met Kelvin');
  await choose(page, 'nl', 'Ik zie heus wel dat er iets is, Kelvin');

  await readScene(page, 'nl', 12, 'Moeder, alleen');
  const mother = sceneRegion(page, 12, 'Moeder, alleen');
  await expect(consequence(mother, 'nl', 10, 'Ik zie heus wel dat er iets is')).toContainText(
    'Kelvin loopt een omweg om jouw kamer heen.',
  );
  await choose(page, 'nl', 'Natuurlijk geloven we u');
  await expect(log(page, 'nl')).toContainText('Fijn dat jullie me er zo bij betrekken.');

  await readScene(page, 'nl', 20, 'De puzzelstukjes bij de jeugdarts');
  const doctor = sceneRegion(page, 20, 'De puzzelstukjes bij de jeugdarts');
  await expect(doctor).toContainText('Vanuit mijn rol kan ik niet verder.');
  await expect(consequence(doctor, 'nl', 9, 'Ik zet het in zijn dossier')).toContainText(
    'losse regels zonder data',
  );
  await expectAccessible(page, 'Kelvin, the youth doctor');
  await choose(page, 'nl', 'We hebben gedaan wat we konden.');

  await readScene(page, 'nl', 37, 'Na de meivakantie');
  await expect(sceneRegion(page, 37, 'Na de meivakantie')).toContainText(
    'Dit nummer is niet in gebruik.',
  );
  await choose(page, 'nl', 'Ik meld het vandaag bij leerplicht.');

  await readScene(page, 'nl', 40, 'Einde: Uit het zicht');
  const end = sceneRegion(page, 40, 'Einde: Uit het zicht');
  await expect(end).toContainText('naar het buitenland vertrokken, naar familie van moeder');
  await expect(end).toContainText('‘Eindelijk.’');
  await expect(end).toContainText('Een melding is er nooit gedaan.');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Uit het zicht');
  await expect(ending).toContainText('Slechte afloop');
  const waited = debriefChoice(page, 'Keuze 5 · week 20 · De puzzelstukjes bij de jeugdarts');
  await expect(waited).toContainText(
    'Geschonden: verantwoordelijkheidshiërarchie, deskundigheidshiërarchie',
  );
  await expect(waited).toContainText('een vermoeden is genoeg om te melden');
  await expectAccessible(page, 'the debrief of Kelvin’s source path');
});

test('the meldcode path: advice, open talks, a report told beforehand, and Kelvin still at school in June', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Kelvin/);

  await readScene(page, 'nl', 1, 'Een frisse start');
  await choose(page, 'nl', 'Ik vraag zijn vorige school om het onderwijskundig rapport.');

  await readScene(page, 'nl', 3, 'Meester Daan loopt vast');
  await expect(
    consequence(
      sceneRegion(page, 3, 'Meester Daan loopt vast'),
      'nl',
      1,
      'Ik vraag zijn vorige school',
    ),
  ).toContainText('Het rapport is binnen');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 9, 'Dingen die niet kloppen');
  await choose(page, 'nl', 'Ik schrijf vandaag op wat jullie zagen');

  await readScene(page, 'nl', 9, 'Overleg met de aandachtsfunctionaris');
  await expect(log(page, 'nl')).toContainText('Bewijs hoeven we niet te hebben.');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 10, 'Een gesprek met Kelvin');
  await choose(page, 'nl', 'Je hoeft niks te vertellen, hoor.');
  await expect(log(page, 'nl')).toContainText('Slapen gaat wel. Soms is er herrie.');

  await readScene(page, 'nl', 12, 'Moeder, alleen');
  await choose(page, 'nl', 'Ik geloof dat u uw best doet.');
  await expect(log(page, 'nl')).toContainText('Ik heb gevoelige ogen.');

  await readScene(page, 'nl', 20, 'De puzzelstukjes bij de jeugdarts');
  await expect(
    consequence(
      sceneRegion(page, 20, 'De puzzelstukjes bij de jeugdarts'),
      'nl',
      12,
      'Ik geloof dat u uw best doet.',
    ),
  ).toContainText('De hulp is aangeboden en afgeslagen.');
  await choose(page, 'nl', 'We lopen nu met de directeur');
  await expect(log(page, 'nl')).toContainText('Dan melden we.');

  await readScene(page, 'nl', 22, 'Bij het hek, na de melding');
  await expect(log(page, 'nl')).toContainText('Ze nemen hem toch niet mee, hè?');
  await expectAccessible(page, 'Kelvin, at the gate after the report');
  await choose(page, 'nl', 'Ik snap dat dit pijn doet.');

  await readScene(page, 'nl', 41, 'Einde: Nog hier, nog stil');
  const end = sceneRegion(page, 41, 'Einde: Nog hier, nog stil');
  await expect(end).toContainText('Over thuis zegt hij nog steeds niets.');
  await expect(end).toContainText('Het begon in oktober met een telefoontje naar Veilig Thuis');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Nog hier, nog stil');
  await expect(ending).toContainText('Goede afloop');
  await expect(page.getByRole('region', { name: 'Telling per hiërarchie' })).toContainText(
    'Schendingen in totaal: 0',
  );
  await expectAccessible(page, 'the debrief of Kelvin’s meldcode path');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the better parent: a leading question, a secret, words against his father, and he is gone sooner', async ({
    page,
  }) => {
    await startCase(page, 'en', /^Kelvin/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await readScene(page, 'en', 1, 'A fresh start');
    await choose(page, 'en', "I'll ask his last school for the onderwijskundig rapport");

    await readScene(page, 'en', 3, 'Daan is stuck');
    await continueScene(page, 'en');

    await readScene(page, 'en', 9, "Things that don't add up");
    await choose(page, 'en', "At the lunch break I'll go over to him calmly");
    await expect(log(page, 'en')).toContainText('I fell off my scooter.');

    await readScene(page, 'en', 10, 'A talk with Kelvin');
    await choose(page, 'en', 'You know what? Everything you say here');
    await expect(log(page, 'en')).toContainText('You promised.');

    await readScene(page, 'en', 12, 'His mother, alone');
    const mother = sceneRegion(page, 12, 'His mother, alone');
    await expect(consequence(mother, 'en', 9, "At the lunch break I'll go over")).toContainText(
      'Miss Anouk asked whether someone hurts him',
    );
    await expect(mother).toContainText("I didn't like that, to be honest.");
    await choose(page, 'en', "I believe you're doing your best.");

    await readScene(page, 'en', 20, 'The pieces, with the youth doctor');
    await choose(page, 'en', "After the meeting I'll find Kelvin.");
    await expect(log(page, 'en')).toContainText("You don't know anything!");

    await readScene(page, 'en', 24, 'End: Gone sooner');
    const end = sceneRegion(page, 24, 'End: Gone sooner');
    await expect(consequence(end, 'en', 20, "After the meeting I'll find Kelvin.")).toContainText(
      'she is taking him out of the school',
    );
    await expect(end).toContainText('You had promised.');
    await expectAccessible(page, 'Kelvin in English, the ending');

    await openDebrief(page, 'en');
    const ending = page.getByRole('region', { name: 'Ending', exact: true });
    await expect(ending).toContainText('Gone sooner');
    await expect(ending).toContainText('Poor outcome');
    await expect(debriefChoice(page, 'Choice 3 · week 10 · A talk with Kelvin')).toContainText(
      'the better parent',
    );
  });
});
