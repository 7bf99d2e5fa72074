/**
 * A run over time: rewinding to an earlier choice keeps both versions (and the debrief compares
 * them), a reload resumes where the run was, switching the language mid-run keeps the run, and
 * the pace setting shows a whole scene at once.
 */
import {
  choose,
  nodAndPromise,
  SASKIA_NOD as NOD,
  SASKIA_PROMISE as PROMISE,
  log,
  openDebrief,
  options,
  readScene,
  sceneHeading,
  sceneRegion,
  startCase,
  savedRun,
  storedRun,
} from './play.ts';
import { expect, expectAccessible, tabTo, test } from './support.ts';

const CONCERN = 'Dank u dat u het vertelt.';
const AGREE = 'Ja. Eén ding wil ik wel met u afspreken';
const BULLYING = 'Balen, dat van je schoenen.';

test('rewinding keeps both versions, each can be opened, and the debrief compares them', async ({
  page,
}) => {
  await startCase(page, 'nl', /^Saskia/);
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', CONCERN);
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await choose(page, 'nl', AGREE);
  await readScene(page, 'nl', 1, 'Begeleiding met Saskia');
  await choose(page, 'nl', BULLYING);
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');

  const rewind = page.getByRole('region', { name: 'Terugspoelen' });
  const rewindButtons = rewind.getByRole('button', { name: /kies opnieuw/ });
  await expect(rewindButtons).toHaveCount(3);
  const first = rewind.getByRole('button', {
    name: `Week 1, Gesprek met de ouders: kies opnieuw (nu: “${CONCERN}`,
  });
  await tabTo(page, first);
  await page.keyboard.press('Enter');

  // Back at the first choice, in a new version; the old one is kept.
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await expect(log(page, 'nl').getByText('Jij:', { exact: true })).toHaveCount(0);
  const versions = rewind.getByRole('listitem').filter({ hasText: /versie \d/i });
  await expect(versions).toHaveText([
    'Open versie 1 — nog bezig',
    'Versie 2 (nu open) — nog bezig',
  ]);
  await choose(page, 'nl', NOD);
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await expect(versions).toHaveText([
    'Open versie 1 — nog bezig',
    'Versie 2 (nu open) — nog bezig',
  ]);
  await expectAccessible(page, 'the player with two versions');

  // Open version 1: its own conversation, where it was left.
  await tabTo(page, rewind.getByRole('button', { name: 'Open versie 1' }));
  await page.keyboard.press('Enter');
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');
  await expect(log(page, 'nl')).toContainText(`Jij: ${CONCERN}`);
  // The coach's feedback may quote other answers; what was said is on the "Jij:" line.
  await expect(log(page, 'nl')).not.toContainText(`Jij: ${NOD}`);
  await expect(versions).toHaveText([
    'Versie 1 (nu open) — nog bezig',
    'Open versie 2 — nog bezig',
  ]);
  await expect(rewindButtons).toHaveCount(3);

  // And version 2 again.
  await tabTo(page, rewind.getByRole('button', { name: 'Open versie 2' }));
  await page.keyboard.press('Enter');
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await expect(log(page, 'nl')).toContainText(`Jij: ${NOD}`);
  await expect(log(page, 'nl')).not.toContainText(`Jij: ${CONCERN}`);
  await expect(rewindButtons).toHaveCount(1);

  // Play version 1 to its ending.
  await tabTo(page, rewind.getByRole('button', { name: 'Open versie 1' }));
  await page.keyboard.press('Enter');
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');
  await choose(page, 'nl', 'Het pesten is iets minder geworden.');
  await readScene(page, 'nl', 2, 'Een week later');
  await choose(page, 'nl', 'Laten we kijken wat je hier op school nodig hebt.');
  // With the agreement made at the second choice, Saskia raises it herself in week 3.
  await readScene(page, 'nl', 3, 'Saskia begint erover');
  await choose(page, 'nl', 'Ja. Je ouders hebben het me verteld.');
  await readScene(page, 'nl', 6, 'Einde: Iedereen zwijgt');
  await expect(versions).toHaveText([
    'Versie 1 (nu open) — Iedereen zwijgt',
    'Open versie 2 — nog bezig',
  ]);

  await openDebrief(page, 'nl');
  await expect(page.getByText('Je bekijkt Versie 1 van 2 versies.')).toBeVisible();
  const table = page.getByRole('table', {
    name: 'Alle versies van deze run, in de volgorde waarin je ze maakte',
  });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Versie 1 (getoond)');
  await expect(rows.nth(1)).toContainText('eerste versie');
  await expect(rows.nth(1)).toContainText('Iedereen zwijgt (Gemengde afloop)');
  await expect(rows.nth(2)).toContainText('Versie 2');
  await expect(rows.nth(2)).toContainText('van Versie 1 teruggespoeld naar keuze 1');
  await expect(rows.nth(2)).toContainText('nog bezig');
  // Side by side: version 2 chose anew at choice 1, so that choice point is marked as differing.
  const aligned = page.getByRole('list', { name: 'Versie 1 en Versie 2, keuze voor keuze' });
  await expect(aligned.getByRole('heading', { name: 'Keuze 1 — Andere keuze' })).toBeVisible();
  await expect(aligned.getByRole('listitem').last()).toContainText('Iedereen zwijgt');
  await expect(aligned.getByRole('listitem').last()).toContainText('nog bezig');
  await expectAccessible(page, 'the debrief comparing two versions');

  // The comparison opens the other version's debrief.
  await tabTo(page, table.getByRole('button', { name: 'Toon nabespreking van Versie 2' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Je bekijkt Versie 2 van 2 versies.')).toBeVisible();
  await expect(page.getByText('Deze run is nog niet afgelopen.', { exact: false })).toBeVisible();
  // The compact path quotes each choice on its line; version 2 has made one.
  const path = page.getByRole('region', { name: 'Jouw pad, keuze voor keuze' });
  await expect(path.locator('q')).toHaveText([NOD]);
  await expect(rows.nth(1)).toContainText('Versie 1');
  await expect(rows.nth(1)).not.toContainText('getoond');
  await expect(rows.nth(2)).toContainText('Versie 2 (getoond)');
});

test('after a reload the run resumes at the same scene, with the same conversation', async ({
  page,
}) => {
  const runId = await startCase(page, 'nl', /^Saskia/);
  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', CONCERN);
  await readScene(page, 'nl', 1, 'Kunnen we op u rekenen?');
  await choose(page, 'nl', AGREE);
  await expect(sceneHeading(page, 1, 'Begeleiding met Saskia')).toBeFocused();
  const before = await savedRun(page, runId, 2);

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/run/${runId}$`));
  await expect(sceneHeading(page, 1, 'Begeleiding met Saskia')).toBeFocused();
  // A reopened run shows the scene it was in whole, its choice ready.
  await expect(sceneRegion(page, 1, 'Begeleiding met Saskia').locator('p.line')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Volgende regel' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Keuzes' })).toBeVisible();
  await expect(log(page, 'nl')).toContainText(`Jij: ${CONCERN}`);
  await expect(log(page, 'nl')).toContainText(`Jij: ${AGREE}`);
  await expect(log(page, 'nl')).toContainText('Marleen en ik gaan uit elkaar');
  await expect(log(page, 'nl').getByText('Jij:', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Terugspoelen' }).getByRole('button')).toHaveCount(
    2,
  );
  expect(await storedRun(page, runId)).toEqual(before);

  // Play goes on from there.
  await choose(page, 'nl', BULLYING);
  await readScene(page, 'nl', 2, 'Vervolgafspraak met de ouders');
  await expect(log(page, 'nl').getByText('Jij:', { exact: true })).toHaveCount(3);

  // The library offers the run to continue.
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Verder met Saskia/ })).toHaveAttribute(
    'href',
    `#/run/${runId}`,
  );
});

test('switching to English mid-run translates the conversation and keeps the run', async ({
  page,
}) => {
  const runId = await startCase(page, 'nl', /^Saskia/);
  await nodAndPromise(page);
  // Read the first line of the next scene in Dutch, then switch.
  await expect(sceneHeading(page, 1, 'Begeleiding met Saskia')).toBeFocused();
  await expect(log(page, 'nl')).toContainText('Drie dagen later.');
  const before = await savedRun(page, runId, 2);

  await page.getByRole('combobox', { name: /^Taal/ }).selectOption('en');

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Conversation: Saskia: the divorce that must not be discussed',
    }),
  ).toBeVisible();
  const conversation = log(page, 'en');
  await expect(conversation).toContainText("You: Understood. Then I'll leave that subject alone.");
  await expect(conversation).toContainText('You: Yes. You can count on that.');
  await expect(conversation).toContainText('Three days later.');
  await expect(conversation).not.toContainText('Drie dagen later.');
  await expect(conversation).not.toContainText('Jij:');
  await expect(sceneHeading(page, 1, 'Session with Saskia')).toBeVisible();
  const rewind = page.getByRole('region', { name: 'Rewind' });
  await expect(rewind.getByRole('button')).toHaveText([
    "Week 1, Meeting with the parents: choose again (now: “Understood. Then I'll leave that subject alone.”)",
    'Week 1, Can we count on you?: choose again (now: “Yes. You can count on that.”)',
  ]);
  // The run itself is unchanged: the same events and state as before the switch.
  expect(await storedRun(page, runId)).toEqual(before);

  await tabTo(page, page.getByRole('button', { name: 'Show the whole scene' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Choices' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Keuzes' })).toHaveCount(0);
  await expect(options(page, 'en').first()).toContainText(
    "I just want you to know: I know what's going on",
  );
  await expectAccessible(page, 'the player after switching to English');

  await choose(page, 'en', 'Rotten luck with your shoes.');
  await readScene(page, 'en', 2, 'Follow-up with the parents');
  await expect(conversation.getByText('You:', { exact: true })).toHaveCount(3);
});

