/** The facilitation flow's data: plain JSON, so it can be saved and sent to the audience window. */
import type { Hierarchy, RunContext, Verdict } from '../engine/index.ts';

/** Where the flow is at a choice point or scene: the machine's top-level states. */
export const PHASES = [
  'scene',
  'options',
  'discussion',
  'voting',
  'voted',
  'revealing',
  'consequences',
  'ending',
  'debrief',
] as const;
export type Phase = (typeof PHASES)[number];

/** Show of hands typed in by the facilitator, or votes from phones. */
export type VoteSource = 'hands' | 'phones';

export interface Votes {
  /** Votes per option id; options on offer only. */
  counts: Record<string, number>;
  source: VoteSource;
}

export type DecidedBy = 'majority' | 'facilitator';

/** One choice point as the room went through it. */
export interface RoomChoice {
  scene: string;
  /** The options on offer, in order, so the debrief can show options nobody voted for. */
  offered: string[];
  votes: Votes;
  option: string;
  decidedBy: DecidedBy;
  verdicts: Record<Hierarchy, Verdict>;
  /** The run just before the decision: "what if" starts again from here. */
  runBefore: RunContext;
}

/** A path the room took and left with "what if", kept for the debrief. */
export interface EarlierPath {
  choices: RoomChoice[];
  /** The step where the room left it (an ending id when it had reached one). */
  leftAt: string;
}

/** The discussion timer. Time is data: events carry the clock, so nothing here reads one. */
export interface DiscussionTimer {
  durationMs: number;
  /** Time run before the last start. */
  elapsedMs: number;
  /** The clock at the last start; null when stopped. */
  runningSince: number | null;
}

/** The part of the context BACK restores: everything that is a position in the flow. */
export interface FlowPosition {
  phase: Phase;
  /** The case's step (scene or ending id) and its run: the run is the one source of what is allowed. */
  at: string;
  run: RunContext;
  /** Lines shown so far: the scene's lines, or in `consequences` the reaction's, or the ending's. */
  linesShown: number;
  /** The current choice point's votes; null before voting opens. */
  votes: Votes | null;
  /** How many verdicts are shown, in HIERARCHIES order (0–3). */
  revealed: number;
  /** Choice points decided on the current path, the last one being the current when decided. */
  choices: RoomChoice[];
  earlierPaths: EarlierPath[];
}

export interface FlowContext extends Omit<FlowPosition, 'phase'> {
  scenarioId: string;
  /** Positions before each step, newest last: BACK pops one. */
  past: FlowPosition[];
  timer: DiscussionTimer;
  /** The projector shows nothing; the flow does not move. */
  blackout: boolean;
  help: boolean;
}

export type FlowEvent =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'DISCUSS' }
  | { type: 'TIMER.START'; now: number }
  | { type: 'TIMER.STOP'; now: number }
  | { type: 'TIMER.RESET' }
  | { type: 'TIMER.DURATION'; ms: number }
  | { type: 'VOTING.OPEN' }
  | { type: 'VOTES.SET'; counts: Record<string, number>; source: VoteSource }
  | { type: 'VOTING.CLOSE' }
  | { type: 'DECIDE.MAJORITY' }
  | { type: 'DECIDE.PICK'; option: string }
  | { type: 'REVEAL.NEXT' }
  | { type: 'WHATIF'; choice: number }
  | { type: 'BLACKOUT.TOGGLE' }
  | { type: 'HELP.TOGGLE' };
