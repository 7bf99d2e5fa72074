/**
 * The room's snapshot in the data folder: a restarted server resumes the room (same code, same
 * presenter key, the open ballot and its votes); closing the room deletes it; rooms idle for
 * ROOM_IDLE_EXPIRY_MS are deleted at the next start.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_IDLE_EXPIRY_MS, type Tally, type VoteReceipt } from '../../src/room/protocol.ts';
import {
  BALLOT,
  client,
  closeClients,
  deviceId,
  nextEvent,
  ok,
  openRoom,
  phone,
  presenter,
  refusal,
  send,
  startRoomServer,
  tempFolders,
  until,
  type TestRoomServer,
} from '../support/room.ts';

let folders: ReturnType<typeof tempFolders>;
const running = new Set<TestRoomServer>();
let now = Date.parse('2026-03-02T09:00:00Z');

async function start() {
  const server = await startRoomServer(folders.root, { dataDir: folders.dataDir, now: () => now });
  running.add(server);
  return server;
}
async function stop(server: TestRoomServer) {
  closeClients();
  running.delete(server);
  await server.stop();
}
const roomFiles = () => readdirSync(folders.dataDir).filter((name) => name.startsWith('room-'));

beforeEach(() => {
  folders = tempFolders();
});
afterEach(async () => {
  closeClients();
  for (const server of running) await server.stop();
  running.clear();
  folders.remove();
});

describe('restart', () => {
  it('resumes the room: same code, same presenter key, the open ballot and its votes', async () => {
    const first = await start();
    const { info } = await openRoom(first.url, first.key);
    const voter = await phone(first.url, info.code, 'stay1');
    const receipt = await ok(
      send<VoteReceipt>(voter.socket, 'vote', { ballot: BALLOT.id, option: 'b' }),
    );
    // Written within moments of the vote, not only at shutdown (a crash loses almost nothing).
    const file = join(folders.dataDir, `room-${info.code}.json`);
    await until(() => existsSync(file) && readFileSync(file, 'utf8').includes(deviceId('stay1')));
    await stop(first);
    expect(roomFiles()).toEqual([`room-${info.code}.json`]);

    const second = await start();
    expect(second.key).toBe(first.key);
    const socket = await presenter(second.url, second.key);
    const tally = nextEvent<Tally>(socket, 'room:tally');
    expect((await ok(send<{ code: string }>(socket, 'room:open', { language: 'nl' }))).code).toBe(
      info.code,
    );
    expect(await tally).toMatchObject({
      ballot: BALLOT.id,
      counts: { a: 0, b: 1, c: 0 },
      received: receipt.seq,
    });
    const back = await phone(second.url, info.code, 'stay1');
    expect(back.view).toEqual({ stage: 'open', ballot: BALLOT, vote: 'b', reveal: null });
    const next = await ok(
      send<VoteReceipt>(back.socket, 'vote', { ballot: BALLOT.id, option: 'a' }),
    );
    expect(next.seq).toBe(receipt.seq + 1);
  });

  it('sets aside a snapshot it cannot read and starts anyway', async () => {
    const first = await start();
    const { info } = await openRoom(first.url, first.key);
    await stop(first);
    writeFileSync(join(folders.dataDir, `room-${info.code}.json`), '{"version": 1, "code": ');
    await start();
    expect(roomFiles()).toEqual([`room-${info.code}.json.unreadable`]);
  });
});

describe('closing and expiry', () => {
  it('deletes the snapshot when the presenter closes the room, and tells the phones', async () => {
    const server = await start();
    const { socket, info } = await openRoom(server.url, server.key);
    const { socket: phoneSocket } = await phone(server.url, info.code, 'bye1');
    const closed = nextEvent(phoneSocket, 'room:closed');
    const dropped = nextEvent<string>(phoneSocket, 'disconnect');
    await ok(send(socket, 'room:close', {}));
    await closed;
    expect(await dropped).toBe('io server disconnect');
    expect(roomFiles()).toEqual([]);
    const late = client(server.url, { role: 'phone', room: info.code, device: deviceId('bye2') });
    expect(await refusal(late)).toBe('unknown-room');
    expect((await send(socket, 'ballot:clear', {})).ok).toBe(false);
  });

  it('keeps a room idle for less than the expiry, and deletes it at the first start after', async () => {
    const first = await start();
    const { info } = await openRoom(first.url, first.key);
    await stop(first);

    now += ROOM_IDLE_EXPIRY_MS - 60_000;
    const second = await start();
    expect(second.key).toBe(first.key);
    await stop(second);
    expect(existsSync(join(folders.dataDir, `room-${info.code}.json`))).toBe(true);

    now += 2 * 60_000;
    const third = await start();
    expect(roomFiles()).toEqual([]);
    // No room left to take back: the old presenter URL no longer works.
    expect(third.key).not.toBe(first.key);
    expect(await refusal(client(third.url, { role: 'presenter', key: first.key }))).toBe(
      'wrong-key',
    );
    const late = client(third.url, { role: 'phone', room: info.code, device: deviceId('late1') });
    expect(await refusal(late)).toBe('unknown-room');
  });
});
