/**
 * The presenter's end of a live room against the real room server on 127.0.0.1: it keeps the
 * phones at the stage the flow asks for, and a presenter page that reloads in the middle of a vote
 * takes the room back without touching the votes, even when it connects before the flow has said
 * where it stands.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneView } from '../../src/room/protocol.ts';
import { openPresenterRoom, type PresenterRoom } from '../../src/ui/live/presenter-room.ts';
import {
  BALLOT,
  closeClients,
  nextEvent,
  ok,
  phone,
  send,
  startRoomServer,
  tempFolders,
  until,
  type TestRoomServer,
} from '../support/room.ts';

let folders: ReturnType<typeof tempFolders>;
let server: TestRoomServer;
const rooms: PresenterRoom[] = [];

beforeAll(async () => {
  folders = tempFolders();
  server = await startRoomServer(folders.root, { dataDir: folders.dataDir });
});
afterEach(() => {
  for (const room of rooms.splice(0)) room.disconnect();
  closeClients();
});
afterAll(async () => {
  await server.stop();
  folders.remove();
});

function presenterRoom() {
  const room = openPresenterRoom(server.key, 'nl', server.url);
  rooms.push(room);
  return room;
}

describe('the presenter in a live room', () => {
  it('opens the ballot the flow asks for, and takes the room back after a reload with the votes kept', async () => {
    const first = presenterRoom();
    first.show({ stage: 'open', ballot: BALLOT });
    await until(() => first.getState().room !== null);
    const code = first.getState().room!.code;
    const { socket, view } = await phone(server.url, code, 'reload-voter');
    expect(view.stage).toBe('open');
    await ok(send(socket, 'vote', { ballot: BALLOT.id, option: 'b' }));
    await until(() => first.getState().tally?.counts.b === 1);

    // The page reloads: a new connection that is in the room before the flow has spoken.
    first.disconnect();
    const views: PhoneView[] = [];
    socket.on('room:view', (view: PhoneView) => views.push(view));
    const again = presenterRoom();
    await until(() => again.getState().room !== null);
    await until(() => again.getState().tally?.counts.b === 1);
    expect(again.getState().room!.code).toBe(code);
    // Then the restored flow says where it stands: the same open ballot, its vote still there.
    again.show({ stage: 'open', ballot: BALLOT });
    const closed = await again.closeBallot(BALLOT.id);
    expect(closed?.counts).toMatchObject({ b: 1 });
    expect(views.map((v) => v.stage)).not.toContain('waiting');
  });

  it('brings the phones back to "waiting" when the flow leaves the vote', async () => {
    const room = presenterRoom();
    room.show({ stage: 'open', ballot: BALLOT });
    await until(() => room.getState().room !== null);
    const { socket, view } = await phone(server.url, room.getState().room!.code, 'waiter');
    expect(view.stage).toBe('open');
    const waiting = nextEvent<PhoneView>(socket, 'room:view');
    room.show({ stage: 'waiting' });
    expect((await waiting).stage).toBe('waiting');
    expect(await send(socket, 'vote', { ballot: BALLOT.id, option: 'a' })).toMatchObject({
      ok: false,
    });
  });
});
