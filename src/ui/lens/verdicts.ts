/** Verdicts as the screens show them: a mark per kind, and the rationale in the reader's language. */
import {
  HIERARCHIES,
  localize,
  type Hierarchy,
  type Language,
  type Verdict,
  type VerdictKind,
} from '../../engine/index.ts';

// The mark's shape repeats the word, so a verdict never depends on colour alone.
export const VERDICT_MARKS: Record<VerdictKind, string> = {
  respects: '✓',
  strains: '!',
  violates: '✕',
};

export interface LensVerdict {
  verdict: VerdictKind;
  /** One sentence, already in the reader's language. */
  why: string;
}

/** A choice's verdicts with their rationale in the reader's language. */
export function lensVerdicts(
  verdicts: Record<Hierarchy, Verdict>,
  language: Language,
): Record<Hierarchy, LensVerdict> {
  const entries = HIERARCHIES.map((h) => [
    h,
    { verdict: verdicts[h].verdict, why: localize(verdicts[h].why, language) },
  ]);
  return Object.fromEntries(entries) as Record<Hierarchy, LensVerdict>;
}
