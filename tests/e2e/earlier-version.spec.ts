/**
 * A run saved on Saskia's archived release 1.0.0 opens on that version after Saskia changed: the
 * player and the debrief say so, and where its choices are still possible in the current version,
 * it goes on there as a new run while the old one is kept.
 */
import { readFileSync } from 'node:fs';
import { restoreRelease, type BuiltScenario } from '../../src/engine/index.ts';
import { branchState, carryOver } from '../../src/state/index.ts';
import { releasePath } from '../../scripts/releases.ts';
import { loadScenarios } from '../../scripts/vite-plugin-scenarios.ts';
import { log, SASKIA_NOD, SASKIA_PROMISE, storedRun } from './play.ts';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, tabTo, test } from './support.ts';

const RUN_ID = 'a1b2c3d4e5f6a1b2c3d4e5f6';
const release = restoreRelease(
  JSON.parse(readFileSync(releasePath('scenarios', 'saskia', '1.0.0'), 'utf8')),
);
const current = loadScenarios('scenarios').find((b) => b.scenario.id === 'saskia') as BuiltScenario;
const EVENTS = [
  { type: 'choice.select', option: 'm1-nod' },
  { type: 'choice.select', option: 'm2-promise' },
] as const;
const LABEL = 'Gespeeld op een eerdere versie van deze casus (1.0.0).';

/** The run as the store keeps it, saved on the given version of Saskia. */
function savedOn(built: BuiltScenario) {
  return {
    id: RUN_ID,
    scenarioId: 'saskia',
    mode: 'coach',
    startedAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:10:00.000Z',
    branches: [{ id: 'b1', ...branchState(built, [...EVENTS]) }],
    activeBranch: 'b1',
    revision: 3,
    reflections: { '0': 'Mijn antwoord van toen' },
  };
}
const record = savedOn(release);

/** Puts the run in the store before the app loads, once (a reload keeps what the app wrote). */
async function seed(page: Page, run: ReturnType<typeof savedOn>): Promise<void> {
  const envelope = JSON.stringify({ v: 1, savedAt: run.updatedAt, data: run });
  await page.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [`driehoek:data:runs/${RUN_ID}`, envelope] as const,
  );
}

test('a run saved on an earlier Saskia opens on its version, says so, and can go on in the current one', async ({
  page,
}) => {
  await seed(page, record);
  await page.goto(`/#/run/${RUN_ID}`);
  await expect(page.getByText(LABEL)).toBeVisible();
  await expect(log(page, 'nl')).toContainText(`Jij: ${SASKIA_NOD}`);
  await expect(log(page, 'nl')).toContainText(`Jij: ${SASKIA_PROMISE}`);
  await expectAccessible(page, 'the player of a run on an earlier version');

  await page.goto(`/#/run/${RUN_ID}/debrief`);
  await expect(page.getByText(LABEL)).toBeVisible();

  await page.goto(`/#/run/${RUN_ID}`);
  const goOn = page.getByRole('button', { name: /^Ga verder in de huidige versie/ });
  if (!carryOver(current, [...EVENTS])) {
    await expect(page.getByText(/kan niet verder in de huidige versie/)).toBeVisible();
    await expect(goOn).toHaveCount(0);
    return;
  }
  await expect(goOn).toHaveText(`Ga verder in de huidige versie (${current.scenario.version})`);
  await tabTo(page, goOn);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(RUN_ID));
  await expect(
    page.getByText('Voortgezet in de huidige versie van de casus, vanuit een run op versie 1.0.0.'),
  ).toBeVisible();
  await expect(page.getByText(LABEL)).toHaveCount(0);
  await expect(log(page, 'nl')).toContainText(`Jij: ${SASKIA_PROMISE}`);
  const newRunId = new URL(page.url()).hash.split('/')[2] as string;
  const carried = (await storedRun(page, newRunId)) as typeof record;
  expect(carried.branches[0]?.save.scenario).toMatchObject({ version: current.scenario.version });
  expect(carried.reflections).toEqual(record.reflections);
  // The old run is kept as it was.
  expect(await storedRun(page, RUN_ID)).toEqual(record);
});

test('a run saved on the current Saskia shows no earlier version', async ({ page }) => {
  await seed(page, savedOn(current));
  await page.goto(`/#/run/${RUN_ID}`);
  await expect(log(page, 'nl')).toContainText(`Jij: ${SASKIA_PROMISE}`);
  await expect(page.getByText(LABEL)).toHaveCount(0);
});
