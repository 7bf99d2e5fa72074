/**
 * The browser's end of the live channel, typed by the room protocol. Only room screens import
 * this module, so socket.io-client stays out of the first screen's bundle.
 */
import { io, type Socket } from 'socket.io-client';
import { REFUSALS, ROOM_PATH, SERVER_EVENTS, type Refusal } from '../../room/constants.ts';
import type {
  Ack,
  Auth,
  Ballot,
  PhoneView,
  Reveal,
  RoomInfo,
  Tally,
  VoteReceipt,
} from '../../room/protocol.ts';

type Reply<T> = (ack: Ack<T>) => void;

interface ServerEvents {
  [SERVER_EVENTS.phoneView]: (view: PhoneView) => void;
  [SERVER_EVENTS.tally]: (tally: Tally) => void;
  [SERVER_EVENTS.closed]: () => void;
}

interface ClientEvents {
  'room:open': (payload: { language: 'nl' | 'en' }, reply: Reply<RoomInfo>) => void;
  'ballot:open': (ballot: Ballot, reply: Reply<undefined>) => void;
  'ballot:close': (payload: { ballot: string }, reply: Reply<Tally>) => void;
  'ballot:reveal': (reveal: Reveal, reply: Reply<undefined>) => void;
  'ballot:clear': (payload: Record<string, never>, reply: Reply<undefined>) => void;
  'room:close': (payload: Record<string, never>, reply: Reply<undefined>) => void;
  vote: (payload: { ballot: string; option: string }, reply: Reply<VoteReceipt>) => void;
}

export type RoomSocket = Socket<ServerEvents, ClientEvents>;

/**
 * Connect to the server that served this page (or to `url`); Socket.IO starts with long-polling
 * and upgrades to a WebSocket where the network allows.
 */
export function connect(auth: Auth, url?: string): RoomSocket {
  const options = { path: ROOM_PATH, auth, reconnectionDelayMax: 4000 };
  return url === undefined ? io(options) : io(url, options);
}

/** The server's reason for refusing a connection, or undefined for a network failure. */
export function refusalOf(error: Error): Refusal | undefined {
  return REFUSALS.find((refusal) => refusal === error.message);
}

/** Send and wait for the server's ack; a lost connection or a slow server counts as a failure. */
export function request<T>(send: (reply: Reply<T>) => void, timeoutMs = 5000): Promise<Ack<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs);
    send((ack) => {
      clearTimeout(timer);
      resolve(ack);
    });
  });
}
