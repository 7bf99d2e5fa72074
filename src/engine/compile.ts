import { assign, setup } from 'xstate';
import {
  applyChoice,
  availableOptions,
  enterStep,
  initialContext,
  routeIndex,
  routeTargets,
} from './run.ts';
import type { Scenario } from './scenario.ts';
import type { Option, Route } from './scenario.schema.ts';
import type { RunContext, RunEvent } from './run.types.ts';

interface RouteParams {
  scene: string;
  option?: string;
  route: number;
}

/** Compile a scenario to an XState machine: a state per scene, a final state per ending. */
export function compileScenario(scenario: Scenario) {
  const optionsById = new Map<string, Option>();
  for (const scene of Object.values(scenario.scenes)) {
    for (const option of scene.choice?.options ?? []) optionsById.set(option.id, option);
  }

  // A choice's route entries each have a guard, and the choice an action: all of them need the
  // context after the choice. It is worked out once per event.
  const afterChoice = new WeakMap<RunEvent, { context: RunContext; after?: RunContext }>();

  /** The context after this event's choice, or undefined when the choice is not on offer. */
  const afterEvent = (context: RunContext, event: RunEvent, scene: string) => {
    if (event.type === 'scene.continue') return context;
    const known = afterChoice.get(event);
    if (known?.context === context) return known.after;
    const option = availableOptions(scenario, context, scene).find((o) => o.id === event.option);
    const after = option && applyChoice(scenario, context, scene, option);
    afterChoice.set(event, { context, after });
    return after;
  };

  const logic = setup({
    types: {} as { context: RunContext; events: RunEvent },
    guards: {
      /** This event takes this entry of the route: conditions see the choice's effects. */
      routeTaken: ({ context, event }, params: RouteParams) => {
        if (
          params.option !== undefined &&
          (event.type !== 'choice.select' || event.option !== params.option)
        ) {
          return false;
        }
        const after = afterEvent(context, event, params.scene);
        const scene = scenario.scenes[params.scene];
        const route =
          params.option === undefined ? scene?.next : optionsById.get(params.option)?.next;
        return (
          after !== undefined && route !== undefined && routeIndex(route, after) === params.route
        );
      },
    },
    actions: {
      choose: assign(
        ({ context, event }, params: { scene: string }) =>
          afterEvent(context, event, params.scene) ?? context,
      ),
      enter: assign(({ context }, params: { step: string }) =>
        enterStep(scenario, context, params.step),
      ),
      /** After a step is entered: the app's hook (save, focus), filled in with machine.provide. */
      stepEntered: () => {},
    },
  });

  const transitionsFor = (scene: string, route: Route, option?: string) =>
    routeTargets(route).map((target, index) => ({
      target,
      guard: { type: 'routeTaken' as const, params: { scene, option, route: index } },
      actions: option === undefined ? [] : [{ type: 'choose' as const, params: { scene } }],
    }));

  const states: Record<string, object> = {};
  for (const [id, scene] of Object.entries(scenario.scenes)) {
    const on = scene.choice
      ? { 'choice.select': scene.choice.options.flatMap((o) => transitionsFor(id, o.next, o.id)) }
      : { 'scene.continue': scene.next ? transitionsFor(id, scene.next) : [] };
    states[id] = {
      tags: ['scene', scene.choice ? 'choosing' : 'continuing'],
      entry: [{ type: 'enter', params: { step: id } }, { type: 'stepEntered' }],
      on,
    };
  }
  for (const id of Object.keys(scenario.endings)) {
    states[id] = {
      type: 'final',
      tags: ['ending'],
      entry: [{ type: 'enter', params: { step: id } }, { type: 'stepEntered' }],
    };
  }

  return logic.createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: initialContext(scenario),
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof compileScenario>;
