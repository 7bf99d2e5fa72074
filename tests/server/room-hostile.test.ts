/**
 * The room server against hostile or broken clients: junk events and payloads, floods, oversize
 * messages, guessed room codes, a full room, a page from another origin. Each is answered or
 * dropped, and the server keeps serving everyone else.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, type Tally, type VoteReceipt } from '../../src/room/protocol.ts';
import {
  BALLOT,
  client,
  closeClients,
  connected,
  deviceId,
  nextEvent,
  ok,
  openRoom,
  phone,
  refusal,
  send,
  startRoomServer,
  tallies,
  tempFolders,
  until,
  type TestRoomServer,
} from '../support/room.ts';

let folders: ReturnType<typeof tempFolders>;
let server: TestRoomServer;

beforeAll(async () => {
  folders = tempFolders();
  server = await startRoomServer(folders.root, { dataDir: folders.dataDir });
});
afterEach(closeClients);
afterAll(async () => {
  await server.stop();
  folders.remove();
});

/** Nested arrays as deep as fit in a message (sent raw: the client's own encoder would overflow). */
const DEEP = '['.repeat(8000) + ']'.repeat(8000);
const JUNK: unknown[] = [
  'vote',
  42,
  null,
  true,
  [],
  [[[[[[['a']]]]]]],
  { ballot: { ballot: { ballot: BALLOT.id } }, option: 'a' },
  JSON.parse('{"__proto__": {"polluted": true}, "ballot": "scene-3:1", "option": "a"}'),
  { ballot: BALLOT.id, option: 'a', extra: 1 },
  { ballot: BALLOT.id, option: 'a'.repeat(500) },
  { ballot: BALLOT.id, option: { toString: 'a' } },
];

/** The room as a presenter sees it on connecting: it gets the tally at once. */
async function currentTally(): Promise<Tally> {
  const socket = client(server.url, { role: 'presenter', key: server.key });
  const tally = nextEvent<Tally>(socket, 'room:tally');
  await connected(socket);
  return tally;
}

describe('junk', () => {
  it('ignores junk payloads, unknown events and missing acks, and changes nothing', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const before = await currentTally();
    // Each client sends fewer messages than its burst allows, so none is dropped for rate.
    for (const [i, payload] of JUNK.entries()) {
      const { socket } = await phone(server.url, info.code, `junk${i}`);
      expect(await send(socket, 'vote', payload)).toEqual({ ok: false, reason: 'invalid' });
      expect(await send(socket, 'vote', BALLOT.id, 'a')).toEqual({ ok: false, reason: 'invalid' });
      socket.emit('vote', payload); // no ack asked
      socket.emit('vote'); // no payload at all
      socket.emit('no-such-event', payload);
      socket.emit('__proto__', payload);
      socket.emit('constructor', payload);
      // Ignored: no ack ever comes.
      await expect(socket.timeout(100).emitWithAck('toString', payload)).rejects.toThrow();
    }
    for (const payload of JUNK.slice(0, 6))
      expect((await send(presenterSocket, 'ballot:open', payload)).ok).toBe(false);
    expect((await send(presenterSocket, 'ballot:reveal', { ...BALLOT, __proto__: null })).ok).toBe(
      false,
    );

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const after = await currentTally();
    expect(after).toMatchObject({
      ballot: BALLOT.id,
      counts: before.counts,
      voters: before.voters,
    });
    expect(after.received).toBe(before.received);
    // And the server still serves: a right vote counts.
    const { socket } = await phone(server.url, info.code, 'junk-after');
    expect(
      (await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'a' }))).seq,
    ).toBe(1);
  });

  it('survives raw packets that do not decode, and reserved event names', async () => {
    const { info } = await openRoom(server.url, server.key);
    for (const raw of [
      '42["disconnect"]',
      '42["connect"]',
      '4{',
      '42[{}]',
      '49999999999999999999[]',
      '2garbage',
      `42["vote",${DEEP}]`,
      `427["vote",{"ballot":${DEEP},"option":"a"}]`,
      `42["vote",{"__proto__":{"polluted":true},"ballot":"${BALLOT.id}","option":"a"}]`,
    ]) {
      const { socket } = await phone(server.url, info.code, `raw${raw.length}`);
      socket.io.engine.send(raw);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const { socket } = await phone(server.url, info.code, 'raw-after');
    expect(
      (await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'b' }))).view.vote,
    ).toBe('b');
  });

  it('accepts option ids that are names of object properties as ordinary ids', async () => {
    const ballot = {
      ...BALLOT,
      id: 'odd-ids',
      options: [
        { id: '__proto__', label: 'A', text: 'Een' },
        { id: 'constructor', label: 'B', text: 'Twee' },
      ],
    };
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key, ballot);
    const received = tallies(presenterSocket);
    const { socket } = await phone(server.url, info.code, 'odd1');
    const receipt = await ok(
      send<VoteReceipt>(socket, 'vote', { ballot: 'odd-ids', option: '__proto__' }),
    );
    await until(() => received.at(-1)?.tally.received === receipt.seq);
    expect(Object.entries(received.at(-1)!.tally.counts)).toEqual([
      ['__proto__', 1],
      ['constructor', 0],
    ]);
  });
});

