/**
 * The simulated room for npm run bench:room, run in its own process: one presenter and N phones,
 * Socket.IO clients on loopback. The presenter opens the room and a ballot with three options;
 * the phones join over JOIN_SPREAD_MS, each votes once at a random moment within VOTE_SPREAD_MS
 * of joining, and CHANGE_SHARE of them change their vote once within the next VOTE_SPREAD_MS.
 * A vote's latency runs from the phone sending it to the presenter receiving a tally that
 * includes it (`received` ≥ the vote's number); phones and presenter share this process's clock.
 * Prints one line of JSON with the figures.
 *   tsx bench/room-phones.ts <server url> <presenter key> <phones>
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import type { Ack, Ballot, RoomInfo, Tally, VoteReceipt } from '../src/room/protocol.ts';

const JOIN_SPREAD_MS = 2000;
const VOTE_SPREAD_MS = 5000;
const CHANGE_SHARE = 0.3;
/** After the last vote's ack, how long to wait for the tally that includes it. */
const SETTLE_MS = 2000;

const [url = '', key = '', count = '0'] = process.argv.slice(2);
const phones = Number(count);

/** Deterministic randomness (mulberry32), so runs with the same N are alike. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(phones);

const BALLOT: Ballot = {
  id: 'bench-1',
  caseTitle: 'Benchmark',
  question: 'Wat doe je?',
  options: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), text: `Optie ${id}` })),
};

const sockets: Socket[] = [];
function connect(auth: object): Promise<Socket> {
  const socket = io(url, { auth, forceNew: true, reconnection: false, transports: ['websocket'] });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function command<T>(socket: Socket, event: string, payload: unknown): Promise<T> {
  const ack = (await socket.timeout(5000).emitWithAck(event, payload)) as Ack<T>;
  if (!ack.ok) throw new Error(`${event} refused: ${ack.reason}`);
  return ack.value;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function main() {
  // This process's own delays count in every latency; they are printed beside them.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const presenter = await connect({ role: 'presenter', key });
  const tallies: { at: number; received: number }[] = [];
  presenter.on('room:tally', (tally: Tally) => {
    if (tally.ballot === BALLOT.id)
      tallies.push({ at: performance.now(), received: tally.received });
  });
  const room = await command<RoomInfo>(presenter, 'room:open', { language: 'nl' });
  await command(presenter, 'ballot:open', BALLOT);

  const votes: { sent: number; seq: number }[] = [];
  let refused = 0;
  let failedJoins = 0;
  const vote = async (socket: Socket, option: string) => {
    const sent = performance.now();
    try {
      votes.push({
        sent,
        seq: (await command<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option })).seq,
      });
    } catch {
      refused += 1;
    }
  };
  const options = BALLOT.options.map((o) => o.id);
  const pick = (not?: string) => {
    const left = options.filter((o) => o !== not);
    return left[Math.floor(random() * left.length)]!;
  };

  const runs = Array.from({ length: phones }, async (_, i) => {
    await sleep((i * JOIN_SPREAD_MS) / phones);
    const device = `bench-phone-${String(i).padStart(6, '0')}`;
    const socket = await connect({ role: 'phone', room: room.code, device }).catch(() => undefined);
    if (!socket) return void (failedJoins += 1);
    const first = pick();
    await sleep(random() * VOTE_SPREAD_MS);
    await vote(socket, first);
    if (random() < CHANGE_SHARE) {
      await sleep(random() * VOTE_SPREAD_MS);
      await vote(socket, pick(first));
    }
  });
  await Promise.all(runs);
  const last = Math.max(0, ...votes.map((v) => v.seq));
  const end = performance.now() + SETTLE_MS;
  while ((tallies.at(-1)?.received ?? 0) < last && performance.now() < end) await sleep(20);

  // Tallies arrive in order of `received`: the first that includes a vote is found by bisection.
  const latencies = votes
    .map(({ sent, seq }) => {
      let lo = 0;
      let hi = tallies.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tallies[mid]!.received >= seq) hi = mid;
        else lo = mid + 1;
      }
      return tallies[lo] ? tallies[lo]!.at - sent : NaN;
    })
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b);
  const gaps = tallies.slice(1).map((t, i) => t.at - tallies[i]!.at);
  console.log(
    JSON.stringify({
      phones,
      failedJoins,
      votes: votes.length,
      refused,
      missing: votes.length - latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1) ?? NaN,
      tallies: tallies.length,
      tallySpan: (tallies.at(-1)?.at ?? 0) - (tallies[0]?.at ?? 0),
      minGap: Math.min(...gaps),
      loopDelayP99: loopDelay.percentile(99) / 1e6,
      loopDelayMax: loopDelay.max / 1e6,
    }),
  );
  for (const socket of sockets) socket.disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
