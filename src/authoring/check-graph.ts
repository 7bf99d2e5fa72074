/** Graph checks: every scene and ending reachable, no dead end, no loop without a way out. */
import { questionApplies } from '../engine/reflection.ts';
import { routeTargets } from '../engine/run.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { RunEvent } from '../engine/run.types.ts';
import { finding, type Finding } from './problem.ts';
import { explore, RUN_LENGTH_LIMIT, SITUATION_LIMIT, type Exploration } from './situations.ts';

/** Everything reachable from the starts by following `next`. */
function reachable(
  starts: Iterable<string>,
  next: (from: string) => Iterable<string>,
): Set<string> {
  const seen = new Set(starts);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const target of next(queue[i] as string)) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/** The scenes and endings some route leads to from the start, whatever the conditions. */
function structurallyReachable(scenario: Scenario): Set<string> {
  return reachable([scenario.start], (id) => {
    const scene = scenario.scenes[id];
    const targets = scene?.next === undefined ? [] : routeTargets(scene.next);
    for (const option of scene?.choice?.options ?? []) targets.push(...routeTargets(option.next));
    return targets;
  });
}

const stepPath = (scenario: Scenario, id: string) => [
  scenario.endings[id] ? 'endings' : 'scenes',
  id,
];
const describePath = (events: RunEvent[]) =>
  events.flatMap((e) => (e.type === 'choice.select' ? [`'${e.option}'`] : [])).join(' → ');

/** The graph findings of a scenario whose references are all sound. */
export function checkGraph(scenario: Scenario, limit = SITUATION_LIMIT): Finding[] {
  return checkExplored(scenario, explore(scenario, limit), limit);
}

/**
 * The same, on an exploration the caller has made already (the validator shares one with the check
 * of violation paths); undefined when exploring took more than `limit` steps.
 */
export function checkExplored(
  scenario: Scenario,
  explored: Exploration | undefined,
  limit = SITUATION_LIMIT,
): Finding[] {
  const found: Finding[] = [];
  const structural = structurallyReachable(scenario);
  for (const id of [...Object.keys(scenario.scenes), ...Object.keys(scenario.endings)]) {
    if (structural.has(id)) continue;
    found.push(
      finding(
        'unreachable',
        stepPath(scenario, id),
        { id, ending: Boolean(scenario.endings[id]) },
        { atKey: true },
      ),
    );
  }
  if (!explored)
    return [...found, finding('too-many-situations', [], { limit }, { severity: 'warning' })];
  if (explored.cut.size)
    found.push(finding('run-too-long', [], { limit: RUN_LENGTH_LIMIT }, { severity: 'warning' }));
  const deadEnds = findDeadEnds(scenario, explored, found);
  // Steps kept out of reach only by a dead end, or beyond runs not followed to the end, are not
  // reported: fixing the dead end, or the checker looking further, may reach them.
  if (!deadEnds.size && !explored.cut.size) {
    const reached = new Set([...explored.situations.values()].map((s) => s.at));
    for (const id of structural) {
      if (!reached.has(id))
        found.push(
          finding('unreachable-by-conditions', stepPath(scenario, id), { id }, { atKey: true }),
        );
    }
  }
  findTraps(scenario, explored, deadEnds, found);
  if (!explored.cut.size) findQuestionsNeverAsked(scenario, explored, found);
  return found;
}

/** Reflection questions that no run reaching an ending gets: their `if` or `about` never fits. */
function findQuestionsNeverAsked(
  scenario: Scenario,
  { situations }: Exploration,
  found: Finding[],
) {
  const ends = [...situations.values()].filter((s) => Object.hasOwn(scenario.endings, s.at));
  for (const [i, question] of (scenario.reflection ?? []).entries()) {
    if (question.if === undefined && question.about === undefined) continue;
    if (ends.some((end) => questionApplies(question, end.run))) continue;
    const path = ['reflection', i, question.if ? 'if' : 'about'];
    found.push(
      finding('reflection-never-asked', path, { about: question.about }, { severity: 'warning' }),
    );
  }
}

/** Situations in a scene where nothing is on offer; reports each scene once. Returns their keys. */
function findDeadEnds(
  scenario: Scenario,
  { situations, edges, cut, runsTo }: Exploration,
  found: Finding[],
): Set<string> {
  const blocked = new Set<string>();
  const first = new Map<string, string>(); // scene → the key of its shallowest dead end
  for (const [key, { at, depth }] of situations) {
    // Every event on offer makes an edge, if only back to the same situation.
    if (!scenario.scenes[at] || cut.has(key) || edges.get(key)?.size) continue;
    blocked.add(key);
    const known = first.get(at);
    if (known === undefined || depth < (situations.get(known)?.depth ?? Infinity))
      first.set(at, key);
  }
  const runs = runsTo(first.values());
  for (const [at, key] of first) {
    found.push(
      finding(
        'dead-end',
        ['scenes', at],
        { path: describePath(runs.get(key) ?? []) },
        { atKey: true },
      ),
    );
  }
  return blocked;
}

/** Situations a run cannot get out of: loops without a way out. */
function findTraps(
  scenario: Scenario,
  { situations, edges, cut, runsTo }: Exploration,
  blocked: Set<string>,
  found: Finding[],
) {
  const predecessors = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const list = predecessors.get(to);
      if (list) list.push(from);
      else predecessors.set(to, [from]);
    }
  }
  const finished = [...situations]
    .filter(([, s]) => Object.hasOwn(scenario.endings, s.at))
    .map(([k]) => k);
  // A run gets out of a situation when it can reach an ending, a dead end (reported on its own)
  // or a run too long to follow. A situation with no way out is caught in a loop.
  const getsOut = reachable([...finished, ...blocked, ...cut], (k) => predecessors.get(k) ?? []);
  const trapped = [...situations]
    .filter(([k]) => !getsOut.has(k))
    .sort(([, a], [, b]) => a.depth - b.depth);
  const reported = new Set<string>();
  const traps: { key: string; at: string; loop: string[] }[] = [];
  for (const [key, { at }] of trapped) {
    if (reported.has(at)) continue;
    const loopKeys = reachable([key], (k) =>
      [...(edges.get(k) ?? [])].filter((t) => !getsOut.has(t)),
    );
    const loop = [...new Set([...loopKeys].map((k) => situations.get(k)?.at ?? '?'))];
    loop.forEach((step) => reported.add(step));
    traps.push({ key, at, loop });
  }
  const runs = runsTo(traps.map((trap) => trap.key));
  for (const { key, at, loop } of traps) {
    found.push(
      finding(
        'no-exit',
        ['scenes', at],
        { path: describePath(runs.get(key) ?? []), loop: loop.join(' → ') },
        { atKey: true },
      ),
    );
  }
}
