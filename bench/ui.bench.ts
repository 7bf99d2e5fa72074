/**
 * npm run bench:ui — the app's size and responsiveness in this machine's Chromium, served by
 * src/server as npm start serves it.
 * 1. Bundle sizes (gzip): the first screen's JavaScript against its 110 KB budget, and the chunks
 *    loaded later.
 * 2. Whole playthroughs of both cases as a trainee plays them: start the case (click), show each
 *    scene whole (click), choose by digit key after reading, go on ("Volgende scène" / "Verder",
 *    click). For every key press and click, the browser's own Event Timing (the slowest entry of
 *    the interaction; the browser reports only those of 16 ms or more, so the others count as under
 *    16 ms). Choice-to-paint is printed beside it. Then again with the CPU throttled 4× (CDP
 *    Emulation.setCPUThrottlingRate), as a slow school laptop would run it.
 * Targets: first-screen JS ≤ 110 KB gzip; Event Timing p95 ≤ 50 ms, and ≤ 200 ms ("good" INP)
 * at 4×. Exit code 1 when one is missed. BENCH_ROUNDS=n changes the playthroughs per case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { createAppServer } from '../src/server/app-server.ts';
import { installProbe, type PaintSample, type ProbeWindow } from './ui-probe.ts';

/** The built app (BENCH_DIST compares two builds in one sitting). */
const DIST = process.env.BENCH_DIST ?? 'dist';
const FIRST_SCREEN_BUDGET_KB = 110;
const EVENT_BUDGET_MS = 50;
const THROTTLED_BUDGET_MS = 200;
const THROTTLE = 4;
/** Time to read a scene before choosing: longer than the triangle's 1.4 s flash of the last change. */
const READING_MS = 1500;
/** A short pause before a click, so that the page is at rest as it would be for a person. */
const GLANCE_MS = 400;
/** Playthroughs per case, each taking other options: six give about 60 choices. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const THROTTLED_ROUNDS = Math.max(1, Math.ceil(ROUNDS / 2));

const KINDS = [
  'start case',
  'show the whole scene',
  'choice key',
  'next scene',
  'continue',
] as const;
type Kind = (typeof KINDS)[number];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** The JavaScript the first screen loads: the entry script and the modules it preloads. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  return [...new Set(refs)];
}

function bundleReport() {
  const first = firstScreenScripts();
  const all = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const firstTotal = first.reduce((sum, file) => sum + gzipped(file), 0);
  console.log('bundle (gzip):');
  for (const file of all.sort()) {
    console.log(
      `  ${first.includes(file) ? 'first screen' : 'later       '}  ${kb(gzipped(file)).padStart(9)}  ${file}`,
    );
  }
  console.log(`  first screen total: ${kb(firstTotal)} (budget ${FIRST_SCREEN_BUDGET_KB} KB)`);
  return firstTotal;
}

/** One interaction the bench made: its kind, and when (page clock) it began. */
interface Act {
  kind: Kind;
  at: number;
}

/** An interaction's Event Timing: the slowest entry reported for it, or undefined (under 16 ms). */
interface Timed {
  kind: Kind;
  duration: number | undefined;
}

/** Mark the page clock, then do the interaction. */
async function act(page: Page, acts: Act[], kind: Kind, run: () => Promise<void>) {
  acts.push({ kind, at: await page.evaluate(() => performance.now()) });
  await run();
}

/** Play one case to its ending in a fresh context; returns its interactions and paint samples. */
async function playOnce(
  browser: Browser,
  baseURL: string,
  caseName: string,
  round: number,
  throttle: number,
) {
  const context = await browser.newContext({
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.addInitScript(installProbe);
  await page.goto(baseURL);
  // Playwright sets up its helpers in the page on the first waitForFunction, which otherwise
  // runs right after the first key press and delays the very frame being timed.
  await page.waitForFunction(() => true);
  const acts: Act[] = [];
  const start = page
    .getByRole('article', { name: new RegExp(`^${caseName}`) })
    .getByRole('button', { name: /^Start/ })
    .first();
  await start.waitFor();
  await page.waitForTimeout(GLANCE_MS);
  await act(page, acts, 'start case', () => start.click());

  const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
  const showAll = page.getByRole('button', { name: 'Toon de hele scène', exact: true });
  const nextScene = page.getByRole('button', { name: 'Volgende scène', exact: true });
  const next = page.getByRole('button', { name: 'Verder', exact: true });
  const ending = page.getByRole('link', { name: 'Naar de nabespreking' });
  for (let step = 0, chosen = 0; step < 120; step++) {
    await showAll.or(nextScene).or(next).or(choices.first()).or(ending).first().waitFor();
    if (await ending.count()) break;
    const click = (await showAll.count())
      ? (['show the whole scene', showAll] as const)
      : (await nextScene.count())
        ? (['next scene', nextScene] as const)
        : (await next.count())
          ? (['continue', next] as const)
          : undefined;
    if (click) {
      await page.waitForTimeout(GLANCE_MS);
      const [kind, button] = click;
      await act(page, acts, kind, () => button.click());
      continue;
    }
    const count = await choices.count();
    // A trainee reads the scene and the options before choosing. The pause is also quiet:
    // Playwright's waits poll on animation frames, and a page drawing frames anyway must wait
    // for the next one to show an answer, which a page at rest does not.
    await page.waitForTimeout(READING_MS);
    const before = await page.evaluate(
      () => (window as unknown as ProbeWindow).__choiceToPaint.length,
    );
    // Down, and up only once the answer is painted: a person holds a key for about a tenth of a
    // second, so the key's release does not compete with the frame that answers.
    const key = String(((chosen++ + round) % count) + 1);
    await act(page, acts, 'choice key', () => page.keyboard.down(key));
    await page.waitForFunction(
      (n) => (window as unknown as ProbeWindow).__choiceToPaint.length > n,
      before,
      { polling: 50 },
    );
    await page.keyboard.up(key);
  }
  // Event Timing entries arrive after their frame: give the last ones a moment.
  await page.waitForTimeout(300);
  const probe = await page.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    return { events: w.__events, samples: w.__choiceToPaint };
  });
  await context.close();
  const timed: Timed[] = acts.map((a, i) => {
    const until = acts[i + 1]?.at ?? Infinity;
    const mine = probe.events.filter((e) => e.start >= a.at && e.start < until);
    return {
      kind: a.kind,
      duration: mine.length ? Math.max(...mine.map((e) => e.duration)) : undefined,
    };
  });
  return { timed, samples: probe.samples };
}

