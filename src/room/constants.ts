/**
 * Room mode's constants, apart from the zod schemas in protocol.ts: the browser imports these
 * values (and only types from protocol.ts), so that zod's full build stays out of the app's chunks.
 */
/** Socket.IO's default path: `npm run room` serves the live channel there. */
export const ROOM_PATH = '/socket.io';
/** Largest message the server accepts (Socket.IO's maxHttpBufferSize); a ballot is far smaller. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
/** A room's participant cap unless the facilitator sets another. */
export const DEFAULT_PARTICIPANT_CAP = 2000;
/** Tallies reach the presenter at most this often. */
export const TALLY_INTERVAL_MS = 250;
/** Rooms nobody has used for this long are deleted at the next start. */
export const ROOM_IDLE_EXPIRY_MS = 12 * 60 * 60 * 1000;

/** Room codes: six characters, no 0/O or 1/I/L to misread on a projector. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;

/** Whether a text is a room code as the projector shows it. */
export const isRoomCode = (text: string) =>
  text.length === ROOM_CODE_LENGTH && [...text].every((c) => ROOM_CODE_ALPHABET.includes(c));

/** Why the server refused a connection (the `message` of the client's connect_error). */
export const REFUSALS = [
  'bad-handshake',
  'wrong-key',
  'unknown-room',
  'too-many-attempts',
  'room-full',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** The stages of the room as a phone sees it. */
export const PHONE_STAGES = ['waiting', 'open', 'closed', 'revealed'] as const;
export type PhoneStage = (typeof PHONE_STAGES)[number];

/** Server → clients (event names). */
export const SERVER_EVENTS = {
  /** To a phone: its whole view, after every change that concerns it. */
  phoneView: 'room:view',
  /** To the presenter: the live tally, at most every TALLY_INTERVAL_MS. */
  tally: 'room:tally',
  /** To everyone: the facilitator closed the room. */
  closed: 'room:closed',
} as const;
