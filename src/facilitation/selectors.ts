/** What the presenter and the audience windows read from the flow's context. */
import { HIERARCHIES, type Hierarchy, type Verdict } from '../engine/index.ts';
import type { FlowContext } from './flow.types.ts';

/** The verdicts shown so far for the decided choice point, always in HIERARCHIES order. */
export function revealedVerdicts(
  context: FlowContext,
): { hierarchy: Hierarchy; verdict: Verdict }[] {
  const decided = context.choices.at(-1);
  if (!decided || decided.scene !== context.at) return [];
  return HIERARCHIES.slice(0, context.revealed).map((hierarchy) => ({
    hierarchy,
    verdict: decided.verdicts[hierarchy],
  }));
}
