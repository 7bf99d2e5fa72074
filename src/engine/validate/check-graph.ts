/**
 * Graph checks: every scene and ending reachable, no dead end, no loop without a way out.
 * Explores every situation a run can be in with xstate/graph's shortest paths.
 */
import { getShortestPaths } from 'xstate/graph';
import { compileScenario, type ScenarioMachine } from '../compile.ts';
import { conditionParts } from '../conditions.ts';
import { availableOptions, routeTargets } from '../run.ts';
import type { Scenario } from '../scenario.ts';
import type { Condition } from '../scenario.schema.ts';
import type { RunContext, RunEvent } from '../run.types.ts';
import { finding, type Finding } from './problem.ts';

type Snapshot = ReturnType<ScenarioMachine['getInitialSnapshot']>;

/** How many situations to explore before giving up on the situational checks. */
export const SITUATION_LIMIT = 50_000;
/** Runs are followed this many steps deep; a longer run is taken to be able to end. */
export const RUN_LENGTH_LIMIT = 200;

/** The events a run can take next: the options on offer, or continuing. */
export function nextEvents(scenario: Scenario, snapshot: Snapshot): RunEvent[] {
  if (snapshot.status !== 'active') return [];
  const scene = String(snapshot.value);
  if (!scenario.scenes[scene]?.choice) return [{ type: 'scene.continue' }];
  return availableOptions(scenario, snapshot.context, scene).map((o) => ({
    type: 'choice.select',
    option: o.id,
  }));
}

/**
 * A key for a situation holding only what can change the run's future: the scene, the week, and
 * the meters, flags, choices and pending effects that some condition reads. Two runs with the same
 * key behave the same from here on, so exploring one of them is enough.
 */
export function situationKey(scenario: Scenario): (snapshot: Snapshot) => string {
  const read = readByConditions(scenario);
  const pick = (values: Record<string, number | boolean>, keep: Set<string>) =>
    Object.keys(values)
      .filter((k) => keep.has(k))
      .map((k) => values[k]);
  return ({ value, context: run }: Snapshot) =>
    JSON.stringify([
      value,
      run.week,
      pick(run.meters, read.meters),
      pick(run.flags, read.flags),
      run.pending
        .filter((p) =>
          Object.keys({ ...p.effects.meters, ...p.effects.flags }).some(
            (k) => read.meters.has(k) || read.flags.has(k),
          ),
        )
        .map((p) => [p.dueWeek, p.effects]),
      read.chose ? run.history.map((c) => c.option).sort() : 0,
      read.visited ? [...new Set(run.timeline.map((t) => t.step))].sort() : 0,
    ]);
}

function readByConditions(scenario: Scenario) {
  const read = {
    meters: new Set<string>(),
    flags: new Set<string>(),
    chose: false,
    visited: false,
  };
  const note = (condition: Condition | undefined) => {
    for (const part of conditionParts(condition)) {
      if (part.meter) read.meters.add(part.meter);
      if (part.flag) read.flags.add(part.flag);
      read.chose ||= part.chose !== undefined;
      read.visited ||= part.visited !== undefined;
    }
  };
  const noteLines = (lines: { if?: Condition }[] | undefined) =>
    lines?.forEach((line) => note(line.if));
  for (const scene of Object.values(scenario.scenes)) {
    noteLines(scene.lines);
    if (typeof scene.next === 'object') scene.next.forEach((entry) => note(entry.if));
    for (const option of scene.choice?.options ?? []) {
      note(option.if);
      noteLines(option.reaction);
      if (typeof option.next === 'object') option.next.forEach((entry) => note(entry.if));
    }
  }
  return read;
}

/** Everything reachable from the starts by following `next`. */
function reachable(
  starts: Iterable<string>,
  next: (from: string) => Iterable<string>,
): Set<string> {
  const seen = new Set(starts);
  const queue = [...seen];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    for (const target of next(item)) {
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
    const routes = [scene?.next, ...(scene?.choice?.options.map((o) => o.next) ?? [])];
    return routes.flatMap((r) => (r === undefined ? [] : routeTargets(r)));
  });
}

const stepPath = (scenario: Scenario, id: string) => [
  scenario.endings[id] ? 'endings' : 'scenes',
  id,
];

