/**
 * The presenter's end of a live room: one connection with the key from the printed URL, the room
 * it opened (taken back after a reload or a server restart), the live tally, and the phones kept
 * at the stage the flow is at. The flow stays the one source of truth: after every reconnect the
 * wanted stage is sent again, and the server keeps a ballot's votes when it is reopened.
 */
import type { Language } from '../../engine/index.ts';
import { SERVER_EVENTS } from '../../room/constants.ts';
import type { RoomInfo, Tally } from '../../room/protocol.ts';
import type { PhoneStageWanted } from './ballot-of.ts';
import { connect, refusalOf, request, type RoomSocket } from './socket.ts';

export type PresenterStatus = 'connecting' | 'connected' | 'lost' | 'refused' | 'closed';

export interface PresenterState {
  status: PresenterStatus;
  room: RoomInfo | null;
  tally: Tally | null;
  /** The last command the server did not take, to show it. */
  failure: string | null;
}

export interface PresenterRoom {
  getState(): PresenterState;
  subscribe(listener: () => void): () => void;
  /** Bring the phones to this stage (sends only what changed). */
  show(wanted: PhoneStageWanted): void;
  /** Close the ballot now and return its final tally, so the flow freezes the counts the server froze. */
  closeBallot(ballot: string): Promise<Tally | null>;
  closeRoom(): Promise<boolean>;
  disconnect(): void;
}

const sameStage = (a: PhoneStageWanted | null, b: PhoneStageWanted) =>
  a !== null && JSON.stringify(a) === JSON.stringify(b);

/** The room of this key on the page's server (or the server at `url`). */
export function openPresenterRoom(key: string, language: Language, url?: string): PresenterRoom {
  let state: PresenterState = { status: 'connecting', room: null, tally: null, failure: null };
  const listeners = new Set<() => void>();
  const set = (change: Partial<PresenterState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };
  /**
   * What the flow wants the phones to see (unknown until the presenter view says so: a reloaded
   * presenter that connected first must not clear the ballot its flow is voting on), and what the
   * server has confirmed.
   */
  let wanted: PhoneStageWanted | null = null;
  let confirmed: PhoneStageWanted | null = null;
  let sending = false;

  const socket: RoomSocket = connect({ role: 'presenter', key }, url);
  const failed = (reason: string) => set({ failure: reason });

  /** One command at a time, always towards the latest wanted stage. */
  async function sync(): Promise<void> {
    if (sending || !socket.connected || !state.room) return;
    sending = true;
    try {
      while (wanted && !sameStage(confirmed, wanted)) {
        const target = wanted;
        const ok = await send(target);
        if (!ok) break;
        confirmed = target;
      }
    } finally {
      sending = false;
    }
  }

  async function send(target: PhoneStageWanted): Promise<boolean> {
    const check = (ack: { ok: boolean; reason?: string }) => {
      if (!ack.ok) failed(ack.reason ?? 'unknown');
      return ack.ok;
    };
    if (target.stage === 'waiting')
      return check(await request((reply) => socket.emit('ballot:clear', {}, reply)));
    if (target.stage === 'revealed')
      return check(await request((reply) => socket.emit('ballot:reveal', target.reveal, reply)));
    if (target.stage === 'closed') {
      const closed = await request((reply) =>
        socket.emit('ballot:close', { ballot: target.ballot.id }, reply),
      );
      if (closed.ok) return true;
      // The server does not have this ballot (it was never opened there): open it, then close it.
    }
    const opened = await request((reply) => socket.emit('ballot:open', target.ballot, reply));
    if (!check(opened)) return false;
    if (target.stage === 'open') return true;
    return check(
      await request((reply) => socket.emit('ballot:close', { ballot: target.ballot.id }, reply)),
    );
  }

  socket.on('connect', async () => {
    set({ status: 'connected', failure: null });
    const opened = await request<RoomInfo>((reply) =>
      socket.emit('room:open', { language }, reply),
    );
    if (!opened.ok) return failed(opened.reason);
    confirmed = null; // after a reconnect the server's stage is unknown: send it again
    set({ room: opened.value });
    void sync();
  });
  socket.on('disconnect', () => {
    if (state.status !== 'closed') set({ status: 'lost' });
  });
  socket.on('connect_error', (error) => {
    if (refusalOf(error) && !socket.active) set({ status: 'refused' });
    else set({ status: 'lost' });
  });
  socket.on(SERVER_EVENTS.tally, (tally) => set({ tally }));

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    show(next) {
      wanted = next;
      void sync();
    },
    async closeBallot(ballot) {
      const ack = await request<Tally>((reply) => socket.emit('ballot:close', { ballot }, reply));
      if (!ack.ok) {
        failed(ack.reason);
        return null;
      }
      set({ tally: ack.value });
      return ack.value;
    },
    async closeRoom() {
      const ack = await request((reply) => socket.emit('room:close', {}, reply));
      if (!ack.ok) {
        failed(ack.reason);
        return false;
      }
      set({ status: 'closed', room: null, tally: null });
      socket.disconnect();
      return true;
    },
    disconnect: () => socket.disconnect(),
  };
}
