/**
 * The room server with real Socket.IO clients on 127.0.0.1: a presenter opens a room and a ballot,
 * phones join and vote, and the presenter closes, reveals and clears; only the presenter may.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  RoomCodeSchema,
  type PhoneView,
  type Reveal,
  type Tally,
  type VoteReceipt,
} from '../../src/room/protocol.ts';
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
  presenter,
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
  server = await startRoomServer(folders.root, { dataDir: folders.dataDir, participantCap: 50 });
});
afterEach(closeClients);
afterAll(async () => {
  await server.stop();
  folders.remove();
});

const REVEAL: Reveal = {
  ballot: BALLOT.id,
  option: 'a',
  verdicts: [
    {
      hierarchy: 'emotional',
      verdict: 'respects',
      label: 'Emotionele hiërarchie: respecteert',
      text: 'Saskia voelt zich gehoord.',
    },
  ],
};

describe('opening a room', () => {
  it('gives the presenter a room code, the join URL and the cap, and a first tally', async () => {
    const socket = await presenter(server.url, server.key);
    const firstTally = nextEvent<Tally>(socket, 'room:tally');
    const info = await ok(
      send<{ code: string; joinUrl: string; participantCap: number }>(socket, 'room:open', {
        language: 'nl',
      }),
    );
    expect(RoomCodeSchema.safeParse(info.code).success).toBe(true);
    expect(info.joinUrl).toBe(`${server.url}/#/join/${info.code}`);
    expect(info.participantCap).toBe(50);
    expect((await firstTally).received).toBeGreaterThanOrEqual(0);
  });

  it('gives a presenter page that reloads the same room back', async () => {
    const first = await openRoom(server.url, server.key);
    first.socket.disconnect();
    const again = await presenter(server.url, server.key);
    const tally = nextEvent<Tally>(again, 'room:tally');
    const info = await ok(send<{ code: string }>(again, 'room:open', { language: 'en' }));
    expect(info.code).toBe(first.info.code);
    expect((await tally).ballot).toBe(BALLOT.id);
  });

  it('keeps the votes when the reloaded presenter sends the same ballot again', async () => {
    const first = await openRoom(server.url, server.key, { ...BALLOT, id: 'again' });
    const voter = await phone(server.url, first.info.code, 'again1');
    await ok(send(voter.socket, 'vote', { ballot: 'again', option: 'b' }));
    first.socket.disconnect();
    const view = nextEvent<PhoneView>(voter.socket, 'room:view');
    await openRoom(server.url, server.key, { ...BALLOT, id: 'again' });
    expect(await view).toMatchObject({ stage: 'open', vote: 'b' });
    // Another ballot starts empty.
    const fresh = nextEvent<PhoneView>(voter.socket, 'room:view');
    await openRoom(server.url, server.key, { ...BALLOT, id: 'next' });
    expect(await fresh).toMatchObject({ stage: 'open', vote: null });
  });

  it('refuses a wrong presenter key, and a handshake that is not one', async () => {
    expect(await refusal(client(server.url, { role: 'presenter', key: 'x'.repeat(43) }))).toBe(
      'wrong-key',
    );
    expect(await refusal(client(server.url, { role: 'presenter' }))).toBe('bad-handshake');
    expect(await refusal(client(server.url, { role: 'admin', key: server.key }))).toBe(
      'bad-handshake',
    );
    expect(
      await refusal(client(server.url, { role: 'phone', room: 'ZZZZZ', device: deviceId('p') })),
    ).toBe('bad-handshake');
  });
});

describe('voting', () => {
  it('lets a phone join, vote, change its vote; the tally follows', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const received = tallies(presenterSocket);
    const { socket, view } = await phone(server.url, info.code, 'vote1');
    expect(view).toEqual({ stage: 'open', ballot: BALLOT, vote: null, reveal: null });

    const first = await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'b' }));
    expect(first.view.vote).toBe('b');
    const second = await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'c' }));
    expect(second.seq).toBe(first.seq + 1);
    expect(second.view.vote).toBe('c');

    await until(() => received.at(-1)?.tally.received === second.seq);
    const tally = received.at(-1)!.tally;
    expect(tally.counts).toEqual({ a: 0, b: 0, c: 1 });
    expect(tally.voters).toBe(1);
    expect(tally.participants).toBe(1);
  });

  it('refuses a vote on another ballot or for an option not on it', async () => {
    const { info } = await openRoom(server.url, server.key, { ...BALLOT, id: 'scene-9:1' });
    const { socket } = await phone(server.url, info.code, 'vote2');
    expect(await send(socket, 'vote', { ballot: BALLOT.id, option: 'a' })).toEqual({
      ok: false,
      reason: 'not-open',
    });
    expect(await send(socket, 'vote', { ballot: 'scene-9:1', option: 'z' })).toEqual({
      ok: false,
      reason: 'unknown-option',
    });
  });

  it('closes: phones see "closed" with their vote, and later votes are refused', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const { socket } = await phone(server.url, info.code, 'close1');
    await ok(send(socket, 'vote', { ballot: BALLOT.id, option: 'a' }));
    const closedView = nextEvent<PhoneView>(socket, 'room:view');
    // The close's ack carries the frozen counts: the presenter's flow freezes what the server did.
    expect(await send(presenterSocket, 'ballot:close', { ballot: BALLOT.id })).toMatchObject({
      ok: true,
      value: { ballot: BALLOT.id, counts: { a: 1 }, voters: 1 },
    });
    expect(await closedView).toMatchObject({ stage: 'closed', vote: 'a' });
    expect(await send(socket, 'vote', { ballot: BALLOT.id, option: 'b' })).toEqual({
      ok: false,
      reason: 'not-open',
    });
    // Closing again changes nothing; closing a ballot that is not on is refused.
    expect((await send(presenterSocket, 'ballot:close', { ballot: BALLOT.id })).ok).toBe(true);
    expect((await send(presenterSocket, 'ballot:close', { ballot: 'other' })).ok).toBe(false);
  });

  it('sends the reveal to every phone, and "waiting" after a clear', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const voter = await phone(server.url, info.code, 'reveal1');
    const watcher = await phone(server.url, info.code, 'reveal2');
    await ok(send(voter.socket, 'vote', { ballot: BALLOT.id, option: 'b' }));
    const views = [
      nextEvent<PhoneView>(voter.socket, 'room:view'),
      nextEvent<PhoneView>(watcher.socket, 'room:view'),
    ];
    await ok(send(presenterSocket, 'ballot:reveal', REVEAL));
    const [voterView, watcherView] = await Promise.all(views);
    expect(voterView).toEqual({ stage: 'revealed', ballot: BALLOT, vote: 'b', reveal: REVEAL });
    expect(watcherView).toEqual({ stage: 'revealed', ballot: BALLOT, vote: null, reveal: REVEAL });
    expect(await send(voter.socket, 'vote', { ballot: BALLOT.id, option: 'a' })).toMatchObject({
      ok: false,
    });

    const cleared = nextEvent<PhoneView>(voter.socket, 'room:view');
    await ok(send(presenterSocket, 'ballot:clear', {}));
    expect(await cleared).toEqual({ stage: 'waiting', ballot: null, vote: null, reveal: null });
  });

  it('keeps a phone’s vote when it reconnects with the same device id', async () => {
    const { info } = await openRoom(server.url, server.key);
    const first = await phone(server.url, info.code, 'back1');
    await ok(send(first.socket, 'vote', { ballot: BALLOT.id, option: 'c' }));
    first.socket.disconnect();
    const again = await phone(server.url, info.code, 'back1');
    expect(again.view).toMatchObject({ stage: 'open', vote: 'c' });
  });

  it('works over long-polling too (networks that block WebSockets)', async () => {
    const { info } = await openRoom(server.url, server.key);
    const socket = client(
      server.url,
      { role: 'phone', room: info.code, device: deviceId('poll1') },
      { transports: ['polling'] },
    );
    const view = nextEvent<PhoneView>(socket, 'room:view');
    await connected(socket);
    expect((await view).stage).toBe('open');
    expect(
      (await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'a' }))).view.vote,
    ).toBe('a');
  });
});

describe('only the presenter drives the room', () => {
  it('refuses every presenter command from a phone, and nothing changes', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key);
    const received = tallies(presenterSocket);
    const { socket } = await phone(server.url, info.code, 'sneaky1');
    const views: PhoneView[] = [];
    socket.on('room:view', (view: PhoneView) => views.push(view));
    const commands: [string, unknown][] = [
      ['room:open', { language: 'nl' }],
      ['ballot:open', { ...BALLOT, id: 'hijack' }],
      ['ballot:close', { ballot: BALLOT.id }],
      ['ballot:reveal', REVEAL],
      ['ballot:clear', {}],
      ['room:close', {}],
    ];
    for (const [event, payload] of commands)
      expect(await send(socket, event, payload), event).toEqual({
        ok: false,
        reason: 'presenter-only',
      });
    expect(views).toEqual([]);
    // The ballot is still open for votes, and the presenter can still drive it.
    const receipt = await ok(send<VoteReceipt>(socket, 'vote', { ballot: BALLOT.id, option: 'a' }));
    expect(receipt.view.stage).toBe('open');
    await until(() => received.at(-1)?.tally.received === receipt.seq);
    expect(received.at(-1)?.tally.ballot).toBe(BALLOT.id);
    expect(await send(presenterSocket, 'vote', { ballot: BALLOT.id, option: 'a' })).toEqual({
      ok: false,
      reason: 'phone-only',
    });
  });
});

describe('tallies', () => {
  it('reach the presenter at most every 250 ms under a burst of votes, the last one right', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key, {
      ...BALLOT,
      id: 'burst',
    });
    const phones = await Promise.all(
      Array.from({ length: 12 }, (_, i) => phone(server.url, info.code, `burst${i}`)),
    );
    const received = tallies(presenterSocket);
    const expected: Record<string, number> = { a: 0, b: 0, c: 0 };
    let last = 0;
    for (let round = 0; round < 6; round++) {
      const receipts = await Promise.all(
        phones.map(({ socket }, i) =>
          ok(
            send<VoteReceipt>(socket, 'vote', { ballot: 'burst', option: 'abc'[(i + round) % 3] }),
          ),
        ),
      );
      last = Math.max(last, ...receipts.map((r) => r.seq));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    phones.forEach((_, i) => (expected['abc'[(i + 5) % 3]!]! += 1));
    await until(() => received.at(-1)?.tally.received === last);
    const gaps = received.slice(1).map((t, i) => t.at - received[i]!.at);
    expect(received.length).toBeGreaterThan(1);
    // Timers may fire a millisecond early by the test's clock; never two in one interval.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(240);
    expect(received.at(-1)?.tally).toMatchObject({
      counts: expected,
      voters: 12,
      participants: 12,
    });
  });

  it('follow phones joining and leaving', async () => {
    const { socket: presenterSocket, info } = await openRoom(server.url, server.key, {
      ...BALLOT,
      id: 'presence',
    });
    const received = tallies(presenterSocket);
    const before = received.at(-1)?.tally.participants ?? 0;
    const { socket } = await phone(server.url, info.code, 'comego1');
    await until(() => received.at(-1)?.tally.participants === before + 1);
    socket.disconnect();
    await until(() => received.at(-1)?.tally.participants === before);
  });
});
