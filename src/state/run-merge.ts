/**
 * Two tabs of one run: how a branch's new save lands on the run as it is stored now, which another
 * tab may have moved on. A choice is never dropped: where the tabs chose differently, the new save
 * becomes a version (branch) of its own.
 */
import type { RunEvent } from '../engine/index.ts';
import { newId } from './ids.ts';
import type { Branch, RunRecord } from './run-record.ts';
import type { BranchState } from './run-store.ts';

/**
 * advanced: the branch moved on from what is stored (the usual step);
 * behind: what is stored already holds these events and more, so there is nothing to keep;
 * branched: the stored branch went another way, so these events became a new version.
 */
export type Advance =
  | { outcome: 'advanced' | 'branched'; record: RunRecord }
  | { outcome: 'behind'; record: RunRecord };

const sameEvent = (a: RunEvent, b: RunEvent) =>
  a.type === b.type && (a.type !== 'choice.select' || a.option === (b as typeof a).option);

/** How many events at the start the two lists share. */
function sharedStart(a: readonly RunEvent[], b: readonly RunEvent[]): number {
  let n = 0;
  while (n < a.length && n < b.length && sameEvent(a[n] as RunEvent, b[n] as RunEvent)) n++;
  return n;
}

const choicesIn = (events: readonly RunEvent[]) =>
  events.filter((e) => e.type === 'choice.select').length;

/** The run with branch `branchId` moved on to `state`, made the active branch. */
export function advanceBranch(record: RunRecord, branchId: string, state: BranchState): Advance {
  const stored = record.branches.find((b) => b.id === branchId);
  const mine = state.save.events;
  const theirs = stored?.save.events ?? [];
  const shared = sharedStart(theirs, mine);
  if (stored && shared === theirs.length) {
    const branches = record.branches.map((b) => (b.id === branchId ? { ...b, ...state } : b));
    return { outcome: 'advanced', record: { ...record, branches, activeBranch: branchId } };
  }
  if (shared === mine.length) return { outcome: 'behind', record };
  const created: Branch = {
    id: newId(),
    ...(stored && { forkedFrom: { branch: branchId, choice: choicesIn(mine.slice(0, shared)) } }),
    ...state,
  };
  return {
    outcome: 'branched',
    record: { ...record, branches: [...record.branches, created], activeBranch: created.id },
  };
}

/** Whether two records of a run differ in what is played (not only in reflections or times). */
export function playMoved(before: RunRecord, after: RunRecord): boolean {
  return (
    before.activeBranch !== after.activeBranch ||
    JSON.stringify(before.branches) !== JSON.stringify(after.branches)
  );
}
