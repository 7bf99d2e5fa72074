/**
 * What each message does to a room, as plain functions on a Room: the checks first, then the
 * change. A rule returns the changed room, or the reason it refused (and then changed nothing).
 */
import type { Ballot, PhoneView, Reveal, Tally } from '../../room/protocol.ts';
import type { Room } from './room-store.ts';

export type Rule = (room: Room) => Room | string;

export function newRoom(
  code: string,
  owner: string,
  language: Room['language'],
  now: number,
): Room {
  return {
    code,
    owner,
    language,
    stage: 'waiting',
    ballot: null,
    votes: new Map(),
    received: 0,
    reveal: null,
    members: new Set(),
    createdAt: now,
    lastActive: now,
  };
}

/** A new ballot starts empty; the same ballot again (a reloaded presenter) keeps its votes. */
export const openBallot =
  (ballot: Ballot, now: number): Rule =>
  (room) => {
    const ids = ballot.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) return 'duplicate-option';
    const same = room.ballot?.id === ballot.id && sameOptions(room.ballot, ballot);
    if (!same) {
      room.votes = new Map();
      room.received = 0;
    }
    return Object.assign(room, { ballot, stage: 'open', reveal: null, lastActive: now });
  };

/** Closing a ballot that is already closed (or revealed) is no error: the outcome is the same. */
export const closeBallot =
  (ballotId: string, now: number): Rule =>
  (room) => {
    if (room.ballot?.id !== ballotId) return 'not-current-ballot';
    if (room.stage !== 'open') return room;
    return Object.assign(room, { stage: 'closed', lastActive: now });
  };

/** Each reveal carries the verdicts shown so far; revealing also ends the voting. */
export const revealBallot =
  (reveal: Reveal, now: number): Rule =>
  (room) => {
    if (room.ballot?.id !== reveal.ballot) return 'not-current-ballot';
    if (!room.ballot.options.some((o) => o.id === reveal.option)) return 'unknown-option';
    return Object.assign(room, { stage: 'revealed', reveal, lastActive: now });
  };

export const clearBallot =
  (now: number): Rule =>
  (room) =>
    Object.assign(room, {
      stage: 'waiting',
      ballot: null,
      votes: new Map(),
      received: 0,
      reveal: null,
      lastActive: now,
    });

/** A device's vote: only on the open ballot, for an option on it; a later vote replaces it. */
export const castVote =
  (device: string, ballotId: string, option: string, now: number): Rule =>
  (room) => {
    if (room.stage !== 'open' || room.ballot?.id !== ballotId) return 'not-open';
    if (!room.ballot.options.some((o) => o.id === option)) return 'unknown-option';
    room.votes.set(device, option);
    room.received += 1;
    room.lastActive = now;
    return room;
  };

export const addMember =
  (device: string): Rule =>
  (room) => {
    room.members.add(device);
    return room;
  };

export function phoneViewOf(room: Room, device: string | null): PhoneView {
  return {
    stage: room.stage,
    ballot: room.ballot,
    vote: (device !== null && room.votes.get(device)) || null,
    reveal: room.stage === 'revealed' ? room.reveal : null,
  };
}

export function tallyOf(room: Room, participants: number): Tally {
  const counts = new Map((room.ballot?.options ?? []).map((o) => [o.id, 0]));
  for (const option of room.votes.values()) counts.set(option, (counts.get(option) ?? 0) + 1);
  return {
    ballot: room.ballot?.id ?? null,
    // fromEntries defines own properties, so even an option id "__proto__" is an ordinary key.
    counts: Object.fromEntries(counts),
    voters: room.votes.size,
    participants,
    received: room.received,
  };
}

function sameOptions(a: Ballot, b: Ballot) {
  return (
    a.options.length === b.options.length && a.options.every((o, i) => o.id === b.options[i]?.id)
  );
}
