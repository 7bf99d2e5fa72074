/**
 * npm run bench:ui — the app's size and speed in this machine's Chromium.
 * 1. Bundle sizes (gzip) of the built app: the first screen's JavaScript against its 110 KB budget,
 *    and the chunks loaded later (player, debrief, each scenario).
 * 2. Choice-to-paint: from the key press that chooses an option to the next frame painted with the
 *    answer, over whole playthroughs of both cases, each choice made after reading the scene.
 *    Budget: one frame, 16 ms.
 * Exit code 1 when a budget is missed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

const DIST = 'dist';
const FIRST_SCREEN_BUDGET_KB = 110;
const FRAME_BUDGET_MS = 16;
const PORT = 4199;
/** Time to read a scene before choosing: longer than the triangle's 1.4 s flash of the last change. */
const READING_MS = 1500;
/**
 * Playthroughs of each case: six, taking other options each time, give about 60 choices, enough
 * for a p95 that is not just the second-slowest choice.
 */
const ROUNDS = 6;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;

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

/**
 * Installed in the page: for each digit key press, the time from the key event to (a) the DOM
 * showing the answer (React has committed), (b) the start of the frame that shows it (its
 * requestAnimationFrame), (c) that frame painted (the first task after it), and (d) the frame
 * painted that shows the scene the choice leads to, which follows the answer. Also collects the
 * browser's own Event Timing entries: key presses that took 16 ms or more to the next paint.
 */
function installProbe() {
  const samples: { dom: number; frame: number; paint: number; scene: number }[] = [];
  const slow: number[] = [];
  Object.assign(window, { __choiceToPaint: samples, __slowEvents: slow });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown') slow.push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  document.addEventListener(
    'keydown',
    (event) => {
      if (!/^[1-9]$/.test(event.key)) return;
      const start = event.timeStamp;
      const log = document.querySelector('[role="log"]');
      if (!log) return;
      // No named helper functions in here: the page gets this function as text, and the
      // TypeScript runner wraps named functions in a helper that the page does not have.
      const headingsBefore = log.querySelectorAll('h3').length;
      const sample = { dom: NaN, frame: NaN, paint: NaN, scene: NaN };
      // A frame is painted by the time the first task after it runs. The frame after the key
      // press is asked for now, ahead of the page's own callbacks, so that this task is not
      // queued behind work the page leaves for after the frame that answers.
      let keyFrameRan = false;
      requestAnimationFrame((frameStart) => {
        keyFrameRan = true;
        if (Number.isNaN(sample.dom)) return; // the answer came later: timed below
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          Object.assign(sample, { frame: frameStart - start, paint: performance.now() - start });
        channel.port2.postMessage(0);
      });
      const observer = new MutationObserver(() => {
        const answer = Number.isNaN(sample.dom);
        const scene = log.querySelectorAll('h3').length > headingsBefore;
        if (answer) sample.dom = performance.now() - start;
        if (scene) observer.disconnect();
        const answerLate = answer && keyFrameRan;
        if (!answerLate && !scene) return;
        requestAnimationFrame((frameStart) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now() - start;
            if (answerLate) Object.assign(sample, { frame: frameStart - start, paint: painted });
            if (scene) samples.push({ ...sample, scene: painted });
          };
          channel.port2.postMessage(0);
        });
      });
      observer.observe(log, { childList: true, subtree: true, characterData: true });
    },
    { capture: true },
  );
}

interface Sample {
  dom: number;
  frame: number;
  paint: number;
  scene: number;
  /** The first choice in a newly opened page, when none of the code has run yet. */
  first?: boolean;
}

