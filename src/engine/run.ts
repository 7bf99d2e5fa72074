/** Pure steps of a run: what the compiled machine does, as plain functions over RunContext. */
import { holds } from './conditions.ts';
import { applyEffects } from './effects.ts';
import { isEnding, stepOf, type Scenario } from './scenario.ts';
import type { Line, Option, Route } from './scenario.schema.ts';
import type { PendingEffect, RunContext, RunEvent } from './run.types.ts';

/** The context a run starts with, before the first scene is entered. */
export function initialContext(scenario: Scenario): RunContext {
  return {
    meters: Object.fromEntries(Object.values(scenario.meters).map((m) => [m.id, m.start])),
    flags: Object.fromEntries(scenario.flags.map((flag) => [flag, false])),
    week: 0,
    pending: [],
    landed: [],
    history: [],
    timeline: [],
  };
}

/** The options of a scene that are on offer in this run. */
export function availableOptions(scenario: Scenario, run: RunContext, sceneId: string): Option[] {
  const options = scenario.scenes[sceneId]?.choice?.options ?? [];
  return options.filter((option) => holds(option.if, run));
}

/** The lines of a list that show in this run. */
export function visibleLines(lines: Line[] | undefined, run: RunContext): Line[] {
  return (lines ?? []).filter((line) => holds(line.if, run));
}

/**
 * Apply a choice's immediate effects, schedule what lands later, and write the choice down in the
 * run's history — unless `record` is false: exploring the situations of a scenario whose
 * conditions never read the history or the timeline leaves both out (see src/authoring/situations.ts).
 */
export function applyChoice(
  scenario: Scenario,
  run: RunContext,
  sceneId: string,
  option: Option,
  record = true,
): RunContext {
  const index = run.history.length;
  const affected = applyEffects(run, option.effects, scenario.meters);
  const scheduled = option.later?.map((later) => ({
    fromChoice: index,
    dueWeek: run.week + later.weeks,
    effects: later.effects,
    note: later.note,
  }));
  // concat rather than spread: it makes an array of the exact length, and runs make many.
  const history = record
    ? run.history.concat({
        index,
        scene: sceneId,
        option: option.id,
        week: run.week,
        verdicts: option.verdicts,
        metersAfter: affected.meters,
      })
    : run.history;
  return {
    ...affected,
    pending: scheduled?.length ? affected.pending.concat(scheduled) : affected.pending,
    history,
  };
}

/** Which entry of a route is taken: the first whose condition holds. -1 when none does. */
export function routeIndex(route: Route, run: RunContext): number {
  if (typeof route === 'string') return 0;
  return route.findIndex((entry) => holds(entry.if, run));
}

/** The scene or ending a route leads to in this run; undefined when no entry's condition holds. */
export function routeTarget(route: Route, run: RunContext): string | undefined {
  return typeof route === 'string' ? route : route[routeIndex(route, run)]?.goto;
}

/** The scene or ending ids a route can lead to, in order. */
export function routeTargets(route: Route): string[] {
  return typeof route === 'string' ? [route] : route.map((entry) => entry.goto);
}

/**
 * Enter a scene or ending: time moves on, due consequences land (all of them at an ending), and the
 * step is written down in the run's timeline unless `record` is false (see applyChoice).
 */
export function enterStep(
  scenario: Scenario,
  run: RunContext,
  stepId: string,
  record = true,
): RunContext {
  const final = isEnding(scenario, stepId);
  const week = Math.max(run.week, stepOf(scenario, stepId)?.week ?? run.week);
  let next: RunContext = { ...run, week };
  // Most steps land nothing: then the pending and landed lists are kept as they are.
  if (run.pending.some((effect) => final || effect.dueWeek <= week)) {
    const due: PendingEffect[] = [];
    const waiting: PendingEffect[] = [];
    for (const effect of run.pending)
      (final || effect.dueWeek <= week ? due : waiting).push(effect);
    for (const effect of due) next = applyEffects(next, effect.effects, scenario.meters);
    const landedAt = run.timeline.length;
    next.pending = waiting;
    next.landed = run.landed.concat(
      due.map((effect) => ({ ...effect, landedIn: stepId, landedAt, landedWeek: week })),
    );
  }
  if (record) {
    next.timeline = run.timeline.concat({
      step: stepId,
      week,
      meters: next.meters,
      flags: next.flags,
    });
  }
  return next;
}

// Events are plain data that nothing changes: one per option, shared by every run that offers it.
// Exploring a scenario offers each option in many situations.
const CONTINUE: RunEvent = { type: 'scene.continue' };
const selectEvents = new WeakMap<Option, RunEvent>();
function selectEvent(option: Option): RunEvent {
  let event = selectEvents.get(option);
  if (!event) selectEvents.set(option, (event = { type: 'choice.select', option: option.id }));
  return event;
}

/** What a run can do next where it is: choose an option on offer, or continue; nothing at an ending. */
export function eventsOnOffer(scenario: Scenario, at: string, run: RunContext): RunEvent[] {
  const scene = scenario.scenes[at];
  if (!scene) return [];
  if (!scene.choice) return [CONTINUE];
  return availableOptions(scenario, run, at).map(selectEvent);
}

/**
 * One step as plain functions — the same step the compiled machine takes: apply the choice, follow
 * its route, enter where it leads. Undefined when the event is not possible here. `record` as in
 * applyChoice.
 */
export function stepRun(
  scenario: Scenario,
  at: string,
  run: RunContext,
  event: RunEvent,
  record = true,
): { at: string; run: RunContext } | undefined {
  const scene = scenario.scenes[at];
  if (!scene) return undefined;
  let after = run;
  let route = scene.next;
  if (event.type === 'choice.select') {
    const option = scene.choice?.options.find((o) => o.id === event.option);
    if (!option || !holds(option.if, run)) return undefined;
    after = applyChoice(scenario, run, at, option, record);
    route = option.next;
  } else if (scene.choice) {
    return undefined;
  }
  const target = route === undefined ? undefined : routeTarget(route, after);
  return target === undefined
    ? undefined
    : { at: target, run: enterStep(scenario, after, target, record) };
}
