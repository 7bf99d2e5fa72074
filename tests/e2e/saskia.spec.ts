/**
 * Saskia, played with the keyboard only: the path of the source article (the "better parent"
 * who talks about the divorce against the parents' wish) in Dutch, and the respectful path in
 * English. Every scene, and the debrief, must pass axe.
 */
import {
  choose,
  consequence,
  debriefChoice,
  log,
  openDebrief,
  readScene,
  sceneHeading,
  sceneRegion,
  startCase,
  triangleSide,
} from './play.ts';
import { expect, expectAccessible, test } from './support.ts';

test('the source path: the talk against the parents’ wish comes back as guilt, avoidance and lost trust', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Saskia/);

  // Week 1: the parents ask the counsellor not to talk about their divorce.
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await expect(log(page, 'nl')).toContainText('Marleen en ik gaan uit elkaar');
  await expect(triangleSide(page, 'nl', 'Ouders–jij')).toContainText(
    'Vertrouwen van de ouders: 60',
  );
  await expectAccessible(page, 'Saskia, the meeting with the parents');
  await choose(page, 'nl', 'Dat is duidelijk. Dan laat ik dat onderwerp rusten.');

  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await expect(triangleSide(page, 'nl', 'Ouders–jij')).toContainText(
    'Vertrouwen van de ouders: 65',
  );
  await expectAccessible(page, 'Saskia, can we count on you');
  await choose(page, 'nl', 'Ja. Daar kunt u op rekenen.');

  await readScene(page, 'nl', 1, 'Begeleiding met Saskia');
  await expect(log(page, 'nl')).toContainText(
    'Je hebt haar ouders beloofd er niet over te beginnen.',
  );
  await expectAccessible(page, 'Saskia, the first session');
  await choose(page, 'nl', 'Saskia, ik zie al een tijd hoe verdrietig je bent');

  // The talk itself feels good: she cries, and thanks you.
  await expect(log(page, 'nl')).toContainText('Saskia begint te huilen');
  await expect(log(page, 'nl')).toContainText(
    'Saskia: Ik ben echt blij dat ik het tegen iemand kon zeggen. Dank u wel.',
  );
  // Coach mode: the verdict follows at once, and names the trap.
  await expect(log(page, 'nl')).toContainText('de valkuil van de betere ouder');
  await readScene(page, 'nl', 1, 'Na de tranen');
  await expect(log(page, 'nl')).toContainText('Ze lacht zelfs even, voor het eerst in weken.');
  await expectAccessible(page, 'Saskia, after the tears');
  await choose(page, 'nl', 'Wat knap dat je dit durfde te vertellen.');

  // A week later the relief has turned into guilt: the delayed consequence of week 1.
  await readScene(page, 'nl', 2, 'Een week later');
  const weekTwo = sceneRegion(page, 2, 'Een week later');
  const guilt = consequence(weekTwo, 'nl', 1, 'Saskia, ik zie al een tijd hoe verdrietig je bent');
  await expect(guilt).toHaveCount(1);
  await expect(guilt).toContainText('De opluchting is omgeslagen in schuld');
  await expect(guilt).toContainText('dus gaat ze jou uit de weg');
  await expect(
    consequence(weekTwo, 'nl', 1, 'Wat knap dat je dit durfde te vertellen.'),
  ).toContainText('Nu voelt het als een keuze die ze tegen haar ouders in zou moeten maken.');
  await expect(log(page, 'nl')).toContainText('houdt haar jas aan en gaat bij de deur zitten');
  await expect(log(page, 'nl')).toContainText('Saskia: Ik hoef vandaag niet zo nodig te praten.');
  await expect(triangleSide(page, 'nl', 'Ouders–jij')).toContainText(
    'Vertrouwen van de ouders: 70',
  );
  await expectAccessible(page, 'Saskia, a week later');
  await choose(page, 'nl', 'Saskia, we hadden vorige week toch een goed gesprek?');

  // The second attempt fails.
  await expect(log(page, 'nl')).toContainText('Saskia: Er is niks veranderd. Mag ik gaan?');
  await expect(log(page, 'nl')).toContainText('De deur valt achter haar dicht.');

  // Week 3: the parents have heard, twice over, and their trust drops.
  await readScene(page, 'nl', 3, 'De ouders bellen');
  const call = sceneRegion(page, 3, 'De ouders bellen');
  // Saskia told her mother: the consequence of closing the talk without telling the parents.
  await expect(
    consequence(call, 'nl', 1, 'Wat knap dat je dit durfde te vertellen.'),
  ).toContainText('Haar ouders horen dat je hun uitdrukkelijke verzoek hebt genegeerd.');
  await expect(consequence(call, 'nl', 2, 'Saskia, we hadden vorige week')).toContainText(
    'Voor haar ouders is de maat vol.',
  );
  await expect(log(page, 'nl')).toContainText('begon u er gewoon weer over');
  await expect(triangleSide(page, 'nl', 'Ouders–jij')).toHaveText(
    'Ouders–jij: onder druk (Vertrouwen van de ouders: 40, hoger is beter)',
  );
  await expectAccessible(page, 'Saskia, the parents call');
  await choose(page, 'nl', 'Ik begrijp dat u boos bent.');

  // The ending: everybody loses.
  await readScene(page, 'nl', 4, 'Einde: Iedereen verliest');
  await expect(log(page, 'nl')).toContainText('De ouders melden Saskia af voor de begeleiding.');
  await expect(log(page, 'nl')).toContainText('Nu begrijp je waarom het het laatste was.');
  await expect(triangleSide(page, 'nl', 'Ouders–jij')).toHaveText(
    'Ouders–jij: beschadigd (Vertrouwen van de ouders: 20, hoger is beter)',
  );
  await expect(sceneHeading(page, 4, 'Einde: Iedereen verliest')).toHaveCount(1);
  await expectAccessible(page, 'Saskia, the ending');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Iedereen verliest');
  await expect(ending).toContainText('Slechte afloop');
  await expect(ending).toContainText('werd je de betere ouder');

  const talk = debriefChoice(page, 'Keuze 3 · week 1 · Begeleiding met Saskia');
  await expect(talk).toContainText('Geschonden: emotionele hiërarchie');
  await expect(talk).toContainText('de valkuil van de betere ouder');
  await expect(talk).toContainText('De opluchting is omgeslagen in schuld');
  await expect(talk).toContainText('(kwam aan in week 2, bij: Een week later)');
  await expect(talk).not.toContainText('Hier week je af van het respectvolle pad.');
  // Nodding along already left the respectful path: it kept the concern from the parents.
  await expect(debriefChoice(page, 'Keuze 1 · week 1 · Gesprek met de ouders')).toContainText(
    'Hier week je af van het respectvolle pad.',
  );
  await expect(debriefChoice(page, 'Keuze 6 · week 3 · De ouders bellen')).toContainText(
    'de betere ouder tot het eind',
  );

  const tally = page.getByRole('region', { name: 'Telling per hiërarchie' });
  await expect(tally).toContainText(/Emotionele hiërarchie: \d+ keer gerespecteerd/);
  await expect(tally).not.toContainText('Schendingen in totaal: 0');
  await expect(page.getByRole('region', { name: 'Kernideeën' })).toContainText(
    'Valkuil: de betere ouder',
  );
  await expectAccessible(page, 'the debrief of Saskia’s source path');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the respectful path: permission comes from home, and the guidance stays at school', async ({
    page,
  }) => {
    await startCase(page, 'en', /^Saskia/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await readScene(page, 'en', 1, 'Meeting with the parents');
    await expect(log(page, 'en')).toContainText('Marleen and I are separating.');
    await expectAccessible(page, 'Saskia in English, the meeting with the parents');
    await choose(page, 'en', 'Thank you for telling me.');
    await expect(log(page, 'en')).toContainText('Marleen de Vries: Yes. We do recognise that.');

    await readScene(page, 'en', 1, 'Can we count on you?');
    await expectAccessible(page, 'Saskia in English, can we count on you');
    await choose(page, 'en', 'Yes. One thing I would like to agree with you');

    await readScene(page, 'en', 1, 'Session with Saskia');
    await expect(log(page, 'en')).toContainText(
      'You agreed with her parents what you would say if she raised it herself.',
    );
    await expectAccessible(page, 'Saskia in English, the first session');
    await choose(page, 'en', 'Rotten luck with your shoes.');

    await readScene(page, 'en', 2, 'Follow-up with the parents');
    await expect(log(page, 'en')).toContainText("That she's so quiet at school.");
    await expect(log(page, 'en').locator('aside')).toHaveCount(0);
    await expectAccessible(page, 'Saskia in English, the follow-up with the parents');
    await choose(page, 'en', 'At school I see a girl who is having a hard time');

    // Trust is high enough that the parents open the door themselves.
    await readScene(page, 'en', 2, 'Who tells Saskia?');
    await expect(triangleSide(page, 'en', 'Parents–you')).toHaveText(
      "Parents–you: strong (The parents' trust: 80, higher is better)",
    );
    await expectAccessible(page, 'Saskia in English, who tells Saskia');
    await choose(page, 'en', 'best if she hears it from you.');

    await readScene(page, 'en', 2, 'Saskia raises it herself');
    await expect(log(page, 'en')).toContainText(
      'Saskia: My parents said I could talk to you about home.',
    );
    await expectAccessible(page, 'Saskia in English, Saskia raises it herself');
    await choose(page, 'en', 'Good that your parents told you that.');

    await readScene(page, 'en', 6, 'End: Permission from home');
    await expect(log(page, 'en')).toContainText('takes off her coat and has her planner with her');
    await expect(
      page.getByText('talking to her counsellor became a form of loyalty to home'),
    ).toBeVisible();
    await expect(triangleSide(page, 'en', 'Parents–Saskia')).toContainText('strong');
    await expectAccessible(page, 'Saskia in English, the ending');

    await openDebrief(page, 'en');
    const ending = page.getByRole('region', { name: 'Ending', exact: true });
    await expect(ending).toContainText('Permission from home');
    await expect(ending).toContainText('Good outcome');
    await expect(page.getByRole('region', { name: 'Tally per hierarchy' })).toContainText(
      'Violations in all: 0',
    );
    await expect(debriefChoice(page, 'Choice 1 · week 1 · Meeting with the parents')).toContainText(
      'No hierarchy violated.',
    );
    await expect(page.getByText('Here you left the respectful path.')).toHaveCount(0);
    await expect(page.getByText('Your path is the respectful path.')).toBeVisible();
    await expectAccessible(page, 'the English debrief of Saskia’s respectful path');
  });
});
