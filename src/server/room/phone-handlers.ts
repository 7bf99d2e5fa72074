/**
 * A phone's connection: it gets its view at once and after every change, and may send one kind of
 * message, its vote. Everything the presenter may send is refused here.
 */
import type { Socket } from 'socket.io';
import {
  PhoneMessages,
  PresenterMessages,
  SERVER_EVENTS,
  type VoteReceipt,
} from '../../room/protocol.ts';
import { handle, refuse } from './message-handler.ts';
import { deviceOf, phonesOf, type RoomHub } from './room-hub.ts';
import { addMember, castVote, phoneViewOf } from './room-rules.ts';

export interface Phone {
  room: string;
  device: string;
}

export function phoneConnected(hub: RoomHub, socket: Socket, phone: Phone, now: () => number) {
  const { room: code, device } = phone;

  handle(socket, 'vote', PhoneMessages.vote, async ({ ballot, option }) => {
    const outcome = await hub.apply(
      code,
      castVote(device, ballot, option, now()),
      (room): VoteReceipt => ({ view: phoneViewOf(room, device), seq: room.received }),
    );
    if (outcome.ok) {
      hub.scheduleTally(code);
      // The same phone in another tab shows the vote too.
      socket.to(deviceOf(code, device)).emit(SERVER_EVENTS.phoneView, outcome.value.view);
    }
    return outcome;
  });
  refuse(socket, Object.keys(PresenterMessages), 'presenter-only');

  void socket.join([phonesOf(code), deviceOf(code, device)]);
  void hub
    .apply(code, addMember(device), (room) => phoneViewOf(room, device))
    .then((view) => {
      if (view.ok) socket.emit(SERVER_EVENTS.phoneView, view.value);
      else socket.disconnect(true); // the room closed while this phone was joining
    })
    .catch((error: unknown) => console.error(`A phone could not join: ${String(error)}`));
}
