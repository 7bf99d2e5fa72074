/** The store of saved runs over real persistence: what is kept, and what the user is told. */
import { describe, expect, it } from 'vitest';
import { createLocalStore, createStore } from '../../src/persistence/index.ts';
import {
  activeBranchOf,
  branchState,
  createRunStore,
  eventsBeforeChoice,
} from '../../src/state/index.ts';
import { fakeStorage, securityError } from '../persistence/support.ts';
import { built, SASKIA_SOURCE } from '../ui/debrief-render.tsx';

const saskia = built('saskia');
const at = (n: number) => branchState(saskia, SASKIA_SOURCE.slice(0, n));

describe('the run store', () => {
  it('keeps a started run and its progress across a reload', () => {
    const storage = fakeStorage();
    const first = createRunStore(createStore(storage));
    const id = first.getState().start('saskia', 'coach', at(0), new Date('2026-11-22T09:00:00Z'));
    first.getState().update(id, at(2), new Date('2026-11-22T09:05:00Z'));
    const reloaded = createRunStore(createStore(storage));
    reloaded.getState().load();
    const run = reloaded.getState().runs[id];
    expect(run).toMatchObject({
      scenarioId: 'saskia',
      mode: 'coach',
      startedAt: '2026-11-22T09:00:00.000Z',
      updatedAt: '2026-11-22T09:05:00.000Z',
    });
    expect(activeBranchOf(run!).save.events).toEqual(SASKIA_SOURCE.slice(0, 2));
    expect(reloaded.getState().notices).toEqual([]);
  });

  it('rewinds into a new version and keeps every version', () => {
    const runs = createRunStore(createStore(fakeStorage()));
    const id = runs.getState().start('saskia', 'reflect', at(3));
    const original = runs.getState().runs[id]!.activeBranch;
    runs
      .getState()
      .fork(id, 1, branchState(saskia, eventsBeforeChoice(SASKIA_SOURCE.slice(0, 3), 1)));
    const run = runs.getState().runs[id]!;
    expect(run.branches.map((b) => b.save.events.length)).toEqual([3, 1]);
    runs.getState().switchBranch(id, original);
    expect(runs.getState().runs[id]!.activeBranch).toBe(original);
  });

  it('tells the user when a save does not fit, and keeps the last good one', () => {
    const storage = fakeStorage();
    const runs = createRunStore(createStore(storage));
    const id = runs.getState().start('saskia', 'coach', at(1));
    storage.quota = storage.used(); // full from now on
    runs.getState().update(id, at(3));
    expect(runs.getState().notices.map((n) => n.kind)).toEqual(['storage-full']);
    const reloaded = createRunStore(createStore(storage));
    reloaded.getState().load();
    expect(activeBranchOf(reloaded.getState().runs[id]!).save.events).toEqual(
      SASKIA_SOURCE.slice(0, 1),
    );
  });

  it('tells the user when the browser keeps nothing, and still plays', () => {
    const runs = createRunStore(
      createLocalStore({
        storage: () => {
          throw securityError();
        },
      }),
    );
    expect(runs.getState().notices.map((n) => n.kind)).toEqual(['storage-unavailable']);
    const id = runs.getState().start('saskia', 'coach', at(0));
    expect(runs.getState().runs[id]).toBeDefined();
  });

  it('recovers a damaged run from its last good copy and says so', () => {
    const storage = fakeStorage();
    const runs = createRunStore(createStore(storage));
    const id = runs.getState().start('saskia', 'coach', at(1));
    runs.getState().update(id, at(2));
    const key = [...storage.items.keys()].find((k) => k.includes(`data:runs/${id}`))!;
    storage.items.set(key, '{ this is not json');
    const reloaded = createRunStore(createStore(storage));
    reloaded.getState().load();
    expect(reloaded.getState().notices.map((n) => n.kind)).toEqual(['recovered']);
    expect(activeBranchOf(reloaded.getState().runs[id]!).save.events).toEqual(
      SASKIA_SOURCE.slice(0, 1),
    );
  });
});