/** The graph findings of a scenario whose references are all sound. */
export function checkGraph(scenario: Scenario, limit = SITUATION_LIMIT): Finding[] {
  const found: Finding[] = [];
  const structural = structurallyReachable(scenario);
  for (const id of [...Object.keys(scenario.scenes), ...Object.keys(scenario.endings)]) {
    if (!structural.has(id))
      found.push(
        finding(
          'unreachable',
          stepPath(scenario, id),
          { id, ending: Boolean(scenario.endings[id]) },
          { atKey: true },
        ),
      );
  }

  const machine = compileScenario(scenario);
  const key = situationKey(scenario);
  // Observe every transition the traversal takes, to know which situations lead where.
  const edges = new Map<string, Set<string>>();
  const observed = Object.create(machine) as ScenarioMachine;
  observed.transition = (snapshot, event, scope) => {
    const next = machine.transition(snapshot, event, scope);
    const from = key(snapshot);
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)?.add(key(next));
    return next;
  };
  let paths;
  try {
    paths = getShortestPaths(observed, {
      events: (s) => nextEvents(scenario, s),
      serializeState: key,
      limit,
      stopWhen: (s) => s.context.timeline.length > RUN_LENGTH_LIMIT,
    });
  } catch (error) {
    if (!(error instanceof Error) || !/limit/i.test(error.message)) throw error;
    return [...found, finding('too-many-situations', [], { limit }, { severity: 'warning' })];
  }

  const describePath = (history: RunContext['history']) =>
    history.map((c) => `'${c.option}'`).join(' → ');

  // Dead ends: a scene where nothing is on offer.
  const deadEnds = new Set<string>();
  const blocked = new Set<string>();
  for (const { state } of paths) {
    if (state.status === 'active' && nextEvents(scenario, state).length === 0) {
      blocked.add(key(state));
      const scene = String(state.value);
      if (!deadEnds.has(scene))
        found.push(
          finding(
            'dead-end',
            ['scenes', scene],
            { path: describePath(state.context.history) },
            { atKey: true },
          ),
        );
      deadEnds.add(scene);
    }
  }

  // Steps that only a dead end keeps from being reached are that dead end's echo: not reported.
  const reached = new Set(paths.map((p) => String(p.state.value)));
  for (const id of deadEnds.size ? [] : structural) {
    if (!reached.has(id))
      found.push(
        finding('unreachable-by-conditions', stepPath(scenario, id), { id }, { atKey: true }),
      );
  }

  // Loops without a way out: situations from which no ending can be reached.
  const byKey = new Map(paths.map((p) => [key(p.state), p.state]));
  const predecessors = new Map<string, string[]>();
  for (const [from, targets] of edges)
    for (const to of targets) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  const cut = [...byKey].filter(
    ([, s]) => s.status === 'active' && s.context.timeline.length > RUN_LENGTH_LIMIT,
  );
  if (cut.length)
    found.push(finding('run-too-long', [], { limit: RUN_LENGTH_LIMIT }, { severity: 'warning' }));
  const finished = [...byKey].filter(([, s]) => s.status === 'done').map(([k]) => k);
  const canFinish = reachable(
    [...finished, ...cut.map(([k]) => k)],
    (k) => predecessors.get(k) ?? [],
  );
  const trapped = paths.filter((p) => !canFinish.has(key(p.state)) && !blocked.has(key(p.state)));
  const reported = new Set<string>();
  for (const { state } of trapped.sort((a, b) => a.weight - b.weight)) {
    const scene = String(state.value);
    if (reported.has(scene)) continue;
    const loop = loopFrom(key(state), edges, (k) => !canFinish.has(k), byKey);
    loop.forEach((s) => reported.add(s));
    found.push(
      finding(
        'no-exit',
        ['scenes', scene],
        { path: describePath(state.context.history), loop: loop.join(' → ') },
        { atKey: true },
      ),
    );
  }
  return found;
}

/** The scenes of the trapped situations reachable from one of them. */
function loopFrom(
  start: string,
  edges: Map<string, Set<string>>,
  trapped: (k: string) => boolean,
  byKey: Map<string, Snapshot>,
) {
  const seen = reachable([start], (k) => [...(edges.get(k) ?? [])].filter(trapped));
  return [...new Set([...seen].map((k) => String(byKey.get(k)?.value)))];
}