async function playAll(baseURL: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: Sample[] = [];
  const slowEvents: number[] = [];
  for (const title of [/Start Saskia/, /Start Timo/]) {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({
        locale: 'nl-NL',
        viewport: { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await page.addInitScript(installProbe);
      await page.goto(baseURL);
      // Playwright sets up its helpers in the page on the first waitForFunction, which otherwise
      // runs right after the first key press and delays the very frame being timed.
      await page.waitForFunction(() => true);
      await page.getByLabel('Tempo van het gesprek').selectOption('all');
      await page.getByRole('button', { name: title }).click();
      // Play to an ending, taking option (round mod count) + 1 by key each time.
      for (let step = 0; step < 40; step++) {
        const choices = page.getByRole('group', { name: 'Keuzes' }).getByRole('button');
        const next = page.getByRole('button', { name: 'Verder', exact: true });
        const ending = page.getByRole('link', { name: 'Naar de nabespreking' });
        await choices.first().or(next).or(ending).first().waitFor();
        if (await ending.count()) break;
        if (await next.count()) {
          await next.click();
          continue;
        }
        const count = await choices.count();
        // A trainee reads the scene and the options before choosing. The pause is also quiet:
        // Playwright's waits poll on animation frames, and a page drawing frames anyway must wait
        // for the next one to show an answer, which a page at rest does not.
        await page.waitForTimeout(READING_MS);
        const before = await page.evaluate(
          () => (window as unknown as { __choiceToPaint: Sample[] }).__choiceToPaint.length,
        );
        // Down, and up only once the answer is painted: a person holds a key for about a tenth
        // of a second, so the key's release does not compete with the frame that answers.
        const key = String(((step + round) % count) + 1);
        await page.keyboard.down(key);
        await page.waitForFunction(
          (n) => (window as unknown as { __choiceToPaint: Sample[] }).__choiceToPaint.length > n,
          before,
          { polling: 50 },
        );
        await page.keyboard.up(key);
      }
      const collected = await page.evaluate(() => {
        const probe = window as unknown as { __choiceToPaint: Sample[]; __slowEvents: number[] };
        return { samples: probe.__choiceToPaint, slow: probe.__slowEvents };
      });
      samples.push(...collected.samples.map((sample, i) => ({ ...sample, first: i === 0 })));
      slowEvents.push(...collected.slow);
      await context.close();
    }
  }
  await browser.close();
  return { samples, slowEvents };
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;

async function main() {
  const firstTotal = bundleReport();
  const server = await preview({
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  try {
    const { samples, slowEvents } = await playAll(`http://127.0.0.1:${PORT}/`);
    const stats = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      return {
        median: percentile(sorted, 0.5),
        p95: percentile(sorted, 0.95),
        max: sorted.at(-1) ?? NaN,
      };
    };
    const firsts = samples.filter((s) => s.first);
    const later = samples.filter((s) => !s.first);
    const dom = stats(samples.map((s) => s.dom));
    const frame = stats(samples.map((s) => s.frame));
    const paint = stats(samples.map((s) => s.paint));
    const line = (name: string, s: ReturnType<typeof stats>) =>
      console.log(
        `  ${name.padEnd(37)} median ${s.median.toFixed(1)} ms · p95 ${s.p95.toFixed(1)} ms · max ${s.max.toFixed(1)} ms`,
      );
    console.log(`\nchoice to screen over ${samples.length} choices, from the key press:`);
    line('to the answer in the DOM', dom);
    line('to the start of the frame showing it', frame);
    line('to that frame painted', paint);
    line('to the next scene painted', stats(samples.map((s) => s.scene)));
    line('painted: first choice in a page', stats(firsts.map((s) => s.paint)));
    line('painted: later choices', stats(later.map((s) => s.paint)));
    console.log(
      `  the browser's Event Timing: ${slowEvents.length} of ${samples.length} key presses took 16 ms or more to the next paint${slowEvents.length ? ` (${slowEvents.join(', ')} ms)` : ''}`,
    );
    const p95 = paint.p95;
    const targets: [string, boolean][] = [
      [
        `first screen JavaScript ≤ ${FIRST_SCREEN_BUDGET_KB} KB gzip (${kb(firstTotal)})`,
        firstTotal <= FIRST_SCREEN_BUDGET_KB * 1024,
      ],
      [
        `choice-to-paint p95 ≤ ${FRAME_BUDGET_MS} ms (${p95.toFixed(1)} ms)`,
        p95 <= FRAME_BUDGET_MS,
      ],
    ];
    console.log('\ntargets:');
    for (const [name, ok] of targets) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

void main();
