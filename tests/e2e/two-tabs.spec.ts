/**
 * One run open in two tabs (two pages of one browser context share localStorage): a tab catches
 * up with what the other played, and a choice made in a tab that missed the other's choice is kept
 * as a version of its own, so no choice is ever lost without a word.
 */
import type { Page } from '@playwright/test';
import {
  answer,
  choose,
  log,
  nextScene,
  readScene,
  SASKIA_NOD,
  SASKIA_PROMISE,
  savedRun,
  startCase,
  storedRun,
} from './play.ts';
import { expect, expectAccessible, test } from './support.ts';

const CONCERN = 'Dank u dat u het vertelt.';
const MOVED = 'Deze run is in een ander tabblad verder gespeeld; je ziet nu de laatste stand.';
const BRANCHED = /In een ander tabblad is bij dezelfde keuze iets anders gekozen/;

/** A second tab on the same run; with `hold`, it can be kept from hearing of the first tab. */
async function secondTab(page: Page, runId: string, hold = false): Promise<Page> {
  const other = await page.context().newPage();
  if (hold) {
    // Registered before the app's own listener, so it can swallow storage events while held.
    await other.addInitScript(() => {
      window.addEventListener('storage', (event) => {
        if ((window as { holdStorage?: boolean }).holdStorage) event.stopImmediatePropagation();
      });
    });
  }
  await other.goto(`/#/run/${runId}`);
  await readScene(other, 'nl', 1, 'Gesprek met de ouders');
  return other;
}

type Stored = { activeBranch: string; branches: { id: string; save: { events: unknown[] } }[] };

test('a second tab catches up with a choice made in the first, and play goes on in either', async ({
  page,
}) => {
  const runId = await startCase(page, 'nl', /^Saskia/);
  const other = await secondTab(page, runId);

  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', SASKIA_NOD);
  await savedRun(page, runId, 1);

  // The other tab shows the choice, says why, and goes on from there.
  await expect(other.getByText(MOVED)).toBeVisible();
  await expect(log(other, 'nl')).toContainText(`Jij: ${SASKIA_NOD}`);
  await expectAccessible(other, 'the player after catching up with another tab');
  await readScene(other, 'nl', 1, 'Kunnen we op u rekenen?');
  await choose(other, 'nl', SASKIA_PROMISE);
  await savedRun(other, runId, 2);

  // And the first tab follows in turn.
  await expect(page.getByText(MOVED)).toBeVisible();
  await expect(log(page, 'nl')).toContainText(`Jij: ${SASKIA_PROMISE}`);
  const run = (await storedRun(page, runId)) as Stored;
  expect(run.branches).toHaveLength(1);
  await other.close();
});

test('a choice made in a tab that missed the other tab’s choice becomes a version of its own', async ({
  page,
}) => {
  const runId = await startCase(page, 'nl', /^Saskia/);
  const stale = await secondTab(page, runId, true);
  await stale.evaluate(() => ((window as { holdStorage?: boolean }).holdStorage = true));

  await readScene(page, 'nl', 1, 'Gesprek met de ouders');
  await choose(page, 'nl', SASKIA_NOD);
  await savedRun(page, runId, 1);
  // The stale tab has not heard of it, and chooses otherwise.
  await expect(log(stale, 'nl')).not.toContainText(`Jij: ${SASKIA_NOD}`);
  await choose(stale, 'nl', CONCERN, { stay: true });

  await expect(stale.getByText(BRANCHED)).toBeVisible();
  // The version the choice became still shows its answer first, until the trainee moves on.
  await expect(answer(stale, 'nl')).toContainText(CONCERN);
  await expect(answer(stale, 'nl')).toBeFocused();
  await nextScene(stale, 'nl');
  await expect.poll(async () => ((await storedRun(page, runId)) as Stored).branches.length).toBe(2);
  const run = (await storedRun(page, runId)) as Stored;
  const texts = run.branches.map((b) => JSON.stringify(b.save.events));
  expect(texts[0]).toContain('"m1-nod"');
  expect(texts[1]).toContain('"m1-concern"');
  expect(run.activeBranch).toBe(run.branches[1]!.id);
  const versions = stale
    .getByRole('region', { name: 'Terugspoelen' })
    .getByRole('listitem')
    .filter({ hasText: /versie \d/i });
  await expect(versions).toHaveText([
    'Open versie 1 — nog bezig',
    'Versie 2 (nu open) — nog bezig',
  ]);
  await expect(log(stale, 'nl')).toContainText(`Jij: ${CONCERN}`);

  // The first tab catches up with the new version; after a reload both versions are there.
  await expect(page.getByText(MOVED)).toBeVisible();
  await expect(log(page, 'nl')).toContainText(`Jij: ${CONCERN}`);
  await page.reload();
  await expect(log(page, 'nl')).toContainText(`Jij: ${CONCERN}`);
  await expect(
    page
      .getByRole('region', { name: 'Terugspoelen' })
      .getByRole('button', { name: 'Open versie 1' }),
  ).toBeVisible();
  await stale.close();
});
