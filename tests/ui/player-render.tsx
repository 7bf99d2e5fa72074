/** Helpers for the player's component tests: a saved run of a real case, rendered in the player. */
import { screen } from '@testing-library/react';
import { createActor } from 'xstate';
import {
  eventsOnOffer,
  stepRun,
  type BuiltScenario,
  type RunContext,
  type RunEvent,
} from '../../src/engine/index.ts';
import { activeBranchOf, branchState, prepareSession, type Mode } from '../../src/state/index.ts';
import { Player } from '../../src/ui/player/Player.tsx';
import { runStore } from '../../src/ui/stores.ts';
import { play } from '../support/scenarios.ts';
import { built } from './debrief-render.tsx';
import { renderWithI18n } from './render.tsx';

export const saskia = built('saskia');

// jsdom lays nothing out and has no scrollIntoView; the player brings an answer into view with it.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView)
  Element.prototype.scrollIntoView = () => {};

/** A saved run of a case after these events, rendered in the player. */
export function renderRun(
  events: RunEvent[] = [],
  mode: Mode = 'coach',
  language: 'nl' | 'en' = 'nl',
  scenario: BuiltScenario = saskia,
) {
  const caseId = scenario.scenario.id;
  const runId = runStore.getState().start(caseId, mode, branchState(scenario, events));
  const record = () => runStore.getState().runs[runId]!;
  const prepared = prepareSession(scenario, activeBranchOf(record()).save, (next) =>
    runStore.getState().update(runId, branchState(scenario, next)),
  );
  if (!prepared.ok) throw new Error(prepared.reason);
  const actor = createActor(prepared.machine, { snapshot: prepared.snapshot }).start();
  const view = renderWithI18n(<Player actor={actor} built={scenario} record={record()} />, {
    language,
  });
  return { ...view, actor, runId, record };
}

/** The options of the current choice, in a group named "Keuzes". */
export const choices = () => screen.getByRole('group', { name: 'Keuzes' });

/**
 * The fewest events from the start of a case to a step that `wanted` accepts, found through the
 * engine (breadth first), so that the tests follow a rewrite of the case.
 */
export function eventsTo(
  scenario: BuiltScenario,
  wanted: (step: string, run: RunContext) => boolean,
): RunEvent[] {
  const start = play(scenario.scenario).getSnapshot();
  const queue = [{ at: String(start.value), run: start.context, events: [] as RunEvent[] }];
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (wanted(node.at, node.run)) return node.events;
    for (const event of eventsOnOffer(scenario.scenario, node.at, node.run)) {
      const next = stepRun(scenario.scenario, node.at, node.run, event);
      if (next) queue.push({ ...next, events: [...node.events, event] });
    }
  }
  throw new Error('No step of the case is as wanted.');
}
