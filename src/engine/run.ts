/** Pure steps of a run: what the compiled machine does, as plain functions over RunContext. */
import { holds } from './conditions.ts';
import { applyEffects } from './effects.ts';
import { isEnding, stepOf, type Scenario } from './scenario.ts';
import type { Line, Option, Route } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';

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

/** Record a choice and apply its immediate effects; schedule what lands later. */
export function applyChoice(
  scenario: Scenario,
  run: RunContext,
  sceneId: string,
  option: Option,
): RunContext {
  const index = run.history.length;
  const affected = applyEffects(run, option.effects, scenario.meters);
  return {
    ...affected,
    pending: [
      ...affected.pending,
      ...(option.later ?? []).map((later) => ({
        fromChoice: index,
        dueWeek: run.week + later.weeks,
        effects: later.effects,
        note: later.note,
      })),
    ],
    history: [
      ...run.history,
      {
        index,
        scene: sceneId,
        option: option.id,
        week: run.week,
        verdicts: option.verdicts,
        metersAfter: affected.meters,
      },
    ],
  };
}

/** Which entry of a route is taken: the first whose condition holds. -1 when none does. */
export function routeIndex(route: Route, run: RunContext): number {
  if (typeof route === 'string') return 0;
  return route.findIndex((entry) => holds(entry.if, run));
}

/** The scene or ending ids a route can lead to, in order. */
export function routeTargets(route: Route): string[] {
  return typeof route === 'string' ? [route] : route.map((entry) => entry.goto);
}

/** Enter a scene or ending: time moves on, due consequences land (all of them at an ending). */
export function enterStep(scenario: Scenario, run: RunContext, stepId: string): RunContext {
  const step = stepOf(scenario, stepId);
  const final = isEnding(scenario, stepId);
  const week = Math.max(run.week, step?.week ?? run.week);
  let next: RunContext = { ...run, week };
  const due = run.pending.filter((effect) => final || effect.dueWeek <= week);
  for (const effect of due) next = applyEffects(next, effect.effects, scenario.meters);
  next = {
    ...next,
    pending: run.pending.filter((effect) => !due.includes(effect)),
    landed: [
      ...run.landed,
      ...due.map((effect) => ({ ...effect, landedIn: stepId, landedWeek: week })),
    ],
  };
  return { ...next, timeline: [...next.timeline, { step: stepId, week, meters: next.meters }] };
}
