/**
 * npm run bench:room — the room server under a room of phones. The server runs in its own process
 * (`src/server/main.ts --room` on 127.0.0.1), the simulated phones and the presenter in another
 * (bench/room-phones.ts), so that the server's CPU and memory are its own. For 300 and then 1,000
 * phones it prints vote → tally-on-presenter latency (p50/p95/max), the server's CPU time
 * (utime+stime from /proc) and its peak RSS (VmHWM), each with a fresh server.
 * Targets: p95 ≤ 250 ms at 300 phones; server RSS ≤ 200 MB. Exit code 1 when one is missed.
 * Linux only (it reads /proc).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIfStale } from '../scripts/build-if-stale.ts';
import { TALLY_INTERVAL_MS } from '../src/room/protocol.ts';

/** Phones per run; `npm run bench:room -- 300` runs only that. */
const RUNS = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (RUNS.length === 0) RUNS.push(300, 1000);
const P95_TARGET_MS = 250;
const P95_TARGET_AT = 300;
const RSS_TARGET_MB = 200;

interface PhonesResult {
  phones: number;
  failedJoins: number;
  votes: number;
  refused: number;
  missing: number;
  p50: number;
  p95: number;
  max: number;
  tallies: number;
  /** From the first tally to the last, in ms. */
  tallySpan: number;
  minGap: number;
  loopDelayP99: number;
  loopDelayMax: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** utime + stime of a process, in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at field 3; utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Peak resident memory of a process, in MB. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
}

function nodeWithTsx(args: string[]): ChildProcess {
  // node --import tsx runs the script in this one process (the tsx command would add a parent).
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Resolves with the first match of `pattern` in a child's output. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in the output`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the process ended (${code}) early`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function run(phones: number) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'driehoek-bench-room-'));
  const server = nodeWithTsx([
    'src/server/main.ts',
    '--room',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--data-dir',
    dataDir,
  ]);
  try {
    const key = await waitForOutput(server, /#\/live\/([A-Za-z0-9_-]+)/);
    const pid = server.pid!;
    const cpuBefore = cpuSeconds(pid);
    const start = performance.now();
    const simulation = nodeWithTsx([
      'bench/room-phones.ts',
      `http://127.0.0.1:${port}`,
      key,
      String(phones),
    ]);
    const output = waitForOutput(simulation, /^(\{.*\})$/m, 120_000);
    const result = JSON.parse(await output) as PhonesResult;
    await exited(simulation);
    const wall = (performance.now() - start) / 1000;
    const cpu = cpuSeconds(pid) - cpuBefore;
    return { ...result, cpu, wall, rss: peakRssMb(pid) };
  } finally {
    server.kill('SIGTERM');
    await exited(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const ms = (value: number) => `${value.toFixed(0)} ms`;

buildIfStale();
let failed = false;
for (const phones of RUNS) {
  const r = await run(phones);
  const p95Pass = r.p95 <= P95_TARGET_MS;
  const rssPass = r.rss <= RSS_TARGET_MB;
  console.log(
    `\n${phones} phones (joined ${phones - r.failedJoins}; ${r.votes} votes, ${r.refused} refused)`,
  );
  console.log(
    `  vote → tally on presenter: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)}` +
      (phones === P95_TARGET_AT ? `  [p95 ≤ ${P95_TARGET_MS} ms: ${verdict(p95Pass)}]` : ''),
  );
  console.log(
    `  phones process's event-loop delay (in every latency above): p99 ${ms(r.loopDelayP99)}, max ${ms(r.loopDelayMax)}`,
  );
  console.log(
    `  tallies: ${r.tallies} in ${(r.tallySpan / 1000).toFixed(1)} s (${((1000 * (r.tallies - 1)) / r.tallySpan).toFixed(1)}/s); ` +
      `shortest gap on arrival ${ms(r.minGap)} (the server spaces them ≥ ${TALLY_INTERVAL_MS} ms)`,
  );
  console.log(
    `  server CPU: ${r.cpu.toFixed(2)} s over ${r.wall.toFixed(1)} s (${((100 * r.cpu) / r.wall).toFixed(1)} % of one core)`,
  );
  console.log(
    `  server peak RSS: ${r.rss.toFixed(1)} MB  [≤ ${RSS_TARGET_MB} MB: ${verdict(rssPass)}]`,
  );
  if (r.missing > 0 || r.failedJoins > 0)
    console.log(`  (${r.missing} votes never seen in a tally)`);
  if ((phones === P95_TARGET_AT && !p95Pass) || !rssPass) failed = true;
}
process.exit(failed ? 1 : 0);
