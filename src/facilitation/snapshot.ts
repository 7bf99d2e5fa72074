/**
 * The flow as saved data: its phase and context, nothing of XState's internals, so a save or a
 * message to the audience window is plain JSON that outlives an XState upgrade.
 */
import { initialTransition, type SnapshotFrom } from 'xstate';
import type { FlowMachine } from './flow.machine.ts';
import { PHASES, type FlowContext, type Phase } from './flow.types.ts';

export const FLOW_SAVE_VERSION = 1;

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

const isPhase = (value: unknown): value is Phase => PHASES.some((phase) => phase === value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A snapshot of this machine at a saved position; undefined when the save is of another version or
 * another case, or not a flow save at all (a stale or foreign message must not move the room).
 */
export function restore(machine: FlowMachine, save: unknown): FlowSnapshot | undefined {
  if (!isRecord(save) || save.version !== FLOW_SAVE_VERSION || !isPhase(save.phase))
    return undefined;
  const context = save.context;
  const [initial] = initialTransition(machine);
  if (!isRecord(context) || context.scenarioId !== initial.context.scenarioId) return undefined;
  const keys = Object.keys(initial.context);
  if (!keys.every((key) => Object.hasOwn(context, key))) return undefined;
  if (!Array.isArray(context.past) || !Array.isArray(context.choices)) return undefined;
  return machine.resolveState({ value: save.phase, context: context as unknown as FlowContext });
}
