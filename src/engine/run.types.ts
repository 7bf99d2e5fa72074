import type { Effects, Hierarchy, LocalizedText, Verdict } from './scenario.schema.ts';

/** One choice the trainee made. */
export interface ChoiceRecord {
  /** Position in the run, from 0. */
  index: number;
  scene: string;
  option: string;
  week: number;
  verdicts: Record<Hierarchy, Verdict>;
  /** The meters right after the choice's immediate effects. */
  metersAfter: Record<string, number>;
}

/** A consequence scheduled by a choice, waiting for its week. */
export interface PendingEffect {
  /** The index of the choice that caused it. */
  fromChoice: number;
  dueWeek: number;
  effects: Effects;
  note: LocalizedText;
}

/** A delayed consequence that has landed. */
export interface LandedEffect extends PendingEffect {
  /** The scene or ending in which it landed, and that step's place on the timeline. */
  landedIn: string;
  landedAt: number;
  landedWeek: number;
}

/** The state of the run each time a scene or ending is entered. */
export interface TimelinePoint {
  step: string;
  week: number;
  meters: Record<string, number>;
  flags: Record<string, boolean>;
}

/** Everything a run knows: the machine's context. Plain data, so it can be saved. */
export interface RunContext {
  meters: Record<string, number>;
  flags: Record<string, boolean>;
  week: number;
  pending: PendingEffect[];
  landed: LandedEffect[];
  history: ChoiceRecord[];
  timeline: TimelinePoint[];
}

export type RunEvent = { type: 'choice.select'; option: string } | { type: 'scene.continue' };
