/** Pure helpers for the triangle: how good a meter value is, and how to print a change. */
import type { MeterDefinition } from '../../engine/index.ts';

export type Rating = 'strong' | 'strained' | 'damaged';

/** Where a value stands between worst (0) and best (1), honouring the meter's `better` direction. */
export function quality(value: number, definition: MeterDefinition): number {
  const span = definition.max - definition.min;
  // A meter without range cannot be judged; call it the middle rather than divide by zero.
  if (span <= 0) return 0.5;
  const share = Math.min(1, Math.max(0, (value - definition.min) / span));
  return definition.better === 'lower' ? 1 - share : share;
}

/**
 * The word for a relationship. The cut-offs put the shared meters' starting values where the
 * cases begin: trust (60) strong, a disappointing working relationship (50) under strain.
 */
export function rating(value: number, definition: MeterDefinition): Rating {
  const q = quality(value, definition);
  if (q >= 0.6) return 'strong';
  if (q >= 0.3) return 'strained';
  return 'damaged';
}

/** A signed change with a real minus sign (−), which screen readers and projectors render clearly. */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${Math.abs(delta)}`;
  return '0';
}

/** The meters behind the triangle's sides: parents–pupil, parents–counsellor, pupil–counsellor. */
export type SideId = 'loyaltyConflict' | 'parentTrust' | 'workingRelationship';

/** What one side shows: nothing but its name when the scenario does not track its meter. */
export interface SideState {
  id: SideId;
  value?: number;
  rating?: Rating;
  definition?: MeterDefinition;
  /** The value before the last choice, and the change, when the choice changed it. */
  from?: number;
  delta?: number;
}

/** The state of one side, from the meters now and (optionally) before the last choice. */
export function sideState(
  id: SideId,
  meters: Record<string, number>,
  definitions: Record<string, MeterDefinition>,
  previous: Record<string, number> | undefined,
): SideState {
  const definition = definitions[id];
  const now = meters[id];
  if (!definition || now === undefined) return { id };
  const value = Math.round(now);
  const before = previous?.[id];
  const from = before === undefined ? undefined : Math.round(before);
  const delta = from === undefined || from === value ? undefined : value - from;
  return { id, value, rating: rating(value, definition), definition, from, delta };
}
