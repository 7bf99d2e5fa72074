/**
 * Storm, played with the keyboard only: the path of the source (a true word about Mondays said as
 * blame, a careful suspension, a team that never talks) and the respectful path (both parents heard,
 * neither wins the school), in Dutch; and, in English, the informal "keep him home this week".
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

test('the source path: Mondays said as blame, a careful suspension, and a team that stays silent', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Storm/);

  await readScene(page, 'nl', 1, 'Maandagochtend');
  await expect(log(page, 'nl')).toContainText('Storm: Het was stom bij papa.');
  await choose(page, 'nl', 'Dat klinkt als een zwaar weekend.');

  await readScene(page, 'nl', 2, 'Groep 4 kantelt');
  const tipping = sceneRegion(page, 2, 'Groep 4 kantelt');
  await expect(tipping).toContainText('Juf, hij doet weer raar.');
  await expect(tipping).toContainText('Storm: Ik doe niks! Ik doe niks!');
  await expect(consequence(tipping, 'nl', 1, 'Dat klinkt als een zwaar weekend.')).toContainText(
    'De maandagochtend blijft jullie vaste moment.',
  );
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 3, 'Het gesprek met Storms moeder');
  await expect(log(page, 'nl')).toContainText('Er loopt een zaak over de omgang.');
  await choose(page, 'nl', 'Ik zie hoe zwaar dit voor u is.');

  await readScene(page, 'nl', 4, 'Het gesprek met Storms vader');
  await expect(log(page, 'nl')).toContainText('Daar bent u het toch mee eens?');
  await choose(page, 'nl', 'Eerlijk is eerlijk, meneer Dijkstra');
  await expect(log(page, 'nl')).toContainText('Bas Dijkstra: Aha. Dus het ligt aan mij.');

  await readScene(page, 'nl', 6, 'Een voorstel aan beide ouders');
  const proposal = sceneRegion(page, 6, 'Een voorstel aan beide ouders');
  await expect(consequence(proposal, 'nl', 4, 'Eerlijk is eerlijk')).toContainText(
    'Ik heb begrepen dat ik volgens school het probleem ben.',
  );
  await expect(proposal).toContainText('Niet om weer te horen dat het aan mij ligt.');
  await choose(page, 'nl', 'Op school weten we het niet meer');

  await readScene(page, 'nl', 8, 'Wachten, en dan één-op-één');
  await expect(sceneRegion(page, 8, 'Wachten, en dan één-op-één')).toContainText(
    'één-op-één begeleiding vanuit het speciaal onderwijs',
  );
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 10, 'Het breekpunt');
  await expect(log(page, 'nl')).toContainText(
    'Bel zijn moeder maar dat hij volgende week thuisblijft.',
  );
  await choose(page, 'nl', 'Als we schorsen, dan zorgvuldig:');

  await readScene(page, 'nl', 12, 'Het team, daarna');
  const team = sceneRegion(page, 12, 'Het team, daarna');
  await expect(consequence(team, 'nl', 10, 'Als we schorsen')).toContainText(
    'Beide ouders worden apart gehoord en krijgen dezelfde brief.',
  );
  await choose(page, 'nl', 'Je hebt gelijk, iedereen is op.');

  await readScene(page, 'nl', 13, 'Einde: Zorgvuldig, en daarna stil');
  const end = sceneRegion(page, 13, 'Einde: Zorgvuldig, en daarna stil');
  await expect(end).toContainText('Zo liep het ook in de praktijk waarop deze casus berust');
  await expect(end).toContainText('een team dat er nooit meer samen over sprak');
  await expect(end).toContainText('Mo vraagt zich in stilte af of het aan hem lag.');
  await expectAccessible(page, 'Storm, the ending of the source path');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Zorgvuldig, en daarna stil');
  await expect(ending).toContainText('Gemengde afloop');
  const mondays = debriefChoice(page, 'Keuze 3 · week 4 · Het gesprek met Storms vader');
  await expect(mondays).toContainText('Geschonden: emotionele hiërarchie');
  await expect(mondays).toContainText('Ik heb begrepen dat ik volgens school het probleem ben.');
  await expectAccessible(page, 'the debrief of Storm’s source path');
});

test('the respectful path: both parents heard, a careful suspension, a team that talks it through', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Storm/);

  await readScene(page, 'nl', 1, 'Maandagochtend');
  await choose(page, 'nl', 'Dat klinkt als een zwaar weekend.');
  await expect(log(page, 'nl')).toContainText('Storm: Mag ik eerst de plantjes water geven?');

  await readScene(page, 'nl', 2, 'Groep 4 kantelt');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 3, 'Het gesprek met Storms moeder');
  await choose(page, 'nl', 'Ik zie hoe zwaar dit voor u is.');
  await expect(log(page, 'nl')).toContainText('Nadia Kramer: Dus u kiest zijn kant.');

  await readScene(page, 'nl', 4, 'Het gesprek met Storms vader');
  await choose(page, 'nl', 'Goed om te horen dat hij bij u rustig is.');
  await expect(log(page, 'nl')).toContainText('Bas Dijkstra: Iets doen met zijn handen.');

  await readScene(page, 'nl', 6, 'Een voorstel aan beide ouders');
  const proposal = sceneRegion(page, 6, 'Een voorstel aan beide ouders');
  await expect(consequence(proposal, 'nl', 3, 'Ik zie hoe zwaar dit voor u is.')).toContainText(
    'Beide ouders krijgen elke vrijdag hetzelfde verslag',
  );
  await expect(
    consequence(proposal, 'nl', 4, 'Goed om te horen dat hij bij u rustig is.'),
  ).toContainText('Mo probeert de tip van vader in de klas');
  await choose(page, 'nl', 'Op school weten we het niet meer');

  await readScene(page, 'nl', 8, 'Wachten, en dan één-op-één');
  await expect(sceneRegion(page, 8, 'Wachten, en dan één-op-één')).toContainText(
    'Het buurtteam schoof ook aan, op verzoek van beide ouders.',
  );
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 10, 'Het breekpunt');
  await choose(page, 'nl', 'Als we schorsen, dan zorgvuldig:');

  await readScene(page, 'nl', 12, 'Het team, daarna');
  await choose(page, 'nl', 'Ik wil toch een nagesprek plannen.');

  await readScene(page, 'nl', 13, 'Einde: Een plek zonder kant');
  const end = sceneRegion(page, 13, 'Einde: Een plek zonder kant');
  await expect(end).toContainText('Zijn ouders hebben de plek allebei bezocht');
  await expect(end).toContainText('Bas Dijkstra: Hij nam zijn plantje mee.');
  await expect(consequence(end, 'nl', 12, 'Ik wil toch een nagesprek plannen.')).toContainText(
    'Jullie schrijven drie dingen op',
  );
  await expectAccessible(page, 'Storm, the good ending');

  await openDebrief(page, 'nl');
  const ending = page.getByRole('region', { name: 'Afloop' });
  await expect(ending).toContainText('Een plek zonder kant');
  await expect(ending).toContainText('Goede afloop');
  await expect(page.getByRole('region', { name: 'Telling per hiërarchie' })).toContainText(
    'Schendingen in totaal: 0',
  );
  await expectAccessible(page, 'the debrief of Storm’s respectful path');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('"keep him home this week" leaves a hidden stay-at-home and a father told by his son', async ({
    page,
  }) => {
    await startCase(page, 'en', /^Storm/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await readScene(page, 'en', 1, 'Monday morning');
    await expect(log(page, 'en')).toContainText("Storm: It was stupid at Dad's.");
    await choose(page, 'en', 'That sounds like a heavy weekend.');
    await readScene(page, 'en', 2, 'Group 4 tips over');
    await continueScene(page, 'en');
    await readScene(page, 'en', 3, "The meeting with Storm's mother");
    await choose(page, 'en', 'I can see how hard this is for you.');
    await readScene(page, 'en', 4, "The meeting with Storm's father");
    await choose(page, 'en', "Good to hear he's calm with you.");
    await readScene(page, 'en', 6, 'A proposal to both parents');
    await choose(page, 'en', "At school we've run out of answers");
    await readScene(page, 'en', 8, 'Waiting, and then one-to-one');
    await continueScene(page, 'en');

    await readScene(page, 'en', 10, 'The breaking point');
    await choose(page, 'en', "I get it, we're all worn out, and so is Storm.");

    await readScene(page, 'en', 12, 'The team, afterwards');
    const team = sceneRegion(page, 12, 'The team, afterwards');
    await expect(
      consequence(team, 'en', 10, "I get it, we're all worn out, and so is Storm."),
    ).toHaveCount(2);
    await expect(team).toContainText('The father only hears on Saturday, from Storm himself');
    await expect(team).toContainText('The father has also filed a complaint with the board.');
    await choose(page, 'en', "I'd still like to plan a debrief.");

    await readScene(page, 'en', 13, 'End: Quietly at home');
    const end = sceneRegion(page, 13, 'End: Quietly at home');
    await expect(end).toContainText('Bas Dijkstra: I heard it from my seven-year-old son.');
    await expect(end).toContainText("it isn't one at all");

    await openDebrief(page, 'en');
    const ending = page.getByRole('region', { name: 'Ending' });
    await expect(ending).toContainText('Quietly at home');
    await expect(ending).toContainText('Poor outcome');
    await expect(debriefChoice(page, 'Choice 5 · week 10 · The breaking point')).toContainText(
      'The father only hears on Saturday',
    );
  });
});
