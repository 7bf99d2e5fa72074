/**
 * The flow as saved data: its phase and context, nothing of XState's internals, so a save or a
 * message to the audience window is plain JSON that outlives an XState upgrade.
 */
import type { SnapshotFrom } from 'xstate';
import type { Scenario } from '../engine/index.ts';
import type { FlowMachine } from './flow.machine.ts';
import type { FlowContext, Phase } from './flow.types.ts';
import { fitsCase } from './save-check.ts';
import { FLOW_SAVE_VERSION, FlowSaveSchema } from './save-schema.ts';

export { FLOW_SAVE_VERSION };

export interface FlowSave {
  version: typeof FLOW_SAVE_VERSION;
  phase: Phase;
  context: FlowContext;
}

export type FlowSnapshot = SnapshotFrom<FlowMachine>;

/** The flow's position as plain data. */
export function snapshotOf(snapshot: FlowSnapshot): FlowSave {
  return { version: FLOW_SAVE_VERSION, phase: snapshot.value, context: snapshot.context };
}

/**
 * A snapshot of this case's machine at a saved position; undefined when the save is of another
 * version or another case, damaged or edited by hand (every field typed, every id and count this
 * case's), or not a flow save at all: a stale or foreign message must not move the room, and a bad
 * save must not crash a screen later.
 */
export function restore(
  machine: FlowMachine,
  scenario: Scenario,
  save: unknown,
): FlowSnapshot | undefined {
  const parsed = FlowSaveSchema.safeParse(save);
  if (!parsed.success) return undefined;
  const { phase, context } = parsed.data;
  if (!fitsCase(scenario, phase, context)) return undefined;
  return machine.resolveState({ value: phase, context });
}
