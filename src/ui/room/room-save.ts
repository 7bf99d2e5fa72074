/**
 * The presenter's flow saved like a run: in the app's versioned store (envelope, last good copy,
 * quarantine), one key per case. A save the flow machine cannot restore (another version of the
 * case, damaged) is set aside by the store, and the presenter starts afresh and says so.
 */
import {
  restore,
  snapshotOf,
  type FlowMachine,
  type FlowSave,
  type FlowSnapshot,
} from '../../facilitation/index.ts';
import type { Scenario } from '../../engine/index.ts';
import type { Schema, Store } from '../../persistence/index.ts';

export const ROOM_KEY_PREFIX = 'room:';
export const roomKey = (caseId: string) => `${ROOM_KEY_PREFIX}${caseId}`;

/** The store's schema for one case's flow: a save is usable when this machine restores it. */
export function flowSaveSchema(scenario: Scenario, machine: FlowMachine): Schema<FlowSave> {
  return {
    version: 1,
    restore: (data) => {
      const snapshot = restore(machine, scenario, data);
      return snapshot
        ? { ok: true, value: snapshotOf(snapshot) }
        : { ok: false, problem: 'not a flow of this case (another version, or damaged)' };
    },
  };
}

/** Where the presenter starts: the saved flow, or afresh with the reason the saved one was not used. */
export interface Resumed {
  snapshot: FlowSnapshot | undefined;
  notice?: 'recovered' | 'unreadable' | 'newer';
}

export function resumeFlow(store: Store, scenario: Scenario, machine: FlowMachine): Resumed {
  const result = store.read(roomKey(scenario.id), flowSaveSchema(scenario, machine));
  switch (result.status) {
    case 'ok':
      return { snapshot: restore(machine, scenario, result.value) };
    case 'recovered':
      return { snapshot: restore(machine, scenario, result.value), notice: 'recovered' };
    case 'corrupt':
      return { snapshot: undefined, notice: 'unreadable' };
    case 'newer':
      return { snapshot: undefined, notice: 'newer' };
    default:
      return { snapshot: undefined };
  }
}

/** Keep the flow where it stands; false when the storage refused (full, unavailable). */
export function keepFlow(
  store: Store,
  scenario: Scenario,
  machine: FlowMachine,
  save: FlowSave,
): boolean {
  return store.write(roomKey(scenario.id), save, flowSaveSchema(scenario, machine)).ok;
}

export function forgetFlow(store: Store, caseId: string): boolean {
  return store.remove(roomKey(caseId));
}
