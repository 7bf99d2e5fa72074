/**
 * Archived releases of a case (scenarios/releases/<id>/<version>.json): the case as the app
 * received it at that version. Runs saved on an earlier version open on their own release.
 */
import type { BuiltScenario } from './catalog.ts';
import { contentHash } from './hash.ts';
import { releasedUnder } from './save.ts';
import type { Scenario } from './scenario.ts';

type Question = NonNullable<Scenario['reflection']>[number];

const hasId = (question: unknown): boolean =>
  typeof question === 'object' &&
  question !== null &&
  typeof (question as { id?: unknown }).id === 'string';

/**
 * Releases made before reflection questions had ids: each question gets its position ("0", "1",
 * …) as id, the key its answers were stored under then, so old answers stay with their question.
 */
function withQuestionIds(questions: readonly unknown[]): Question[] {
  return questions.map((question, index) =>
    hasId(question) ? question : { id: String(index), text: question },
  ) as Question[];
}

/**
 * Check an archived release and bring it to the shape the app uses today. The one place where old
 * releases are normalised; their saves keep the hash they were released under. Throws when the
 * archive is not a release or its content does not match its hash.
 */
export function restoreRelease(data: unknown): BuiltScenario {
  const { scenario, hash } = (data ?? {}) as Partial<BuiltScenario>;
  if (typeof scenario !== 'object' || scenario === null || typeof hash !== 'string')
    throw new Error('Not an archived release of a case.');
  if (contentHash(scenario) !== hash)
    throw new Error(`The archived release of ${scenario.id} ${scenario.version} is damaged.`);
  const restored: Scenario = scenario.reflection
    ? { ...scenario, reflection: withQuestionIds(scenario.reflection) }
    : scenario;
  releasedUnder(restored, hash);
  return { scenario: restored, hash };
}
