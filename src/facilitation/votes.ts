/** Pure helpers of the flow's votes: which counts fit, the majority. */
import type { Votes } from './flow.types.ts';

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
