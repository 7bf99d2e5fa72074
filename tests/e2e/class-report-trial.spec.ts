/**
 * The class report tried the way a lecturer meets it: a dozen students play Saskia and Timo in the
 * browser and export their debriefs, a colleague exports a run of her own case, a facilitator a
 * room session; one student hands in twice, one file is edited by hand. The lecturer opens every
 * file at once, and the report's figures are those of the routes that were played.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { HIERARCHIES, localize, type Scenario } from '../../src/engine/index.ts';
import { everyPlaythrough, type PlayedPath } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';
import { playRoute } from './play.ts';
import { onToOptionsOrDebrief } from './room-support.ts';
import { expect, expectAccessible, test } from './support.ts';

const SHOTS = process.env.CLASS_SHOTS;
const NAME = 'Naam of groep (niet verplicht)';

/** Six routes through a case: one to each ending first, then others spread over the rest. */
function sixRoutes(scenario: Scenario): PlayedPath[] {
  const all = everyPlaythrough(scenario);
  const chosen = [...new Map(all.map((path) => [path.ending, path])).values()].slice(0, 6);
  for (let i = 1; chosen.length < 6; i++) chosen.push(all[Math.floor((i * all.length) / 7)]!);
  return chosen;
}

async function save(download: Promise<Download>, dir: string): Promise<string> {
  const file = await download;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** On the debrief: a name and an answer typed in, then "Exporteer als JSON". */
async function exportDebrief(page: Page, dir: string, name: string, answer: string) {
  await page.getByRole('link', { name: 'Naar de nabespreking' }).click();
  await page.getByRole('textbox', { name: NAME }).fill(name);
  await page.getByRole('textbox', { name: /^Vraag 1:/ }).fill(answer);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer als JSON' }).click();
  return save(download, dir);
}

/** A room session of Saskia with hands counted, B winning every vote, exported as JSON. */
async function roomSession(page: Page, dir: string): Promise<string> {
  await page.goto('./#/present/saskia');
  while ((await onToOptionsOrDebrief(page)) === 'options') {
    await page.keyboard.press('v');
    const counts = page.getByLabel(/^Handen voor /);
    for (const [i, field] of (await counts.all()).entries()) await field.fill(i === 1 ? '9' : '2');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('v');
    await page.getByRole('button', { name: /Neem de meerderheid/ }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('r');
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bewaar de nabespreking (JSON)' }).click();
  return save(download, dir);
}

test('a dozen students’ exports, a colleague’s, a room’s and an edited one, read as a lecturer', async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-trial-'));
  const files: string[] = [];
  const played = new Map<string, PlayedPath[]>();
  for (const id of ['saskia', 'timo']) {
    const scenario = loadScenario(`scenarios/${id}.yaml`);
    played.set(id, sixRoutes(scenario));
    for (const [i, route] of played.get(id)!.entries()) {
      await playRoute(page, 'nl', scenario, route.events);
      files.push(await exportDebrief(page, dir, `${id} student ${i + 1}`, `Antwoord ${i + 1}`));
    }
  }
  // Every student's file has a name of its own.
  expect(new Set(files.map((f) => f.split('/').pop())).size).toBe(12);
  // The last Timo student hands in again, with a better answer: only that export counts.
  await page.getByRole('textbox', { name: /^Vraag 1:/ }).fill('Antwoord 6, herschreven');
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteer als JSON' }).click();
  const handedInTwice = join(dir, 'opnieuw-ingeleverd.json');
  await (await again).saveAs(handedInTwice);
  files.push(handedInTwice);

  // The first Saskia student edits her file by hand before handing it in: a choice the case lacks.
  const edited = readFileSync(files[0]!, 'utf8').replace(
    /"option": "[^"]+"/,
    '"option": "bestaat-niet"',
  );
  writeFileSync(join(dir, 'met-de-hand.json'), edited);
  files[0] = join(dir, 'met-de-hand.json');
  files.push(await roomSession(page, dir));

  // A colleague plays her own case on her own device; the lecturer's device lacks it.
  const colleague = await browser.newContext({ locale: 'nl-NL' });
  const other = await colleague.newPage();
  await other.goto('/');
  await other.getByTestId('case-file-input').setInputFiles('docs/examples/noor.yaml');
  await expect(other.getByText('staat nu bij je eigen casussen')).toBeVisible();
  const noor = loadScenario('docs/examples/noor.yaml');
  await playRoute(other, 'nl', noor, everyPlaythrough(noor)[0]!.events);
  files.push(await exportDebrief(other, dir, 'collega', 'Over Noor'));
  await colleague.close();

  // The lecturer, on a device of her own.
  const lecturer = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
  });
  const report = await lecturer.newPage();
  await report.goto('/');
  await report.getByRole('link', { name: /^Klasoverzicht/ }).click();
  // Empty, it says where the files come from.
  await expect(report.getByRole('status')).toContainText('“Exporteer als JSON”');
  await report.getByTestId('class-files-input').setInputFiles(files);
  const status = report.getByRole('status').filter({ hasText: 'geopend' });
  // 12 runs, the colleague's and the room session; the edited run is open but does not count.
  await expect(status).toContainText('14 oefeningen geopend.');
  await expect(status).toContainText('Eén bestand was al geopend');
  const refused = report.getByRole('region', { name: /niet meegeteld/ });
  await expect(refused).toContainText('met-de-hand.json: de keuzes in dit bestand');
  await expect(report.getByRole('note')).toContainText('Casus ‘noor’ versie 1.0.0');
  await expect(report.getByRole('region', { name: 'Groepssessies' })).toContainText('Saskia');
  if (SHOTS) await report.screenshot({ path: `${SHOTS}/trial-top.png`, fullPage: true });

  // Saskia: five runs (the sixth was edited), each ending counted as it was played.
  const saskia = loadScenario('scenarios/saskia.yaml');
  const counted = played.get('saskia')!.slice(1);
  await expect(report.getByText(`${counted.length} oefeningen, waarvan 5 afgerond.`)).toBeVisible();
  const endings = report.getByRole('region', { name: 'Eindes' });
  for (const [id, ending] of Object.entries(saskia.endings)) {
    const count = counted.filter((route) => route.ending === id).length;
    await expect(endings.getByRole('row', { name: localize(ending.title, 'nl') })).toContainText(
      new RegExp(`${count}$`),
    );
  }
  // The first choice point: each option's share is the share of the routes that took it.
  const first = saskia.scenes[saskia.start]!.choice!.options;
  const items = report.getByRole('region', { name: 'Keuzes per moment' });
  const table = items.getByRole('table').first();
  await expect(table).toContainText(`(${counted.length} keer gekozen)`);
  for (const option of first) {
    const took = counted.filter(
      (route) => route.events.find((e) => e.type === 'choice.select')!.option === option.id,
    ).length;
    // Beside it, the room session's votes: B won every vote, 9 hands to 2.
    const votes = option === first[1] ? '9 stemmen · gekozen' : '2 stemmen';
    await expect(
      table.getByRole('row').filter({ hasText: localize(option.text, 'nl').slice(0, 30) }),
    ).toContainText(`${took} (${Math.round((took / counted.length) * 100)}%)${votes}`);
  }
  // Per hierarchy and choice point: how many of those who came by violated it there.
  const hierarchies = report.getByRole('region', { name: 'Per hiërarchie' });
  let violations = 0;
  for (const [scene, { title }] of Object.entries(saskia.scenes)) {
    const there = counted.flatMap((route) => route.end.history.filter((c) => c.scene === scene));
    if (!there.length) continue;
    const name = localize(title, 'nl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const row = hierarchies.getByRole('row', {
      name: new RegExp(`^Week \\d+ · ${name} \\(\\d+\\)`),
    });
    for (const [column, h] of HIERARCHIES.entries()) {
      const violated = there.filter((choice) => choice.verdicts[h].verdict === 'violates').length;
      violations += violated;
      const percent = Math.round((violated / there.length) * 100);
      await expect(row.getByRole('cell').nth(column)).toContainText(
        new RegExp(`^[^]*${violated} geschonden, \\d+ belast \\(${percent}%\\)`),
      );
    }
  }
  expect(violations).toBeGreaterThan(0);
  await expect(report.locator('.map-edge.heat').first()).toBeVisible();
  if (SHOTS) {
    await items.screenshot({ path: `${SHOTS}/trial-items.png` });
    await report
      .locator('.class-report .map')
      .first()
      .screenshot({ path: `${SHOTS}/trial-heat.png` });
  }
  await expectAccessible(report, 'the class report of a played class');

  // Timo: six runs, the twice-handed-in one with its later answer.
  const group = report.getByLabel('Casus en versie');
  await group.selectOption(
    (await group.locator('option', { hasText: /^Timo/ }).getAttribute('value'))!,
  );
  await expect(report.getByText('6 oefeningen, waarvan 6 afgerond.')).toBeVisible();
  const responses = report.getByRole('region', { name: 'Reflecties in context' });
  await expect(responses).toContainText('Antwoord 6, herschreven');
  await expect(responses).not.toContainText(/Antwoord 6$/);
  await expect(responses).not.toContainText('timo student');
  if (SHOTS) await report.screenshot({ path: `${SHOTS}/trial-timo.png`, fullPage: true });
  await lecturer.close();
});
