/**
 * Mila stays home, played with the keyboard only: the source's path (the parents' story first,
 * their own place, Mila heard before the agreement, a small agreement with a date) to the side
 * door; the road that opens with a ready plan to the closed door; and in English, a warm talk
 * without a date.
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

test('the source path: story first, Mila heard, ten minutes early through the side door', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Mila/);

  await readScene(page, 'nl', 1, "Het gesprek met Mila's ouders");
  await expect(log(page, 'nl')).toContainText('Ze kán gewoon niet meer naar school.');
  await expectAccessible(page, 'Mila, the meeting with her parents');
  await choose(page, 'nl', 'Voor we het over plannen hebben: vertel eens over Mila.');
  await expect(log(page, 'nl')).toContainText('met manen die bijna bewegen');

  await readScene(page, 'nl', 1, '‘Zegt u het maar’');
  await expect(log(page, 'nl')).toContainText('Sinds de zomer is ze anders.');
  await choose(page, 'nl', 'Over hoe een schooldag begint');
  await expect(log(page, 'nl')).toContainText('Herkennen jullie haar eigenlijk nog?');
  await expect(log(page, 'nl')).toContainText('Dat had ik eerder moeten zeggen.');

  await readScene(page, 'nl', 1, 'En Mila zelf?');
  await choose(page, 'nl', 'Mag ik Mila zelf ook horen, voordat we iets vastleggen?');

  await readScene(page, 'nl', 2, 'Aan de keukentafel');
  const kitchen = sceneRegion(page, 2, 'Aan de keukentafel');
  await expect(consequence(kitchen, 'nl', 1, 'Mag ik Mila zelf ook horen')).toContainText(
    '‘Ben ik dan in de problemen?’',
  );
  await expectAccessible(page, 'Mila, at the kitchen table');
  await choose(page, 'nl', 'Ik ben benieuwd naar iets anders.');
  await expect(log(page, 'nl')).toContainText('De gang. Bij de kapstokken.');

  await readScene(page, 'nl', 2, 'Vooruitkijken');
  await expect(log(page, 'nl')).toContainText('Dat is ons deel, en daar kunnen wij iets aan doen.');
  await choose(page, 'nl', 'Wat zou de komende weken een beetje haalbaar maken');
  await expect(log(page, 'nl')).toContainText('Als ze nou eens eerder kon komen?');

  await readScene(page, 'nl', 2, 'De afspraak');
  await choose(page, 'nl', 'dinsdag en donderdag tien minuten eerder via de zij-ingang');
  await expect(log(page, 'nl')).toContainText('Dinsdag sta ik om kwart over acht bij de zij-deur.');

  await readScene(page, 'nl', 4, 'Terugkijken');
  const back = sceneRegion(page, 4, 'Terugkijken');
  await expect(consequence(back, 'nl', 2, 'Dan houden we het klein')).toContainText(
    'Gewoon, met haar tas.',
  );
  await expect(back).toContainText('Twee keer stond ze om kwart over acht bij de zij-deur.');
  await choose(page, 'nl', 'Laten we beginnen bij de ochtenden die wél lukten');
  await expect(log(page, 'nl')).toContainText('Ik hoorde de klok tikken, mam');

  await readScene(page, 'nl', 6, 'Einde: Via de zij-deur');
  const end = sceneRegion(page, 6, 'Einde: Via de zij-deur');
  await expect(end).toContainText('Dan ga jij hem redden.');
  await expect(end).toContainText('Het is geen wondermiddel');
  await expectAccessible(page, 'Mila, the good ending');

  await openDebrief(page, 'nl');
  await expect(page.getByRole('region', { name: 'Afloop' })).toContainText('Goede afloop');
  await expect(page.getByRole('region', { name: 'Telling per hiërarchie' })).toContainText(
    'Schendingen in totaal: 0',
  );
  await expect(debriefChoice(page, 'Keuze 3 · week 1 · En Mila zelf?')).toContainText(
    'Geen enkele hiërarchie geschonden.',
  );
  await expectAccessible(page, 'the debrief of Mila’s source path');
});

test('a plan first, tips for home, Mila made to explain herself: the conversation closes', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Mila/);

  await readScene(page, 'nl', 1, "Het gesprek met Mila's ouders");
  await choose(page, 'nl', 'Juf Femke en ik hebben alvast een re-integratieplan gemaakt');
  await expect(log(page, 'nl')).toContainText('We hebben al drie plannen gehad.');

  await readScene(page, 'nl', 1, '‘Zegt u het maar’');
  await expect(log(page, 'nl')).toContainText('Het ligt niet aan ons dat ze niet gaat.');
  await choose(page, 'nl', 'Wat vaak werkt: een vaste bedtijd');

  await readScene(page, 'nl', 1, 'En Mila zelf?');
  await choose(page, 'nl', 'Laten we haar er de volgende keer gewoon bij halen.');

  await readScene(page, 'nl', 2, 'Mila aan tafel');
  const table = sceneRegion(page, 2, 'Mila aan tafel');
  await expect(consequence(table, 'nl', 1, 'Fijn dat u er allebei bent.')).toContainText(
    '‘het plan van school’',
  );
  await expect(table).toContainText('Ik wíl wel. Het gaat gewoon niet.');
  await expect(page.getByRole('group', { name: 'Keuzes' })).toHaveCount(0);
  await expectAccessible(page, 'Mila at the table');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 2, 'Vooruitkijken');
  await expect(log(page, 'nl')).toContainText('Ze denkt dat ze iets fout heeft gedaan.');
  await choose(page, 'nl', 'Ik stel voor dat we een helder doel afspreken');

  await readScene(page, 'nl', 2, 'De afspraak');
  await choose(page, 'nl', 'een plan in twaalf punten');

  await readScene(page, 'nl', 3, 'Maandagochtend');
  const monday = sceneRegion(page, 3, 'Maandagochtend');
  await expect(
    consequence(monday, 'nl', 2, 'Ik zet het vanavond helemaal op papier'),
  ).toContainText('Punt 7');
  await expect(monday).toContainText('Ik ga haar niet dwingen.');
  await continueScene(page, 'nl');

  await readScene(page, 'nl', 6, 'Einde: Het gesprek gaat dicht');
  const end = sceneRegion(page, 6, 'Einde: Het gesprek gaat dicht');
  await expect(end).toContainText('neemt niemand meer op bij de familie Koster');
  await expect(end).toContainText('Niemand heeft het getekend.');

  await openDebrief(page, 'nl');
  await expect(page.getByRole('region', { name: 'Afloop' })).toContainText('Slechte afloop');
  const trial = debriefChoice(page, 'Keuze 3 · week 1 · En Mila zelf?');
  await expect(trial).toContainText('Geschonden: emotionele hiërarchie');
  await expectAccessible(page, 'the debrief of Mila’s closed door');
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a warm talk without a date: three weeks of silence', async ({ page }) => {
    await startCase(page, 'en', /^Mila/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await readScene(page, 'en', 1, "The meeting with Mila's parents");
    await choose(page, 'en', 'Before we talk about plans: tell me about Mila.');
    await readScene(page, 'en', 1, '‘Just tell us’');
    await choose(page, 'en', 'About how a school day begins');
    await readScene(page, 'en', 1, 'And Mila herself?');
    await choose(page, 'en', "Let's settle it among the four of us");

    await readScene(page, 'en', 2, 'Looking ahead');
    await expect(log(page, 'en')).toContainText("She doesn't know anything yet.");
    await choose(page, 'en', 'What would make the coming weeks a little more doable');
    await readScene(page, 'en', 2, 'The agreement');
    await expectAccessible(page, 'Mila in English, the agreement');
    await choose(page, 'en', "Let's not make it bigger than it is");
    await expect(log(page, 'en')).toContainText('Nobody writes anything down.');

    await readScene(page, 'en', 6, 'End: Warm, but without a date');
    const end = sceneRegion(page, 6, 'End: Warm, but without a date');
    await expect(end).toContainText('For three weeks you hear nothing.');
    await expect(end).toContainText("We thought you'd call.");
    await openDebrief(page, 'en');
    await expect(page.getByRole('region', { name: 'Ending' })).toContainText('Mixed outcome');
  });
});
