/**
 * npm run bench:report — a lecturer opens a whole class's exports at once: 300 run exports
 * (150 of Saskia, 150 of Timo, made as the debrief makes them from playthroughs the engine finds)
 * chosen in the class report's file input of this machine's Chromium. Printed: the time from the
 * files reaching the page until the report's tables are on screen, and until the map shows the
 * class's paths; the same for one export, in the same run, as the reference.
 * Target: 300 exports open and the report renders in under 2 s.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { createAppServer } from '../src/server/app-server.ts';
import { runExport } from '../tests/support/class-exports.ts';
import { everyPlaythrough } from '../tests/support/paths.ts';
import { loadScenario } from '../tests/support/scenarios.ts';

const RUNS = 300;
const BUDGET_MS = 2000;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function writeExports(dir: string, count: number): string[] {
  const files: string[] = [];
  for (const id of ['saskia', 'timo']) {
    const scenario = loadScenario(`scenarios/${id}.yaml`);
    const paths = everyPlaythrough(scenario);
    const question = scenario.reflection![0]!;
    for (let i = 0; i < count / 2; i++) {
      const path = paths[(i * 7919) % paths.length]!;
      const data = runExport(scenario, path.events, {
        participant: `Student ${i + 1}`,
        reflections: { [question.id]: `Antwoord ${i + 1}: wat ik de volgende keer anders doe.` },
      });
      const file = join(dir, `${id}-${i + 1}.json`);
      writeFileSync(file, JSON.stringify(data));
      files.push(file);
    }
  }
  return files;
}

/** Open the files on a fresh class report; ms until the tables, and until the heat is drawn. */
async function openAll(page: Page, base: string, files: string[]) {
  await page.goto(`${base}#/class`);
  const input = page.getByTestId('class-files-input');
  await input.evaluate((el) =>
    el.addEventListener('change', () => {
      (window as { chosenAt?: number }).chosenAt = performance.now();
    }),
  );
  await input.setInputFiles(files);
  const since = () =>
    page.evaluate(() => performance.now() - ((window as { chosenAt?: number }).chosenAt ?? 0));
  await page.locator('.class-report table').first().waitFor({ timeout: 60_000 });
  const tables = await since();
  await page.locator('.map-edge.heat').first().waitFor({ timeout: 60_000 });
  const heat = await since();
  return { tables, heat };
}

async function main() {
  console.log(`load ${load()}`);
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-report-'));
  const server = createAppServer({ root: 'dist' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const files = writeExports(dir, RUNS);
    console.log(`${files.length} exports written (${RUNS / 2} Saskia, ${RUNS / 2} Timo)`);
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    });
    const one = await openAll(await context.newPage(), base, files.slice(0, 1));
    await context.close();
    const fresh = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    });
    const all = await openAll(await fresh.newPage(), base, files);
    await fresh.close();
    const line = (label: string, r: { tables: number; heat: number }) =>
      console.log(
        `${label.padEnd(14)} tables on screen ${r.tables.toFixed(0).padStart(5)} ms · map with the class's paths ${r.heat.toFixed(0).padStart(5)} ms`,
      );
    line('1 export', one);
    line(`${RUNS} exports`, all);
    console.log(`ratio ${RUNS} / 1 (tables): ${(all.tables / one.tables).toFixed(1)}×`);
    const ok = all.tables <= BUDGET_MS;
    console.log(
      `\ntargets:\n  ${ok ? 'PASS' : 'FAIL'}  ${RUNS} exports open and the report renders in under ${BUDGET_MS} ms (${all.tables.toFixed(0)} ms)`,
    );
    console.log(`load now ${load()}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