test('the pace “whole scene at once” shows every line of a scene at once', async ({ page }) => {
  await startCase(page, 'nl', /^Saskia/);
  const meeting = sceneRegion(page, 1, 'Gesprek met de ouders');
  await expect(sceneHeading(page, 1, 'Gesprek met de ouders')).toBeFocused();
  // Line by line by default: one line, and the buttons to go on.
  await expect(meeting.locator('p.line')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Volgende regel' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Keuzes' })).toHaveCount(0);

  // Switching the pace in the header mid-scene shows the rest of the scene at once.
  const pace = page.getByRole('combobox', { name: /^Tempo van het gesprek/ });
  await pace.selectOption({ label: 'Hele scène in één keer' });
  await expect(pace).toHaveValue('all');
  await expect(meeting.locator('p.line')).toHaveCount(6);
  await expect(meeting).toContainText('nu een stil meisje met haar capuchon op');
  await expect(page.getByRole('button', { name: 'Volgende regel' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Keuzes' })).toBeVisible();

  // The next scenes come whole at once.
  await choose(page, 'nl', NOD);
  await choose(page, 'nl', PROMISE);
  const session = sceneRegion(page, 1, 'Begeleiding met Saskia');
  await expect(sceneHeading(page, 1, 'Begeleiding met Saskia')).toBeFocused();
  await expect(session.locator('p.line')).toHaveCount(4);
  await expect(session).toContainText('Je hebt haar ouders beloofd er niet over te beginnen.');
  await expect(page.getByRole('group', { name: 'Keuzes' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volgende regel' })).toHaveCount(0);
});

test('the pace set in the header applies from the first scene and is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('combobox', { name: /^Tempo van het gesprek/ })
    .selectOption({ label: 'Hele scène in één keer' });
  await startCase(page, 'nl', /^Timo/);
  const meeting = sceneRegion(page, 1, 'Het gesprek met ouders, Timo en juf');
  await expect(meeting.locator('p.line')).toHaveCount(8);
  await expect(page.getByRole('group', { name: 'Keuzes' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: /^Tempo van het gesprek/ })).toHaveValue('all');
  await expect(meeting.locator('p.line')).toHaveCount(8);
  await expect(page.getByRole('button', { name: 'Volgende regel' })).toHaveCount(0);
});
