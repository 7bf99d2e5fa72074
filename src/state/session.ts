/**
 * A run being played: the scenario's machine, an actor restored from a branch's save, and the
 * autosave wired in as the machine's `stepEntered` action.
 */
import { createActor } from 'xstate';
import {
  compileScenario,
  createSave,
  eventsOf,
  restoreSave,
  type BuiltScenario,
  type RestoreResult,
  type RunEvent,
  type RunSave,
  type RunSnapshot,
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

export type Session = ReturnType<typeof openSession>;

/** Where a branch of these events stands, with its save. */
export function branchState(built: BuiltScenario, events: RunEvent[]): BranchState {
  const save = createSave(built.scenario, machineOf(built.scenario), events);
  const value = String((save.snapshot as { value?: unknown }).value);
  return { save, at: value, ended: Object.hasOwn(built.scenario.endings, value) };
}

/** The events of a run up to (not including) its choice number `choice`. */
export function eventsBeforeChoice(events: RunEvent[], choice: number): RunEvent[] {
  let seen = 0;
  const cut = events.findIndex((e) => e.type === 'choice.select' && seen++ === choice);
  return cut < 0 ? events : events.slice(0, cut);
}

/**
 * Open a branch's save for play. Every step entered is handed to `onStep`, to be saved. A save the
 * engine refuses (another scenario version, edited by hand) comes back as the refusal.
 */
export function openSession(
  built: BuiltScenario,
  save: RunSave,
  onStep: (branch: BranchState) => void,
): { ok: true; actor: ReturnType<typeof startActor> } | Extract<RestoreResult, { ok: false }> {
  const restored = restoreSave(built.scenario, machineOf(built.scenario), save);
  if (!restored.ok) return restored;
  return { ok: true, actor: startActor(built, restored.snapshot, onStep) };
}

function startActor(
  built: BuiltScenario,
  snapshot: RunSnapshot,
  onStep: (branch: BranchState) => void,
) {
  const { scenario } = built;
  const machine = machineOf(scenario).provide({
    actions: {
      stepEntered: ({ context }) => onStep(branchState(built, eventsOf(scenario, context))),
    },
  });
  return createActor(machine, { snapshot: machine.getPersistedSnapshot(snapshot) }).start();
}

/** Check a branch's save against the scenario and rebuild its run, or say why it cannot be. */
export function restoreBranch(built: BuiltScenario, save: RunSave): RestoreResult {
  return restoreSave(built.scenario, machineOf(built.scenario), save);
}
