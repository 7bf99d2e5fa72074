/** Shared helpers for the facilitation tests: a flow over a case, the events on offer, a key. */
import { createActor, initialTransition, transition } from 'xstate';
import { availableOptions, type Scenario } from '../../src/engine/index.ts';
import {
  createFlowMachine,
  type FlowEvent,
  type FlowMachine,
  type FlowSnapshot,
} from '../../src/facilitation/index.ts';

export const NEXT: FlowEvent = { type: 'NEXT' };
export const BACK: FlowEvent = { type: 'BACK' };
export const OPEN: FlowEvent = { type: 'VOTING.OPEN' };
export const CLOSE: FlowEvent = { type: 'VOTING.CLOSE' };
export const MAJORITY: FlowEvent = { type: 'DECIDE.MAJORITY' };
export const REVEAL: FlowEvent = { type: 'REVEAL.NEXT' };
export const BLACKOUT: FlowEvent = { type: 'BLACKOUT.TOGGLE' };
export const pick = (option: string): FlowEvent => ({ type: 'DECIDE.PICK', option });
export const hands = (counts: Record<string, number>): FlowEvent => ({
  type: 'VOTES.SET',
  counts,
  source: 'hands',
});

/** The options on offer where the flow stands. */
export const offeredAt = (scenario: Scenario, snapshot: FlowSnapshot) =>
  availableOptions(scenario, snapshot.context.run, snapshot.context.at).map((o) => o.id);

/** Step purely through events from the start (or a given snapshot). */
export function stepFlow(machine: FlowMachine, events: FlowEvent[], from?: FlowSnapshot) {
  let snapshot = from ?? initialTransition(machine)[0];
  for (const event of events) [snapshot] = transition(machine, snapshot, event);
  return snapshot;
}

export function startFlow(scenario: Scenario) {
  return createActor(createFlowMachine(scenario)).start();
}

/** NEXT until the flow stands still in a phase where NEXT has nothing more to do. */
export function nextUntilStill(machine: FlowMachine, snapshot: FlowSnapshot, limit = 50) {
  for (let i = 0; i < limit && snapshot.can(NEXT); i++)
    [snapshot] = transition(machine, snapshot, NEXT);
  return snapshot;
}

/**
 * A room that votes for `choose(offered)` at every choice point and follows NEXT everywhere else,
 * until the debrief. Returns every snapshot on the way.
 */
export function playRoom(
  scenario: Scenario,
  choose: (offered: string[]) => string,
  machine = createFlowMachine(scenario),
): FlowSnapshot[] {
  const seen: FlowSnapshot[] = [initialTransition(machine)[0]];
  const send = (event: FlowEvent) => seen.push(transition(machine, seen.at(-1)!, event)[0]);
  for (let i = 0; i < 500 && seen.at(-1)!.value !== 'debrief'; i++) {
    const now = seen.at(-1)!;
    if (now.value === 'voting') {
      send(hands({ [choose(offeredAt(scenario, now))]: 3 }));
      send(CLOSE);
    } else if (now.value === 'voted') send(MAJORITY);
    else send(NEXT);
  }
  return seen;
}
