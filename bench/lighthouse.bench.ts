/**
 * npm run bench:lighthouse — Lighthouse 12 (mobile, the default) against the built app served by
 * src/server, three times, in Debian's Chromium. Prints the four category scores of each run,
 * their median, and the audits that cost points; exits 1 when a median is below its target.
 * Not part of CI: the performance score moves with the machine's load.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createAppServer } from '../src/server/app-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

const RUNS = 3;
const OUT = join('.tmp', 'lighthouse');
const TARGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 90,
} as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

/** Chromium's flags: headless, plus the ones that keep it off the network (scripts/chromium.ts). */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

interface Report {
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number }[] }
  >;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

async function lighthouse(url: string, run: number): Promise<Report> {
  const output = join(OUT, `run-${run}.json`);
  await promisify(execFile)(
    join('node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as Report;
}

const score = (report: Report, category: Category) =>
  Math.round((report.categories[category].score ?? 0) * 100);

/** The audits that cost a category points: weighted, and not passed. */
function losses(report: Report): string[] {
  return CATEGORIES.flatMap((category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
      .map(
        ({ ref, audit }) =>
          `${category}: ${ref.id} (${audit?.title}) score ${audit?.score}${audit?.displayValue ? `, ${audit.displayValue}` : ''}`,
      ),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = createAppServer({ root: 'dist' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  console.log(
    `Lighthouse (mobile) on ${url}, ${RUNS} runs · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  const scores: Record<Category, number>[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const report = await lighthouse(url, run);
      const row = Object.fromEntries(CATEGORIES.map((c) => [c, score(report, c)])) as Record<
        Category,
        number
      >;
      scores.push(row);
      console.log(`run ${run}: ${CATEGORIES.map((c) => `${c} ${row[c]}`).join(' · ')}`);
      for (const loss of losses(report)) console.log(`         ${loss}`);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  console.log('\nmedian and target:');
  let ok = true;
  for (const category of CATEGORIES) {
    const value = median(scores.map((row) => row[category]));
    const pass = value >= TARGETS[category];
    ok &&= pass;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${category.padEnd(15)} ${value} (target ≥ ${TARGETS[category]})`,
    );
  }
  console.log(
    `\nreports: ${OUT}/run-1..${RUNS}.json · load now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
