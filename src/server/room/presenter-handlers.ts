/**
 * The presenter's connection: it opens (or takes back) its room and drives the ballot; after every
 * change the phones get their views and the presenter a tally.
 */
import { randomInt } from 'node:crypto';
import type { Socket } from 'socket.io';
import {
  PhoneMessages,
  PresenterMessages,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  type Ack,
  type RoomInfo,
} from '../../room/protocol.ts';
import { handle, refuse } from './message-handler.ts';
import { presentersOf, type RoomHub } from './room-hub.ts';
import {
  clearBallot,
  closeBallot,
  newRoom,
  openBallot,
  revealBallot,
  tallyOf,
  type Rule,
} from './room-rules.ts';
import type { Room } from './room-store.ts';

export interface PresenterSettings {
  /** Who owns rooms opened with this server's key (a hash of the key). */
  owner: string;
  publicUrl: string;
  participantCap: number;
  now: () => number;
  /** The room's snapshot is on disk (written, or deleted) once this resolves. */
  persist: () => Promise<void>;
}

const newCode = () =>
  Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
  ).join('');

export function presenterConnected(hub: RoomHub, socket: Socket, settings: PresenterSettings) {
  const { owner, now } = settings;
  /** The room this connection drives, once it is open (or taken back). */
  let code: string | undefined;

  const attach = async (room: Room) => {
    code = room.code;
    await socket.join(presentersOf(room.code));
    await hub.sendTallyTo(room.code, socket);
  };
  const ownedRoom = async () => (await hub.store.list()).find((room) => room.owner === owner);

  /** A command on the ballot: applied, then the phones and the presenter hear of it. */
  const command = async <T = undefined>(
    rule: (now: number) => Rule,
    read: (room: Room) => T = () => undefined as T,
  ): Promise<Ack<T>> => {
    if (!code) return { ok: false, reason: 'no-room' };
    const room = code;
    const outcome = await hub.apply(room, rule(now()), read);
    if (outcome.ok) {
      await hub.sendViews(room);
      hub.scheduleTally(room);
    }
    return outcome;
  };

  handle(socket, 'room:open', PresenterMessages['room:open'], async ({ language }) => {
    let room = await ownedRoom();
    if (room)
      await hub.apply(
        room.code,
        (r) => Object.assign(r, { language }),
        () => undefined,
      );
    while (!room) {
      const created = newRoom(newCode(), owner, language, now());
      if (await hub.store.create(created)) room = created;
    }
    await attach(room);
    const info: RoomInfo = {
      code: room.code,
      joinUrl: `${settings.publicUrl}/#/join/${room.code}`,
      participantCap: settings.participantCap,
    };
    return { ok: true, value: info };
  });
  handle(socket, 'ballot:open', PresenterMessages['ballot:open'], (ballot) =>
    command((at) => openBallot(ballot, at)),
  );
  // The ack carries the frozen counts, so the presenter's flow freezes exactly what the server did.
  handle(socket, 'ballot:close', PresenterMessages['ballot:close'], ({ ballot }) =>
    command(
      (at) => closeBallot(ballot, at),
      (closed) => tallyOf(closed, hub.presence.count(closed.code)),
    ),
  );
  handle(socket, 'ballot:reveal', PresenterMessages['ballot:reveal'], (reveal) =>
    command((at) => revealBallot(reveal, at)),
  );
  handle(socket, 'ballot:clear', PresenterMessages['ballot:clear'], () => command(clearBallot));
  handle(socket, 'room:close', PresenterMessages['room:close'], async () => {
    if (!code) return { ok: false, reason: 'no-room' };
    const room = code;
    code = undefined;
    await hub.store.delete(room);
    hub.closeRoom(room);
    await settings.persist();
    return { ok: true, value: undefined };
  });
  refuse(socket, Object.keys(PhoneMessages), 'phone-only');

  // A presenter page that reloads, or reconnects after a drop, is back in its room at once.
  void ownedRoom()
    .then((room) => (room ? attach(room) : undefined))
    .catch((error: unknown) =>
      console.error(`The presenter's room was not found: ${String(error)}`),
    );
}
