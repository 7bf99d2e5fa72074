/** Pure helpers of the flow: votes, the majority, the timer. */
import type { DiscussionTimer, Votes } from './flow.types.ts';

/** Counts that fit the options on offer: known options, whole numbers, none negative. */
export function countsFit(counts: Record<string, number>, offered: readonly string[]): boolean {
  return Object.entries(counts).every(
    ([option, count]) => offered.includes(option) && Number.isInteger(count) && count >= 0,
  );
}

/** Zero for every option on offer, then the given counts: the debrief lists every option. */
export function fullCounts(
  counts: Record<string, number>,
  offered: readonly string[],
): Record<string, number> {
  return Object.fromEntries(offered.map((option) => [option, counts[option] ?? 0]));
}

/** The option with the most votes; undefined on a tie for first or when nobody voted. */
export function majorityOf(votes: Votes | null): string | undefined {
  if (!votes) return undefined;
  const ranked = Object.entries(votes.counts).sort(([, a], [, b]) => b - a);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

export const STOPPED_TIMER: DiscussionTimer = { durationMs: 0, elapsedMs: 0, runningSince: null };

/** Time the discussion has run at `now` (the caller's clock). */
export function elapsedMs(timer: DiscussionTimer, now: number): number {
  const running = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedMs + running;
}

/** Time left at `now`; never below zero. With no duration set the timer only counts up. */
export function remainingMs(timer: DiscussionTimer, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}