describe('size and rate', () => {
  it('drops only the connection that sends an oversize message', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const other = await phone(server.url, info.code, 'big-other');
    const big = await phone(server.url, info.code, 'big1');
    const gone = nextEvent<string>(big.socket, 'disconnect');
    big.socket.emit('vote', { ballot: BALLOT.id, option: 'x'.repeat(MAX_MESSAGE_BYTES + 1) });
    expect(await gone).toMatch(/transport/);
    expect(
      (await ok(send<VoteReceipt>(other.socket, 'vote', { ballot: BALLOT.id, option: 'c' }))).view
        .vote,
    ).toBe('c');
    expect((await send(presenterSocket, 'ballot:close', { ballot: BALLOT.id })).ok).toBe(true);
  });

  it('drops messages over the rate and lets a flooding connection go; others are served', async () => {
    const { info } = await openRoom(server.url, server.key);
    const other = await phone(server.url, info.code, 'flood-other');
    const flood = await phone(server.url, info.code, 'flood1');
    let acks = 0;
    const gone = nextEvent<string>(flood.socket, 'disconnect');
    for (let i = 0; i < 200; i++)
      flood.socket.emit('vote', { ballot: BALLOT.id, option: 'a' }, () => (acks += 1));
    expect(await gone).toBe('io server disconnect');
    expect(acks).toBeLessThanOrEqual(25);
    expect(
      (await ok(send<VoteReceipt>(other.socket, 'vote', { ballot: BALLOT.id, option: 'b' }))).view
        .vote,
    ).toBe('b');
  });
});

describe('admission', () => {
  it('limits wrong room codes per IP: then even the right code is refused, until the window passes', async () => {
    let now = Date.now();
    const own = tempFolders();
    const guarded = await startRoomServer(own.root, {
      dataDir: own.dataDir,
      now: () => now,
      attempts: { limit: 5, windowMs: 60_000 },
    });
    try {
      const { info } = await openRoom(guarded.url, guarded.key);
      const wrong = info.code === 'ABCDEF' ? 'ABCDEG' : 'ABCDEF';
      const join = (room: string) =>
        client(guarded.url, { role: 'phone', room, device: deviceId('guess') });
      for (let i = 0; i < 5; i++) expect(await refusal(join(wrong))).toBe('unknown-room');
      expect(await refusal(join(wrong))).toBe('too-many-attempts');
      expect(await refusal(join(info.code))).toBe('too-many-attempts');
      now += 60_000;
      await connected(join(info.code));
    } finally {
      closeClients();
      await guarded.stop();
      own.remove();
    }
  });

  it('refuses a new device when the room is full, but lets a known device back in', async () => {
    const own = tempFolders();
    const small = await startRoomServer(own.root, { dataDir: own.dataDir, participantCap: 3 });
    try {
      const { socket: presenterSocket, info } = await openRoom(small.url, small.key);
      const received = tallies(presenterSocket);
      const [first] = await Promise.all(
        ['cap1', 'cap2', 'cap3'].map((name) => phone(small.url, info.code, name)),
      );
      const fourth = () =>
        client(small.url, { role: 'phone', room: info.code, device: deviceId('cap4') });
      expect(await refusal(fourth())).toBe('room-full');
      // The same phone with a second connection (it reconnects before the old one is dropped).
      await phone(small.url, info.code, 'cap1');
      first!.socket.disconnect();
      await phone(small.url, info.code, 'cap1');
      expect(await refusal(fourth())).toBe('room-full');
      await until(() => received.at(-1)?.tally.participants === 3);
    } finally {
      closeClients();
      await small.stop();
      own.remove();
    }
  });

  it('refuses a page from another origin', async () => {
    const { info } = await openRoom(server.url, server.key);
    const elsewhere = client(
      server.url,
      { role: 'phone', room: info.code, device: deviceId('origin1') },
      { extraHeaders: { Origin: 'http://evil.example' } },
    );
    await expect(connected(elsewhere)).rejects.toThrow();
    const same = client(
      server.url,
      { role: 'phone', room: info.code, device: deviceId('origin2') },
      { extraHeaders: { Origin: server.url } },
    );
    await connected(same);
  });
});
