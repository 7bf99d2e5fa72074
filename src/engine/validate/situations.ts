/**
 * Every situation a run of a scenario can be in, explored with xstate/graph's shortest paths.
 * The explored logic steps runs with the plain functions of run.ts — the very steps the compiled
 * machine takes — without a statechart macrostep per transition, which keeps a 1,000-scene
 * scenario fast to check.
 */
import { fromTransition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { conditionParts } from '../conditions.ts';
import { enterStep, eventsOnOffer, initialContext, stepRun } from '../run.ts';
import type { Scenario } from '../scenario.ts';
import type { Condition } from '../scenario.schema.ts';
import type { PendingEffect, RunContext, RunEvent } from '../run.types.ts';

/**
 * A run at a step: a scene (still going) or an ending (done). Explored runs are kept lean: only
 * what conditions can read, so that thousands of situations stay cheap (the witness path of each
 * comes from the traversal's own steps).
 */
export interface Situation {
  at: string;
  run: RunContext;
  /** How many steps the run has taken. */
  depth: number;
}

/** How many situations to explore before giving up on the situational checks. */
export const SITUATION_LIMIT = 50_000;
/** Runs are followed this many steps deep; a longer run is not followed to its end. */
export const RUN_LENGTH_LIMIT = 200;

export interface Exploration {
  /** Each situation reached, by key, with the events of the shortest run to it. */
  situations: Map<string, { situation: Situation; events: RunEvent[] }>;
  /** Which situations lead to which, by key. */
  edges: Map<string, Set<string>>;
  /** Keys of situations not followed further because their run is too long. */
  cut: Set<string>;
  key: (situation: Situation) => string;
}

/** Explore every situation from the start; undefined when there are more than `limit`. */
export function explore(scenario: Scenario, limit = SITUATION_LIMIT): Exploration | undefined {
  const read = readByConditions(scenario);
  const key = situationKey(scenario, read);
  const edges = new Map<string, Set<string>>();
  const lean = (run: RunContext): RunContext => ({
    ...run,
    history: read.chose ? run.history : [],
    timeline: read.visited ? run.timeline : [],
    landed: [],
  });
  const start: Situation = {
    at: scenario.start,
    run: lean(enterStep(scenario, initialContext(scenario), scenario.start)),
    depth: 0,
  };
  const logic = fromTransition((situation: Situation, event: RunEvent): Situation => {
    const stepped = stepRun(scenario, situation.at, situation.run, event);
    const next = stepped
      ? { at: stepped.at, run: lean(stepped.run), depth: situation.depth + 1 }
      : situation;
    const from = key(situation);
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)?.add(key(next));
    return next;
  }, start);
  const tooLong = (s: Situation) => s.depth >= RUN_LENGTH_LIMIT;
  let paths;
  try {
    paths = getShortestPaths(logic, {
      events: ({ context }) =>
        tooLong(context) ? [] : eventsOnOffer(scenario, context.at, context.run),
      serializeState: ({ context }) => key(context),
      limit,
    });
  } catch (error) {
    if (error instanceof Error && /limit/i.test(error.message)) return undefined;
    throw error;
  }
  const situations = new Map(
    paths.map((p) => [
      key(p.state.context),
      { situation: p.state.context, events: p.steps.map((step) => step.event) },
    ]),
  );
  const cut = new Set([...situations].filter(([, s]) => tooLong(s.situation)).map(([k]) => k));
  return { situations, edges, cut, key };
}

/**
 * A key for a situation holding only what can change the run's future: the step, the week, and
 * the meters, flags, choices and pending effects that some condition reads. Two runs with the same
 * key behave the same from here on, so exploring one of them is enough. Keys are cached per
 * situation: the traversal asks for each several times.
 */
export function situationKey(
  scenario: Scenario,
  read = readByConditions(scenario),
): (situation: Situation) => string {
  const meters = [...read.meters];
  const flags = [...read.flags];
  const cache = new WeakMap<Situation, string>();
  // Pending effects share their effects object with the scenario: describe each object once.
  const effectKeys = new WeakMap<object, string>();
  const effectKey = ({ effects }: PendingEffect) => {
    let key = effectKeys.get(effects);
    if (key === undefined) {
      const touched = Object.keys({ ...effects.meters, ...effects.flags });
      key = touched.some((k) => read.meters.has(k) || read.flags.has(k))
        ? JSON.stringify(effects)
        : '';
      effectKeys.set(effects, key);
    }
    return key;
  };
  return (situation) => {
    let key = cache.get(situation);
    if (key !== undefined) return key;
    const { at, run } = situation;
    const pending = run.pending
      .map((p) => (effectKey(p) ? `${p.dueWeek}${effectKey(p)}` : ''))
      .join('');
    key = [
      at,
      run.week,
      meters.map((m) => run.meters[m]).join(','),
      flags.map((f) => (run.flags[f] ? 1 : 0)).join(''),
      pending,
      read.chose
        ? run.history
            .map((c) => c.option)
            .sort()
            .join(',')
        : '',
      read.visited ? [...new Set(run.timeline.map((t) => t.step))].sort().join(',') : '',
    ].join('|');
    cache.set(situation, key);
    return key;
  };
}

/**
 * The meters and flags that can change where a run goes — those read by the conditions on options
 * and routes — and whether any of those reads choices or visits. Conditions on lines only change
 * what is shown, not where a run can go, so they do not split situations.
 */
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
  const noteAll = (items: { if?: Condition }[] | undefined) =>
    items?.forEach((item) => note(item.if));
  for (const scene of Object.values(scenario.scenes)) {
    if (typeof scene.next === 'object') noteAll(scene.next);
    for (const option of scene.choice?.options ?? []) {
      note(option.if);
      if (typeof option.next === 'object') noteAll(option.next);
    }
  }
  return read;
}
