/**
 * The teaching's first guard: a run that crossed a line (an option with a `violates` verdict) must
 * not end well. Every situation a run can be in is already explored (situations.ts, with the
 * engine's own steps); this walks those situations once more, each with or without a violation
 * behind it, breadth first, so the first run to reach a good ending with one is a shortest.
 */
import type { Scenario } from '../engine/scenario.ts';
import type { Option } from '../engine/scenario.schema.ts';
import { HIERARCHIES, type Hierarchy } from '../engine/vocabulary.ts';
import { finding, type Finding } from './problem.ts';
import type { Exploration } from './situations.ts';

/** One choice on a reported path, and the hierarchies it violates (none for most). */
export interface PathStep {
  scene: string;
  option: string;
  violates: Hierarchy[];
}

const violated = (option: Option) =>
  HIERARCHIES.filter((h) => option.verdicts[h].verdict === 'violates');

/** An error at every good ending some run reaches after a violation, with the shortest such run. */
export function checkViolationPaths(scenario: Scenario, explored: Exploration): Finding[] {
  const good = new Set(
    Object.entries(scenario.endings)
      .filter(([, ending]) => ending.tone === 'good')
      .map(([id]) => id),
  );
  if (!good.size) return [];
  const { situations, moves, start } = explored;
  // A node is a situation with one bit more: whether a violation lies behind the run.
  const node = (key: string, crossed: boolean) => (crossed ? `1${key}` : `0${key}`);
  const back = new Map<string, { from: string; step?: PathStep }>();
  back.set(node(start, false), { from: '' });
  const queue: [string, boolean][] = [[start, false]];
  const found = new Map<string, string>(); // good ending → the node its shortest violating run reaches
  for (let i = 0; i < queue.length && found.size < good.size; i++) {
    const [key, crossed] = queue[i] as [string, boolean];
    const here = node(key, crossed);
    const at = situations.get(key)?.at ?? '';
    if (crossed && good.has(at) && !found.has(at)) found.set(at, here);
    for (const [event, to] of moves.get(key) ?? []) {
      let step: PathStep | undefined;
      if (event.type === 'choice.select') {
        const option = scenario.scenes[at]?.choice?.options.find((o) => o.id === event.option);
        step = { scene: at, option: event.option, violates: option ? violated(option) : [] };
      }
      const after = crossed || Boolean(step?.violates.length);
      const next = node(to, after);
      if (back.has(next)) continue;
      back.set(next, { from: here, step });
      queue.push([to, after]);
    }
  }
  return [...found].map(([ending, reached]) =>
    finding(
      'violation-reaches-good-ending',
      ['endings', ending],
      { steps: pathTo(reached, back) },
      { atKey: true },
    ),
  );
}

/** The choices of the run that reached a node, from the start. */
function pathTo(reached: string, back: Map<string, { from: string; step?: PathStep }>) {
  const steps: PathStep[] = [];
  for (let at = back.get(reached); at?.from; at = back.get(at.from))
    if (at.step) steps.push(at.step);
  return steps.reverse();
}