async function playAll(baseURL: string, throttle: number, rounds: number) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timed: Timed[] = [];
  const samples: (PaintSample & { first: boolean })[] = [];
  try {
    for (const caseName of ['Saskia', 'Timo'])
      for (let round = 0; round < rounds; round++) {
        const run = await playOnce(browser, baseURL, caseName, round, throttle);
        timed.push(...run.timed);
        samples.push(...run.samples.map((s, i) => ({ ...s, first: i === 0 })));
      }
  } finally {
    await browser.close();
  }
  return { timed, samples };
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

function stats(values: number[]) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
  };
}

/** Event Timing p95, where an interaction the browser did not report counts as under 16 ms (0). */
const eventStats = (timed: Timed[]) => stats(timed.map((t) => t.duration ?? 0));
const fmt = (v: number) => (v < 16 ? '<16' : v.toFixed(0));

function eventReport(title: string, timed: Timed[]) {
  console.log(
    `\n${title}: Event Timing of ${timed.length} interactions (under 16 ms are not reported by the browser)`,
  );
  for (const kind of KINDS) {
    const mine = timed.filter((t) => t.kind === kind);
    if (!mine.length) continue;
    const s = eventStats(mine);
    const reported = mine.filter((t) => t.duration !== undefined).length;
    console.log(
      `  ${kind.padEnd(22)} n=${String(mine.length).padStart(3)} · ${String(reported).padStart(3)} ≥ 16 ms · median ${fmt(s.median)} ms · p95 ${fmt(s.p95)} ms · max ${fmt(s.max)} ms`,
    );
  }
  const all = eventStats(timed);
  console.log(
    `  ${'all'.padEnd(22)} n=${String(all.n).padStart(3)} · p95 ${fmt(all.p95)} ms · max ${fmt(all.max)} ms`,
  );
  return all.p95;
}

function paintReport(samples: (PaintSample & { first: boolean })[]) {
  const line = (name: string, s: ReturnType<typeof stats>) =>
    console.log(
      `  ${name.padEnd(37)} median ${s.median.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · max ${s.max.toFixed(1)} ms (n=${s.n})`,
    );
  console.log(`\nchoice to paint over ${samples.length} choices, from the key press:`);
  line('to the answer in the DOM', stats(samples.map((s) => s.dom)));
  line('to the start of the frame showing it', stats(samples.map((s) => s.frame)));
  line('to that frame painted', stats(samples.map((s) => s.paint)));
  line(
    'painted: first choice in a page',
    stats(samples.filter((s) => s.first).map((s) => s.paint)),
  );
  line('painted: later choices', stats(samples.filter((s) => !s.first).map((s) => s.paint)));
  const scenes = stats(samples.map((s) => s.scene));
  if (scenes.n) line('to the next scene painted (no button)', scenes);
}

async function main() {
  console.log(`load ${load()}`);
  const firstTotal = bundleReport();
  const server = createAppServer({ root: DIST });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const normal = await playAll(baseURL, 1, ROUNDS);
    paintReport(normal.samples);
    const p95 = eventReport('CPU as it is', normal.timed);
    const slow = await playAll(baseURL, THROTTLE, THROTTLED_ROUNDS);
    const slowP95 = eventReport(`CPU throttled ${THROTTLE}×`, slow.timed);
    const targets: [string, boolean][] = [
      [
        `first screen JavaScript ≤ ${FIRST_SCREEN_BUDGET_KB} KB gzip (${kb(firstTotal)})`,
        firstTotal <= FIRST_SCREEN_BUDGET_KB * 1024,
      ],
      [`Event Timing p95 ≤ ${EVENT_BUDGET_MS} ms (${fmt(p95)} ms)`, p95 <= EVENT_BUDGET_MS],
      [
        `Event Timing p95 at ${THROTTLE}× CPU throttling ≤ ${THROTTLED_BUDGET_MS} ms (${fmt(slowP95)} ms)`,
        slowP95 <= THROTTLED_BUDGET_MS,
      ],
    ];
    console.log('\ntargets:');
    for (const [name, ok] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    console.log(`load now ${load()}`);
    process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

void main();
