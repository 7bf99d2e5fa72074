/**
 * A run being played: the scenario's machine, an actor restored from a branch's save, and the
 * autosave wired in as the machine's `stepEntered` action.
 */
import {
  compileScenario,
  createSave,
  eventsOf,
  replay,
  restoreSave,
  type BuiltScenario,
  type RestoreResult,
  type RunEvent,
  type RunSave,
  type Scenario,
  type ScenarioMachine,
} from '../engine/index.ts';
import type { BranchState } from './run-store.ts';

/** One compiled machine per scenario: compiling is cheap, but not free on every step. */
const machines = new WeakMap<Scenario, ScenarioMachine>();
function machineOf(scenario: Scenario): ScenarioMachine {
  let machine = machines.get(scenario);
  if (!machine) machines.set(scenario, (machine = compileScenario(scenario)));
  return machine;
}

/** Where a branch of these events stands, with its save. */
export function branchState(built: BuiltScenario, events: RunEvent[]): BranchState {
  const save = createSave(built.scenario, machineOf(built.scenario), events);
  const at = String((save.snapshot as { value?: unknown }).value);
  const ended = Object.hasOwn(built.scenario.endings, at);
  const step = ended ? built.scenario.endings[at] : built.scenario.scenes[at];
  return { save, at, ended, title: step?.title ?? at };
}

/** The events of a run up to (not including) its choice number `choice`. */
export function eventsBeforeChoice(events: RunEvent[], choice: number): RunEvent[] {
  let seen = 0;
  const cut = events.findIndex((e) => e.type === 'choice.select' && seen++ === choice);
  return cut < 0 ? events : events.slice(0, cut);
}

/**
 * Prepare a branch's save for play: the machine, with the events of the run so far handed to
 * `onStep` at every step entered (to be saved with branchState), and the snapshot to start from.
 * A save the engine refuses (another scenario version, edited by hand) comes back as the refusal.
 */
export function prepareSession(
  built: BuiltScenario,
  save: RunSave,
  onStep: (events: RunEvent[]) => void,
) {
  const restored = restoreSave(built.scenario, machineOf(built.scenario), save);
  if (!restored.ok) return restored;
  const { scenario } = built;
  const machine = machineOf(scenario).provide({
    actions: {
      stepEntered: ({ context }) => onStep(eventsOf(scenario, context)),
    },
  });
  return { ok: true as const, machine, snapshot: machine.getPersistedSnapshot(restored.snapshot) };
}

/** Check a branch's save against the scenario and rebuild its run, or say why it cannot be. */
export function restoreBranch(built: BuiltScenario, save: RunSave): RestoreResult {
  return restoreSave(built.scenario, machineOf(built.scenario), save);
}

/**
 * A branch's events carried over to another version of its case: where it stands there, or
 * undefined when one of the events is not possible in that version.
 */
export function carryOver(built: BuiltScenario, events: RunEvent[]): BranchState | undefined {
  return replay(machineOf(built.scenario), events) ? branchState(built, events) : undefined;
}
