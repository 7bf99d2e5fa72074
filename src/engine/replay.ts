import { initialTransition, transition } from 'xstate';
import type { ScenarioMachine } from './compile.ts';
import type { RunEvent } from './run.types.ts';

export type RunSnapshot = ReturnType<ScenarioMachine['getInitialSnapshot']>;

/**
 * Step a run purely from the start through a list of events. Runs are deterministic, so the events
 * are all a run is: rewinding is replaying fewer of them. Returns undefined when an event is not
 * possible where it is sent (the events do not belong to this scenario).
 */
export function replay(
  machine: ScenarioMachine,
  events: readonly RunEvent[],
): RunSnapshot | undefined {
  let [snapshot] = initialTransition(machine);
  for (const event of events) {
    if (snapshot.status !== 'active' || !snapshot.can(event)) return undefined;
    [snapshot] = transition(machine, snapshot, event);
  }
  return snapshot;
}
