import type { Condition } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';
import { HIERARCHIES } from './vocabulary.ts';

/** Whether a condition holds in this run. Conditions are data: nothing is ever evaluated as code. */
export function holds(condition: Condition | undefined, run: RunContext): boolean {
  if (!condition) return true;
  if (condition.all) return condition.all.every((part) => holds(part, run));
  if (condition.any) return condition.any.some((part) => holds(part, run));
  if (condition.not) return !holds(condition.not, run);
  if (condition.flag !== undefined) return run.flags[condition.flag] === true;
  if (condition.chose !== undefined) return run.history.some((c) => c.option === condition.chose);
  if (condition.visited !== undefined)
    return run.timeline.some((t) => t.step === condition.visited);
  if (condition.violated !== undefined) {
    const hierarchies = condition.violated === 'any' ? HIERARCHIES : [condition.violated];
    return run.history.some((c) => hierarchies.some((h) => c.verdicts[h].verdict === 'violates'));
  }
  if (condition.meter !== undefined) {
    const value = run.meters[condition.meter] ?? 0;
    return (
      (condition.atLeast === undefined || value >= condition.atLeast) &&
      (condition.atMost === undefined || value <= condition.atMost)
    );
  }
  return true;
}
