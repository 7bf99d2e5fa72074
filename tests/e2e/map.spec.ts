/**
 * The scenario map: every built-in case's map, reachable by keyboard and axe-clean; a run's path
 * from its debrief; "play from here" as a test run kept apart from the trainee's runs; and a broken
 * file's problems marked on its map.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { localize } from '../../src/engine/index.ts';
import { BUILT_IN_CASES, loadScenario } from '../support/scenarios.ts';
import { expect, expectAccessible, tabTo, test } from './support.ts';

const canvas = (page: Page) => page.getByRole('group', { name: /^Kaart: \d+ scènes en eindes$/ });

for (const id of BUILT_IN_CASES) {
  test(`the map of ${id}: every scene a node, reachable by keyboard, details on selecting`, async ({
    page,
  }) => {
    const scenario = loadScenario(`scenarios/${id}.yaml`);
    const count = Object.keys(scenario.scenes).length + Object.keys(scenario.endings).length;
    await page.goto(`/#/map/${id}`);
    await expect(canvas(page)).toHaveAttribute('aria-label', `Kaart: ${count} scènes en eindes`);
    await expect(canvas(page).locator('.map-node')).toHaveCount(count);
    // Endings say their tone in words, not by colour alone.
    for (const ending of Object.values(scenario.endings))
      await expect(
        canvas(page).getByRole('button', { name: localize(ending.title, 'nl'), exact: false }),
      ).toContainText(/Einde · (goed|gemengd|slecht)/);
    const start = canvas(page).getByRole('button', {
      name: new RegExp(localize(scenario.scenes[scenario.start]!.title, 'nl')),
    });
    await tabTo(page, start.first());
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 3, name: /^Geselecteerd:/ })).toBeVisible();
    await expectAccessible(page, `the map of ${id}`);
  });
}

test('from a debrief, the path taken is marked on the map', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tempo van het gesprek').selectOption('all');
  await page.getByRole('button', { name: /^Start Timo/ }).click();
  const choices = page.getByRole('group', { name: 'Keuzes' });
  // Always the first option offered, until an ending.
  for (let step = 0; step < 12; step++) {
    if (await page.getByRole('link', { name: 'Naar de nabespreking' }).isVisible()) break;
    const go = page.getByRole('button', { name: 'Verder', exact: true });
    if (await go.isVisible()) {
      await go.click();
      continue;
    }
    await choices.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Volgende scène', exact: true }).click();
  }
  await page.getByRole('link', { name: 'Naar de nabespreking' }).click();
  await page.getByRole('link', { name: 'Toon mijn pad op de kaart' }).click();
  await expect(page.getByText(/Jouw pad is gemarkeerd: \d+ stappen\./)).toBeVisible();
  const marked = canvas(page).locator('.map-node.on-path');
  await expect(marked.first()).toContainText('op jouw pad');
  expect(await marked.count()).toBeGreaterThan(2);
  await expectAccessible(page, 'a run’s path on the map');
});

test('“play from here” starts a test run at that scene, kept apart from the trainee’s runs', async ({
  page,
}) => {
  const saskia = loadScenario('scenarios/saskia.yaml');
  const [sceneId, scene] = Object.entries(saskia.scenes).find(
    ([id, s]) => id !== saskia.start && s.choice,
  )!;
  const title = localize(scene.title, 'nl');
  await page.goto('/#/map/saskia');
  await canvas(page)
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Speel vanaf hier' }).click();
  await expect(page.getByText(`Testrun vanaf “${title}”`)).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(title) }).first()).toBeVisible();
  // Not among the trainee's runs; listed on the map instead.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Verder spelen' })).toHaveCount(0);
  await page.goto('/#/map/saskia');
  await expect(page.getByRole('link', { name: `Testrun vanaf “${title}”` })).toBeVisible();
  expect(sceneId).not.toBe(saskia.start);
});

test('a file with an unreachable scene is not added, and its map marks that scene', async ({
  page,
}) => {
  const noor = readFileSync('docs/examples/noor.yaml', 'utf8');
  const lost =
    '  lost:\n    title: { nl: "Verdwaald", en: "Lost" }\n    week: 3\n    present: [counsellor]\n' +
    '    lines:\n      - { text: { nl: "Niemand.", en: "Nobody." } }\n    next: open\n\nendings:\n';
  await page.goto('/');
  await page.getByTestId('case-file-input').setInputFiles({
    name: 'verdwaald.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(noor.replace('endings:\n', lost), 'utf8'),
  });
  await expect(page.getByRole('alert')).toContainText('verdwaald.yaml is niet toegevoegd');
  await page.getByRole('button', { name: 'Bekijk dit bestand op de kaart' }).click();
  const node = canvas(page).getByRole('button', { name: /Verdwaald/ });
  await expect(node).toContainText('⚠ 1 melding');
  await node.click();
  await expect(page.locator('.map-findings')).toContainText('nooit te bereiken');
  await expectAccessible(page, 'a broken file’s map');
});
