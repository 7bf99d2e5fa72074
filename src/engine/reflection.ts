/** Which reflection questions fit a run: those about what happened on the path played. */
import { holds } from './conditions.ts';
import type { Scenario } from './scenario.ts';
import type { ReflectionQuestion } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';

/** Whether a question fits a run: its `if` holds, and the run chose in its `about` scene. */
export function questionApplies(question: ReflectionQuestion, run: RunContext): boolean {
  if (question.about !== undefined && !run.history.some((c) => c.scene === question.about))
    return false;
  return holds(question.if, run);
}

/** The reflection questions that apply to a run, judged on its context (at its end), in order. */
export function reflectionQuestionsFor(scenario: Scenario, run: RunContext): ReflectionQuestion[] {
  return (scenario.reflection ?? []).filter((question) => questionApplies(question, run));
}
