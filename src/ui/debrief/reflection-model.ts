/** Which reflection questions the debrief asks of a branch, for the screen and the reports. */
import {
  reflectionQuestionsFor,
  type ReflectionQuestion,
  type Scenario,
} from '../../engine/index.ts';
import type { BranchResult } from './debrief-model.ts';

/**
 * The questions that fit the branch played. When the engine cannot read the branch its path is
 * unknown: then the questions for every path, and any question already answered, so that an
 * export never leaves out what the trainee wrote.
 */
export function questionsFor(
  scenario: Scenario,
  result: BranchResult,
  answers: Record<string, string>,
): ReflectionQuestion[] {
  if (result.ok) return reflectionQuestionsFor(scenario, result.context);
  return (scenario.reflection ?? []).filter(
    (q) => (q.if === undefined && q.about === undefined) || Boolean(answers[q.id]?.trim()),
  );
}
