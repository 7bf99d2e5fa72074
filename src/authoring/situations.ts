/**
 * Every situation a run of a scenario can be in, explored with xstate/graph: its adjacency map
 * gives the situations and their steps; its shortest paths give the run that leads to a situation
 * worth reporting. The explored logic steps runs with the plain functions of run.ts — the very
 * steps the compiled machine takes — without a statechart macrostep per transition, which keeps a
 * 1,000-scene scenario fast to check.
 */
import { fromTransition, type TransitionSnapshot } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { enterStep, eventsOnOffer, initialContext, stepRun } from '../engine/run.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Condition, Effects, Option, Scene } from '../engine/scenario.schema.ts';
import type { PendingEffect, RunContext, RunEvent } from '../engine/run.types.ts';

/**
 * A run at a step: a scene (still going) or an ending (done). Explored runs are kept lean: only
 * what conditions can read, so that thousands of situations stay cheap.
 */
export interface Situation {
  at: string;
  run: RunContext;
  /** How many steps the run has taken: the shortest run to here, as exploring goes breadth first. */
  depth: number;
  /** What tells this situation apart from others: see situationKey. */
  key: string;
}

/** How many steps to explore before giving up on the situational checks. */
export const SITUATION_LIMIT = 50_000;
/** Runs are followed this many steps deep; a longer run is not followed to its end. */
export const RUN_LENGTH_LIMIT = 200;

export interface Exploration {
  /** Each situation reached, by key. */
  situations: Map<string, Situation>;
  /** Which situations lead to which, by key. */
  edges: Map<string, Set<string>>;
  /** The same steps with the event that takes each: [event, key of the situation it leads to]. */
  moves: Map<string, [RunEvent, string][]>;
  /** The key of the situation every run starts in. */
  start: string;
  /** Keys of situations not followed further because their run is too long. */
  cut: Set<string>;
  /** The events of a shortest run to each of these situations, by key. */
  runsTo: (keys: Iterable<string>) => Map<string, RunEvent[]>;
}

/** Explore every situation from the start; undefined when it takes more than `limit` steps. */
export function explore(full: Scenario, limit = SITUATION_LIMIT): Exploration | undefined {
  const read = readByConditions(full);
  const scenario = asConditionsSeeIt(full, read);
  const keyOf = situationKey(read);
  // Steps write the choices and the steps down only when a condition reads them; the lists a
  // condition never reads are left out, and share one empty list.
  const record = read.chose || read.visited;
  const none: never[] = [];
  const situation = (at: string, run: RunContext, depth: number): Situation => {
    // A run fresh from a step is this exploration's own: its lists are dropped in place.
    if (!read.chose) run.history = none;
    if (!read.visited) run.timeline = none;
    run.landed = none;
    return { at, run, depth, key: keyOf(at, run) };
  };
  // One snapshot per situation: a step into a known situation returns that situation's snapshot,
  // and the run it built is dropped at once. The first one made for a key is the shallowest, as
  // the traversal goes breadth first, and is the one the traversal keeps.
  const snapshots = new Map<string, TransitionSnapshot<Situation>>();
  const intern = (next: Situation) => {
    let snapshot = snapshots.get(next.key);
    if (!snapshot) {
      snapshot = { status: 'active', output: undefined, error: undefined, context: next };
      snapshots.set(next.key, snapshot);
    }
    return snapshot;
  };
  const step = (from: Situation, event: RunEvent): Situation => {
    const stepped = stepRun(scenario, from.at, from.run, event, record);
    return stepped ? situation(stepped.at, stepped.run, from.depth + 1) : from;
  };
  const start = situation(
    scenario.start,
    enterStep(scenario, initialContext(scenario), scenario.start, record),
    0,
  );
  const base = fromTransition(step, start);
  const logic: typeof base = {
    ...base,
    transition: (snapshot, event) => intern(step(snapshot.context, event)),
  };
  const tooLong = (s: Situation) => s.depth >= RUN_LENGTH_LIMIT;
  const options = {
    events: ({ context }: { context: Situation }) =>
      tooLong(context) ? [] : eventsOnOffer(scenario, context.at, context.run),
    serializeState: ({ context }: { context: Situation }) => context.key,
    serializeEvent: eventKey(scenario),
    limit,
  };
  let adjacency;
  try {
    adjacency = getAdjacencyMap(logic, options);
  } catch (error) {
    if (error instanceof Error && /limit/i.test(error.message)) return undefined;
    throw error;
  }
  const situations = new Map<string, Situation>();
  const edges = new Map<string, Set<string>>();
  const moves = new Map<string, [RunEvent, string][]>();
  const cut = new Set<string>();
  for (const { state } of Object.values(adjacency)) {
    const situation = state.context;
    situations.set(situation.key, situation);
    edges.set(situation.key, new Set());
    moves.set(situation.key, []);
    if (tooLong(situation)) cut.add(situation.key);
  }
  for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
    edges.get(state.context.key)?.add(nextState.context.key);
    moves.get(state.context.key)?.push([event, nextState.context.key]);
  }
  const runsTo = (keys: Iterable<string>) => {
    const wanted = new Set(keys);
    if (!wanted.size) return new Map<string, RunEvent[]>();
    // No `toState`: the search would stop at each wanted situation, and miss one beyond another.
    const paths = getShortestPaths(logic, options).filter((p) => wanted.has(p.state.context.key));
    // Each path's first step is xstate's own start event; the rest are the run's events.
    return new Map(
      paths.map((p) => [p.state.context.key, p.steps.slice(1).map((step) => step.event)]),
    );
  };
  return { situations, edges, moves, start: start.key, cut, runsTo };
}

