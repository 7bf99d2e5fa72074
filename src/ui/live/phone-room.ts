/**
 * A phone in a room, as a small external store for React: the connection's state and the view the
 * server sends. Socket.IO reconnects by itself after a lost Wi-Fi; the device id brings the vote
 * back. A refusal (wrong code, room full) is final until the user tries again.
 */
import type { PhoneView, Refusal } from '../../room/protocol.ts';
import { SERVER_EVENTS } from '../../room/constants.ts';
import { connect, refusalOf, request, type RoomSocket } from './socket.ts';

export type PhoneStatus = 'connecting' | 'connected' | 'lost' | 'refused' | 'closed';

export interface PhoneState {
  status: PhoneStatus;
  refusal: Refusal | null;
  view: PhoneView | null;
  /** The last vote the server did not take (voting had closed), to say so. */
  voteRefused: boolean;
}

export interface PhoneRoom {
  getState(): PhoneState;
  subscribe(listener: () => void): () => void;
  vote(option: string): Promise<void>;
  close(): void;
}

export function joinRoom(room: string, device: string): PhoneRoom {
  let state: PhoneState = { status: 'connecting', refusal: null, view: null, voteRefused: false };
  const listeners = new Set<() => void>();
  const set = (change: Partial<PhoneState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };

  const socket: RoomSocket = connect({ role: 'phone', room, device });
  socket.on('connect', () => set({ status: 'connected', refusal: null }));
  socket.on('disconnect', () => {
    if (state.status !== 'closed') set({ status: 'lost' });
  });
  socket.on('connect_error', (error) => {
    const refusal = refusalOf(error);
    // socket.active is false when the server refused: Socket.IO will not try again by itself.
    if (refusal && !socket.active) set({ status: 'refused', refusal });
    else set({ status: 'lost' });
  });
  socket.on(SERVER_EVENTS.phoneView, (view) => set({ view, voteRefused: false }));
  socket.on(SERVER_EVENTS.closed, () => {
    set({ status: 'closed' });
    socket.disconnect();
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async vote(option) {
      const ballot = state.view?.ballot;
      if (!ballot) return;
      const ack = await request<{ view: PhoneView; seq: number }>((reply) =>
        socket.emit('vote', { ballot: ballot.id, option }, reply),
      );
      if (ack.ok) set({ view: ack.value.view, voteRefused: false });
      else set({ voteRefused: true });
    },
    close: () => socket.disconnect(),
  };
}
