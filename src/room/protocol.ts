/**
 * Room mode's live channel: the messages between the room server, the presenter and the phones,
 * as zod schemas shared by both ends. The server validates everything it receives with these;
 * anything that does not parse is dropped. Texts travel in the room's language, ready to show, so a
 * phone needs no copy of the case.
 *
 * The presenter's flow stays the one source of truth: the server only holds the current ballot,
 * the votes on it and what has been revealed, so that phones can join late and reconnect.
 */
import { z } from 'zod';
import { HIERARCHIES, VERDICTS } from '../engine/vocabulary.ts';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH, type PhoneStage } from './constants.ts';

export * from './constants.ts';

export const RoomCodeSchema = z
  .string()
  .length(ROOM_CODE_LENGTH)
  .regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]+$`));

/** Ids the case uses (scene and option ids), and a phone's anonymous device id. */
const IdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/);
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const Text = (max: number) => z.string().min(1).max(max);

/** How a client introduces itself in Socket.IO's handshake (`auth`). */
export const PresenterAuthSchema = z.strictObject({
  role: z.literal('presenter'),
  /** The secret from the presenter URL the server printed. */
  key: z.string().min(16).max(128),
});
export const PhoneAuthSchema = z.strictObject({
  role: z.literal('phone'),
  room: RoomCodeSchema,
  device: DeviceIdSchema,
});
export const AuthSchema = z.discriminatedUnion('role', [PresenterAuthSchema, PhoneAuthSchema]);
export type Auth = z.infer<typeof AuthSchema>;

/** What the phones vote on: one choice point, its texts in the room's language. */
export const BallotSchema = z.strictObject({
  /** Unique within the room: a choice point taken again ("what if") gets a new id. */
  id: IdSchema,
  caseTitle: Text(200),
  question: Text(600),
  options: z
    .array(z.strictObject({ id: IdSchema, label: Text(8), text: Text(600) }))
    .min(2)
    .max(9),
});
export type Ballot = z.infer<typeof BallotSchema>;

/** The decided option and its verdicts, revealed one hierarchy at a time. */
export const RevealSchema = z.strictObject({
  ballot: IdSchema,
  option: IdSchema,
  verdicts: z
    .array(
      z.strictObject({
        hierarchy: z.enum(HIERARCHIES),
        verdict: z.enum(VERDICTS),
        /** "Emotional hierarchy: respects", ready to show. */
        label: Text(120),
        text: Text(1200),
      }),
    )
    .max(HIERARCHIES.length),
});
export type Reveal = z.infer<typeof RevealSchema>;

export interface PhoneView {
  stage: PhoneStage;
  ballot: Ballot | null;
  /** This device's vote on the ballot, kept across reconnects. */
  vote: string | null;
  reveal: Reveal | null;
}

/** Live counts for the presenter. */
export interface Tally {
  ballot: string | null;
  counts: Record<string, number>;
  /** Devices that voted on the ballot. */
  voters: number;
  /** Phones connected now. */
  participants: number;
  /** Votes (and changes of vote) the server accepted on this ballot, in order: a vote's ack
   *  carries its number, so a tally with `received` ≥ that number includes it. */
  received: number;
}

/** The ack of a vote: the phone's new view, and the vote's number on this ballot. */
export interface VoteReceipt {
  view: PhoneView;
  seq: number;
}

/** The presenter's answer to `room:open`. */
export interface RoomInfo {
  code: string;
  /** The join page as phones should open it: `<public url>/#/join/<code>`. */
  joinUrl: string;
  participantCap: number;
}

/** Presenter → server. Each is validated with its schema; the ack reports the outcome. */
export const PresenterMessages = {
  /** Open the room (or take back the one this server already has): ack RoomInfo. */
  'room:open': z.strictObject({ language: z.enum(['nl', 'en']) }),
  'ballot:open': BallotSchema,
  /** Ack: the Tally as closed (closing again changes nothing and answers the same). */
  'ballot:close': z.strictObject({ ballot: IdSchema }),
  'ballot:reveal': RevealSchema,
  /** Back to "waiting" (the flow went back before the vote). */
  'ballot:clear': z.strictObject({}),
  /** End the room: phones are told, the snapshot is deleted. */
  'room:close': z.strictObject({}),
} as const;

/** Phone → server. */
export const PhoneMessages = {
  vote: z.strictObject({ ballot: IdSchema, option: IdSchema }),
} as const;

/** The ack every client → server message gets. */
export type Ack<T = undefined> = { ok: true; value: T } | { ok: false; reason: string };