/**
 * An event's key among the events on offer in one scene: its option's place in the scene. Small
 * numbers rather than option ids keep xstate/graph's per-situation records compact and fast.
 */
function eventKey(scenario: Scenario): (event: RunEvent) => string {
  const place = new Map<string, string>();
  for (const scene of Object.values(scenario.scenes))
    scene.choice?.options.forEach((option, i) => place.set(option.id, String(i)));
  return (event) => (event.type === 'choice.select' ? (place.get(event.option) ?? '') : '0');
}

/**
 * The scenario as its routing conditions see it: only the meters and flags they read, and only
 * the effects, now or later, on those. A run of it passes the same scenes, offered the same
 * options, as the same run of the whole scenario: what is left out cannot change where a run goes.
 */
function asConditionsSeeIt(scenario: Scenario, read: ReadByConditions): Scenario {
  const only = <T>(values: Record<string, T> | undefined, kept: Set<string>) => {
    const entries = Object.entries(values ?? {}).filter(([id]) => kept.has(id));
    return entries.length ? Object.fromEntries(entries) : undefined;
  };
  const keep = (effects: Effects | undefined): Effects | undefined => {
    const meters = only(effects?.meters, read.meters);
    const flags = only(effects?.flags, read.flags);
    return meters || flags ? { meters, flags } : undefined;
  };
  // Every option and every scene is rebuilt with the same fields in the same order, and only the
  // fields a step reads: then each read in the step is a read of one shape of object, which the
  // JavaScript engine makes fast.
  const lean = (option: Option): Option => ({
    id: option.id,
    text: option.text,
    if: option.if,
    verdicts: option.verdicts,
    effects: keep(option.effects),
    later: option.later?.flatMap((later) => {
      const effects = keep(later.effects);
      return effects ? [{ weeks: later.weeks, effects, note: later.note }] : [];
    }),
    next: option.next,
  });
  const scenes: Record<string, Scene> = {};
  for (const [id, scene] of Object.entries(scenario.scenes)) {
    scenes[id] = {
      title: scene.title,
      week: scene.week,
      present: scene.present,
      choice: scene.choice && { options: scene.choice.options.map(lean) },
      next: scene.next,
    };
  }
  return {
    ...scenario,
    scenes,
    meters: only(scenario.meters, read.meters) ?? {},
    flags: scenario.flags.filter((flag) => read.flags.has(flag)),
  };
}

/**
 * A key for a situation of the scenario as its conditions see it: the step, the week, the
 * meters and flags, the pending effects, and the choices and visits if a condition reads them.
 * Two runs with the same key behave the same from here on, so exploring one of them is enough.
 */
function situationKey(read: ReadByConditions): (at: string, run: RunContext) => string {
  // Pending effects share their effects object with the scenario: write each object once.
  const effectKeys = new Map<Effects, string>();
  const effectKey = ({ dueWeek, effects }: PendingEffect) => {
    let key = effectKeys.get(effects);
    if (key === undefined) effectKeys.set(effects, (key = JSON.stringify(effects)));
    return dueWeek + key;
  };
  return (at, run) => {
    // Built by concatenation: this runs for every step explored.
    let key = `${at}|${run.week}|`;
    for (const id in run.meters) key += `${run.meters[id]},`;
    key += '|';
    for (const id in run.flags) key += run.flags[id] ? '1' : '0';
    key += '|';
    for (const pending of run.pending) key += effectKey(pending);
    // Conditions ask only whether an option was chosen, or a scene visited: the sets tell runs
    // apart, not how often, so that a loop comes back to a situation already explored.
    if (read.chose) key += `|${[...new Set(run.history.map((c) => c.option))].sort()}`;
    if (read.visited) key += `|${[...new Set(run.timeline.map((t) => t.step))].sort()}`;
    return key;
  };
}

/**
 * The meters and flags that can change where a run goes — those read by the conditions on options
 * and routes — or which reflection questions it gets, and whether any of those reads choices or
 * visits. Conditions on lines only change what is shown, so they do not split situations.
 */
interface ReadByConditions {
  meters: Set<string>;
  flags: Set<string>;
  chose: boolean;
  visited: boolean;
}

function readByConditions(scenario: Scenario): ReadByConditions {
  const read: ReadByConditions = {
    meters: new Set<string>(),
    flags: new Set<string>(),
    chose: false,
    visited: false,
  };
  const note = (condition: Condition | undefined): void => {
    if (!condition) return;
    if (condition.meter) read.meters.add(condition.meter);
    if (condition.flag) read.flags.add(condition.flag);
    // Whether a hierarchy was violated follows from the choices made: it reads them.
    read.chose ||= condition.chose !== undefined || condition.violated !== undefined;
    read.visited ||= condition.visited !== undefined;
    condition.all?.forEach(note);
    condition.any?.forEach(note);
    note(condition.not);
  };
  const noteAll = (items: { if?: Condition }[] | undefined) =>
    items?.forEach((item) => note(item.if));
  // Reflection questions are judged at the end of a run: what they read must tell situations
  // apart up to the endings, and a question `about` a scene reads the choices made.
  for (const question of scenario.reflection ?? []) {
    note(question.if);
    read.chose ||= question.about !== undefined;
  }
  for (const scene of Object.values(scenario.scenes)) {
    if (typeof scene.next === 'object') noteAll(scene.next);
    for (const option of scene.choice?.options ?? []) {
      note(option.if);
      if (typeof option.next === 'object') noteAll(option.next);
    }
  }
  return read;
}
