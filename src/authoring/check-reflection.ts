/** Checks of the reflection questions: an id of their own, and an `about` that names a choice. */
import type { ScenarioFile } from '../engine/scenario.schema.ts';
import { closest, finding, type Finding } from './problem.ts';

/** Duplicate ids and `about` references; conditions are checked with every other (walk.ts). */
export function checkReflection(file: ScenarioFile): Finding[] {
  const found: Finding[] = [];
  const withChoice = Object.keys(file.scenes).filter((id) => file.scenes[id]?.choice);
  const firstWithId = new Map<string, number>();
  for (const [i, question] of (file.reflection ?? []).entries()) {
    const first = firstWithId.get(question.id);
    if (first === undefined) firstWithId.set(question.id, i);
    else
      found.push(
        finding('reflection-duplicate-id', ['reflection', i, 'id'], {
          id: question.id,
          first: first + 1,
        }),
      );
    const about = question.about;
    if (about === undefined || file.scenes[about]?.choice) continue;
    const path = ['reflection', i, 'about'];
    const suggestion = closest(about, withChoice);
    const known = Object.hasOwn(file.scenes, about) || Object.hasOwn(file.endings, about);
    found.push(
      known
        ? finding('about-without-choice', path, {
            id: about,
            ending: Object.hasOwn(file.endings, about),
            suggestion,
          })
        : finding('about-unknown-scene', path, { id: about, suggestion }),
    );
  }
  return found;
}
