/** Two versions of a run, aligned choice point by choice point, for the side-by-side comparison. */
import type { BranchDebrief, BranchResult } from './debrief-model.ts';

export type ReviewedChoice = BranchDebrief['analysis']['choices'][number];

export type AlignedPoint =
  /** Both versions made the same choice here (same scene, same option). */
  | { kind: 'same'; index: number; choice: ReviewedChoice }
  /** The versions differ here; a side without a choice has ended or not got this far. */
  | { kind: 'differs'; index: number; left?: ReviewedChoice; right?: ReviewedChoice };

/** The n-th choice of each version side by side, marked the same or different. */
export function alignChoices(left: BranchDebrief, right: BranchDebrief): AlignedPoint[] {
  const a = left.analysis.choices;
  const b = right.analysis.choices;
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index): AlignedPoint => {
    const l = a[index];
    const r = b[index];
    if (l && r && l.choice.scene === r.choice.scene && l.choice.option === r.choice.option)
      return { kind: 'same', index, choice: l };
    return { kind: 'differs', index, ...(l ? { left: l } : {}), ...(r ? { right: r } : {}) };
  });
}

/**
 * The pair to compare first: the version shown and the one it was rewound from (or, for the
 * first version, the next one), as [left, right] in creation order.
 */
export function defaultPair(
  results: readonly BranchResult[],
  activeBranch: string,
): [string, string] {
  const active = results.find((r) => r.branch.id === activeBranch) ?? results[0];
  const ids = results.map((r) => r.branch.id);
  if (!active) return ['', ''];
  const origin = active.branch.forkedFrom?.branch;
  const other =
    origin && ids.includes(origin) ? origin : (ids.find((id) => id !== active.branch.id) ?? '');
  return ids.indexOf(other) < ids.indexOf(active.branch.id)
    ? [other, active.branch.id]
    : [active.branch.id, other];
}
