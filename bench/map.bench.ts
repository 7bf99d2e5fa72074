/**
 * npm run bench:map — a lecturer's large case in this machine's Chromium, through the app as a
 * user meets it: the generated 1,000-scene scenario (bench/generate.ts, 1.7 MB of YAML) opened
 * with "open a case file" (checked in the browser's worker), then its map laid out in the layout
 * worker. Printed: the check's time, the layout's own time in the worker, the time until the
 * nodes are on screen, and the longest task on the page's thread meanwhile (a frozen page would
 * show one as long as the layout). Reference in the same run: plain dagre (network simplex, as
 * without our ranking) on the same map in Node.
 * Targets: layout within 3 s, and at most 0.3× plain dagre; no main-thread task over 200 ms.
 */
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { validateScenarioText } from '../src/authoring/index.ts';
import { scenarioMap } from '../src/map/graph.ts';
import { layoutMap } from '../src/map/layout.ts';
import { createAppServer } from '../src/server/app-server.ts';
import { generateScenario, toYaml } from './generate.ts';

const SCENES = 1000;
const LAYOUT_BUDGET_MS = 3000;
const RATIO_BUDGET = 0.3;
const LONG_TASK_BUDGET_MS = 200;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  console.log(`load ${load()}`);
  const yaml = toYaml(generateScenario(SCENES));
  console.log(`scenario: ${SCENES} scenes, ${(yaml.length / 1024).toFixed(0)} KiB of YAML`);

  const server = createAppServer({ root: 'dist' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let layoutMs = 0;
  let drawnMs = 0;
  let longest = 0;
  try {
    const page = await browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await page.goto(base);
    const input = page.getByTestId('case-file-input');
    await input.evaluate((el) =>
      el.addEventListener('change', () => {
        (window as { chosenAt?: number }).chosenAt = performance.now();
      }),
    );
    await input.setInputFiles({
      name: 'bench.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    });
    await page.getByText('is now among your own cases').waitFor({ timeout: 120_000 });
    const checkMs = await page.evaluate(
      () => performance.now() - ((window as { chosenAt?: number }).chosenAt ?? 0),
    );
    console.log(
      `open a case file: checked and kept in ${checkMs.toFixed(0)} ms (validator in the browser's worker)`,
    );

    // Long tasks on the page's thread from here on.
    await page.evaluate(() => {
      const w = window as { longest?: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest ?? 0, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.evaluate(() => (location.hash = '#/map/bench'));
    const timing = page.locator('.map-timing');
    await timing.waitFor({ timeout: 120_000 });
    await page.locator('.map-node').first().waitFor();
    drawnMs = Date.now() - started;
    layoutMs = Number((await timing.textContent())?.match(/(\d+) ms/)?.[1] ?? NaN);
    longest = await page.evaluate(() => (window as { longest?: number }).longest ?? 0);
    const nodes = await page.locator('.map-node').count();
    console.log(
      `map: ${nodes} nodes; layout in the worker ${layoutMs} ms; on screen after ${drawnMs} ms`,
    );
    console.log(`longest task on the page's thread meanwhile: ${longest.toFixed(0)} ms`);
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  const { scenario } = validateScenarioText(yaml, 'bench.yaml');
  const map = scenarioMap(scenario!);
  const t0 = performance.now();
  layoutMap(map, 'network-simplex');
  const plainMs = performance.now() - t0;
  const ratio = layoutMs / plainMs;
  console.log(`reference: plain dagre (network simplex) in Node ${plainMs.toFixed(0)} ms`);

  const targets: [string, boolean][] = [
    [`layout ≤ ${LAYOUT_BUDGET_MS} ms (${layoutMs} ms)`, layoutMs <= LAYOUT_BUDGET_MS],
    [`layout ≤ ${RATIO_BUDGET}× plain dagre (${ratio.toFixed(3)}×)`, ratio <= RATIO_BUDGET],
    [
      `no task on the page's thread over ${LONG_TASK_BUDGET_MS} ms (${longest.toFixed(0)} ms)`,
      longest <= LONG_TASK_BUDGET_MS,
    ],
  ];
  console.log('\ntargets:');
  for (const [name, ok] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  console.log(`load now ${load()}`);
  process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
}

void main();
