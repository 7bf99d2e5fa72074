/** A choice's verdicts in one short line, for the compact path and the version comparison. */
import type { Hierarchy } from '../../engine/index.ts';
import type { Translate } from './translate.ts';

export interface VerdictSummary {
  /** Every hierarchy respected: the choice can collapse to one line. */
  respected: boolean;
  /** "Geschonden: …", when any hierarchy was violated. */
  violated?: string;
  /** "Belast: …", when any hierarchy was strained. */
  strained?: string;
}

/** What a choice did to the hierarchies, in the reader's words. */
export function verdictSummary(
  violated: readonly Hierarchy[],
  strained: readonly Hierarchy[],
  t: Translate,
): VerdictSummary {
  const names = (list: readonly Hierarchy[]) =>
    list.map((h) => t(`debrief.hierarchy.${h}`)).join(', ');
  return {
    respected: violated.length === 0 && strained.length === 0,
    ...(violated.length ? { violated: t('debrief.path.violated', { list: names(violated) }) } : {}),
    ...(strained.length ? { strained: t('debrief.path.strained', { list: names(strained) }) } : {}),
  };
}
