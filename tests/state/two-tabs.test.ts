/**
 * Two tabs of one run, as two run stores over one shared storage: a tab catches up with what the
 * other saved, and a choice made in a tab that had not caught up yet is kept as a version of its own.
 */
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/persistence/index.ts';
import { activeBranchOf, branchState, createRunStore } from '../../src/state/index.ts';
import { sharedStorage } from '../persistence/support.ts';
import { choose } from '../support/scenarios.ts';
import { built, SASKIA_RESPECTFUL, SASKIA_SOURCE } from '../ui/debrief-render.tsx';

const saskia = built('saskia');
const along = (events = SASKIA_SOURCE, n = events.length) =>
  branchState(saskia, events.slice(0, n));

/** Tabs A and B with the same run open: started in A, and B having caught up with it. */
function twoTabs(startAt = 0) {
  const shared = sharedStorage();
  const tab = () => {
    const { storage, changes } = shared.tab();
    return createRunStore(createStore(storage, { changes }));
  };
  const a = tab();
  const b = tab();
  const runId = a.getState().start('saskia', 'coach', along(SASKIA_SOURCE, startAt));
  b.getState().load();
  shared.deliver();
  return { shared, a, b, runId };
}

const eventsOf = (store: ReturnType<typeof twoTabs>['a'], runId: string) =>
  store.getState().runs[runId]!.branches.map((branch) => branch.save.events);

describe('a run open in two tabs', () => {
  it('catches up when the other tab plays on, and tells the user where the run is on screen', () => {
    const { shared, a, b, runId } = twoTabs(1);
    b.getState().view(runId);
    a.getState().update(runId, along(SASKIA_SOURCE, 2));
    expect(activeBranchOf(b.getState().runs[runId]!).save.events).toHaveLength(1);
    shared.deliver();
    expect(activeBranchOf(b.getState().runs[runId]!).save.events).toEqual(
      SASKIA_SOURCE.slice(0, 2),
    );
    expect(b.getState().caughtUp[runId]).toBe(1);
    expect(b.getState().notices.map((n) => n.kind)).toEqual(['moved-elsewhere']);
    // Tab A, which played, is not told anything.
    expect(a.getState().notices).toEqual([]);
  });

  it('catches up silently where the run is not on screen, and without a restart for an answer', () => {
    const { shared, a, b, runId } = twoTabs(1);
    a.getState().update(runId, along(SASKIA_SOURCE, 2));
    shared.deliver();
    expect(b.getState().notices).toEqual([]);
    b.getState().view(runId);
    a.getState().setReflection(runId, 'what-i-learned', 'Wat ik leerde');
    shared.deliver();
    expect(b.getState().runs[runId]!.reflections).toEqual({ 'what-i-learned': 'Wat ik leerde' });
    expect(b.getState().caughtUp[runId]).toBe(1);
    expect(b.getState().notices).toEqual([]);
  });

  it('keeps both choices when a tab that had not caught up yet chooses otherwise', () => {
    const { shared, a, b, runId } = twoTabs(0);
    const original = a.getState().runs[runId]!.activeBranch;
    // Both tabs show the first choice; A chooses, and B chooses otherwise before it hears of A.
    a.getState().update(runId, along(SASKIA_SOURCE, 1));
    b.getState().update(runId, along(SASKIA_RESPECTFUL, 1));

    const run = b.getState().runs[runId]!;
    expect(eventsOf(b, runId)).toEqual([SASKIA_SOURCE.slice(0, 1), SASKIA_RESPECTFUL.slice(0, 1)]);
    expect(run.branches[1]!.forkedFrom).toEqual({ branch: original, choice: 0 });
    expect(run.activeBranch).toBe(run.branches[1]!.id);
    expect(b.getState().notices.map((n) => n.kind)).toEqual(['conflict-branch']);
    // B's own choice made this version: B's screen keeps its answer up; A did not choose it.
    expect(b.getState().branchedHere[runId]).toBe(run.activeBranch);

    // A hears of it and shows the same two versions; a reload finds them too.
    shared.deliver();
    expect(eventsOf(a, runId)).toEqual(eventsOf(b, runId));
    expect(a.getState().caughtUp[runId]).toBe(1);
    expect(a.getState().branchedHere[runId]).toBeUndefined();
    const reloaded = createRunStore(createStore(shared.tab().storage));
    reloaded.getState().load();
    expect(eventsOf(reloaded, runId)).toEqual(eventsOf(b, runId));
  });

  it('keeps the later choices of a branch the other tab is on as well', () => {
    const { a, b, runId } = twoTabs(2);
    a.getState().update(runId, along(SASKIA_SOURCE, 4));
    // B, still at two choices, makes a third one other than A's.
    b.getState().update(
      runId,
      branchState(saskia, [...SASKIA_SOURCE.slice(0, 2), choose('f-bullying-focus')]),
    );
    const [first, second] = b.getState().runs[runId]!.branches;
    expect(first!.save.events).toEqual(SASKIA_SOURCE.slice(0, 4));
    expect(second!.save.events.at(-1)).toEqual(choose('f-bullying-focus'));
    expect(second!.forkedFrom?.choice).toBe(2);
  });

  it('writes nothing when a tab that had not caught up makes the same choice, and catches up', () => {
    const { a, b, runId } = twoTabs(1);
    b.getState().view(runId);
    a.getState().update(runId, along(SASKIA_SOURCE, 3));
    b.getState().update(runId, along(SASKIA_SOURCE, 2));
    expect(eventsOf(b, runId)).toEqual([SASKIA_SOURCE.slice(0, 3)]);
    expect(b.getState().caughtUp[runId]).toBe(1);
    expect(b.getState().notices.map((n) => n.kind)).toEqual(['moved-elsewhere']);
  });

  it('keeps a rewind made in a tab that had not caught up, beside the other tab’s step', () => {
    const { a, b, runId } = twoTabs(2);
    a.getState().update(runId, along(SASKIA_SOURCE, 3));
    b.getState().fork(runId, 0, along(SASKIA_SOURCE, 0));
    expect(eventsOf(b, runId)).toEqual([SASKIA_SOURCE.slice(0, 3), []]);
  });

  it('follows a removal in the other tab and does not bring the run back', () => {
    const { shared, a, b, runId } = twoTabs(1);
    a.getState().remove(runId);
    b.getState().update(runId, along(SASKIA_SOURCE, 2));
    expect(b.getState().runs[runId]).toBeUndefined();
    shared.deliver();
    expect(shared.items.size).toBe(0);
  });

  it('lists a run started in the other tab', () => {
    const { shared, a, b } = twoTabs(0);
    const second = a.getState().start('saskia', 'reflect', along(SASKIA_SOURCE, 0));
    shared.deliver();
    expect(b.getState().runs[second]?.mode).toBe('reflect');
  });
});
