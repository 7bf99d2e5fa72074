/** The validator's findings by the scene or ending they are about, to mark them on the map. */
import type { Problem } from '../authoring/problem.ts';

export type MapFindings = ReadonlyMap<string, readonly Problem[]>;

export function findingsByNode(problems: readonly Problem[]): MapFindings {
  const byNode = new Map<string, Problem[]>();
  for (const problem of problems) {
    const [kind, id] = problem.path;
    if ((kind !== 'scenes' && kind !== 'endings') || typeof id !== 'string') continue;
    byNode.set(id, [...(byNode.get(id) ?? []), problem]);
  }
  return byNode;
}
