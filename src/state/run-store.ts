/** App-wide state of saved runs: the list, starting, saving, rewinding, reflections. */
import { createStore as createZustandStore } from 'zustand/vanilla';
import type { Store } from '../persistence/index.ts';
import { newId } from './ids.ts';
import type { Notice } from './notices.ts';
import { advanceBranch, playMoved, type Advance } from './run-merge.ts';
import {
  activeBranchOf,
  type Branch,
  runKey,
  runRecordSchema,
  RUN_KEY_PREFIX,
  revisionOf,
  type Mode,
  type RunRecord,
} from './run-record.ts';

/** A branch's save and where it stands (see Branch). */
export type BranchState = Omit<Branch, 'id' | 'forkedFrom'>;

export interface RunState {
  runs: Record<string, RunRecord>;
  notices: Notice[];
  /**
   * Per run, how often this tab caught up with a move made in another tab: a screen that plays
   * the run starts afresh from the new state when it changes.
   */
  caughtUp: Record<string, number>;
  /**
   * Per run, the version this tab's own choice just became because another tab had chosen
   * otherwise: the screen opening it still shows that choice's answer, as after any choice.
   */
  branchedHere: Record<string, string>;
  /** The run on screen, which is told about moves made in other tabs. */
  viewing: string | null;
  /** Read every saved run; damaged ones are recovered or quarantined, and the user is told. */
  load(): void;
  /** Read again what other tabs may have changed (a storage event, or the tab shown again). */
  sync(runId?: string): void;
  /** A new run, saved at once; returns its id. `from` adds fields such as `continuedFrom`. */
  start(
    scenarioId: string,
    mode: Mode,
    first: BranchState,
    now?: Date,
    from?: Partial<Pick<RunRecord, 'continuedFrom' | 'reflections' | 'testFrom'>>,
  ): string;
  /** The active branch moved on: keep its new save. */
  update(runId: string, branch: BranchState, now?: Date): void;
  /** Branch `branchId` moved on: keep its new save, as a new version if another tab chose otherwise. */
  advance(runId: string, branchId: string, branch: BranchState, now?: Date): void;
  /** Rewind: a new branch from an earlier choice, made active; the old branch is kept. */
  fork(runId: string, choice: number, branch: BranchState, now?: Date): void;
  switchBranch(runId: string, branchId: string): void;
  /** Keep the answer to the reflection question with this id (its position, in old cases). */
  setReflection(runId: string, questionId: string, answer: string): void;
  /** The name or group the run is handed in under ('' when the trainee cleared it). */
  setParticipant(runId: string, name: string): void;
  remove(runId: string): void;
  view(runId: string | null): void;
  dismiss(noticeId: string): void;
}

export function createRunStore(store: Store) {
  const runStore = createZustandStore<RunState>()((set, get) => {
    const notify = (notice: Omit<Notice, 'id'>) =>
      set((s) => ({
        notices: [
          ...s.notices.filter((n) => n.kind !== notice.kind || n.runId !== notice.runId),
          { ...notice, id: newId() },
        ],
      }));
    const keep = (record: RunRecord) => set((s) => ({ runs: { ...s.runs, [record.id]: record } }));
    const drop = (runId: string) =>
      set((s) => {
        const runs = { ...s.runs };
        delete runs[runId];
        return { runs };
      });
    /** The stored record of a run, as another tab may have left it; null if it is gone. */
    const stored = (runId: string): RunRecord | null | undefined => {
      const result = store.read(runKey(runId), runRecordSchema);
      if (result.status === 'ok' || result.status === 'recovered') return result.value;
      return result.status === 'missing' ? null : undefined;
    };
    /** Show another tab's record of a run; if its play moved, the screen starts from it, told so. */
    const adopt = (record: RunRecord) => {
      const mine = get().runs[record.id];
      keep(record);
      if (!mine || !playMoved(mine, record)) return;
      set((s) => ({
        caughtUp: { ...s.caughtUp, [record.id]: (s.caughtUp[record.id] ?? 0) + 1 },
        branchedHere: omit(s.branchedHere, record.id),
      }));
      if (get().viewing === record.id) notify({ kind: 'moved-elsewhere', runId: record.id });
    };
    /**
     * Save an edit of a run over the revision it was made from. If another tab saved first, its
     * record is read and the edit made again on it, so neither tab's change is lost. `edit`
     * returns undefined when there is nothing to save. Returns whether the edit was made again.
     */
    const change = (
      runId: string,
      edit: (record: RunRecord) => RunRecord | undefined,
      now = new Date(),
    ): boolean => {
      let base: RunRecord | null | undefined = get().runs[runId];
      let again = false;
      for (let attempt = 0; base && attempt < 5; attempt++) {
        const edited = edit(base);
        if (!edited) {
          if (again) adopt(base);
          return again;
        }
        const basedOn = revisionOf(base);
        const next = { ...edited, revision: basedOn + 1, updatedAt: now.toISOString() };
        const result = store.write(runKey(runId), next, runRecordSchema, { basedOn });
        if (result.ok || result.reason !== 'conflict') {
          keep(next);
          if (!result.ok)
            notify({
              kind: result.reason === 'quota' ? 'storage-full' : 'save-failed',
              runId,
              detail: result.detail,
            });
          return again;
        }
        base = stored(runId);
        again = true;
      }
      // Removed in another tab (a deliberate act there), or the storage kept refusing.
      if (base === null) drop(runId);
      else notify({ kind: 'save-failed', runId });
      return again;
    };
    return {
      runs: {},
      notices: store.available ? [] : [{ id: 'unavailable', kind: 'storage-unavailable' }],
      caughtUp: {},
      branchedHere: {},
      viewing: null,
      load() {
        const runs: Record<string, RunRecord> = {};
        for (const key of store.keys(RUN_KEY_PREFIX)) {
          const result = store.read(key, runRecordSchema);
          const runId = key.slice(RUN_KEY_PREFIX.length);
          if (result.status === 'ok' || result.status === 'recovered')
            runs[result.value.id] = result.value;
          if (result.status === 'recovered')
            notify({ kind: 'recovered', runId, detail: result.problem.detail });
          if (result.status === 'corrupt')
            notify({ kind: 'quarantined', runId, detail: result.problem.detail });
          if (result.status === 'newer') notify({ kind: 'newer', runId });
        }
        set({ runs });
      },
      sync(runId) {
        const ids = runId
          ? [runId]
          : [
              ...new Set([
                ...Object.keys(get().runs),
                ...store.keys(RUN_KEY_PREFIX).map((k) => k.slice(RUN_KEY_PREFIX.length)),
              ]),
            ];
        for (const id of ids) {
          const record = stored(id);
          if (record === null) drop(id);
          else if (record && JSON.stringify(record) !== JSON.stringify(get().runs[id]))
            adopt(record);
        }
      },
      start(scenarioId, mode, first, now = new Date(), from = {}) {
        const id = newId();
        const branch = { id: newId(), ...first };
        const stamp = now.toISOString();
        const record: RunRecord = {
          id,
          scenarioId,
          mode,
          startedAt: stamp,
          updatedAt: stamp,
          branches: [branch],
          activeBranch: branch.id,
          revision: 1,
          reflections: {},
          ...from,
        };
        keep(record);
        const result = store.write(runKey(id), record, runRecordSchema, { basedOn: 0 });
        if (!result.ok)
          notify({
            kind: result.reason === 'quota' ? 'storage-full' : 'save-failed',
            runId: id,
            detail: result.detail,
          });
        return id;
      },
      update(runId, branch, now) {
        const record = get().runs[runId];
        if (record) get().advance(runId, record.activeBranch, branch, now);
      },
      advance(runId, branchId, branch, now) {
        let last: Advance['outcome'] | undefined;
        const again = change(
          runId,
          (r) => {
            const advanced = advanceBranch(r, branchId, branch);
            last = advanced.outcome;
            return advanced.outcome === 'behind' ? undefined : advanced.record;
          },
          now,
        );
        if (last === 'branched') {
          const made = get().runs[runId]?.activeBranch;
          if (made) set((s) => ({ branchedHere: { ...s.branchedHere, [runId]: made } }));
          notify({ kind: 'conflict-branch', runId });
        } else if (again && last === 'behind' && get().viewing === runId)
          notify({ kind: 'moved-elsewhere', runId });
      },
      fork(runId, choice, branch, now) {
        const from = get().runs[runId]?.activeBranch;
        if (from === undefined) return;
        change(
          runId,
          (r) => {
            const created = { id: newId(), forkedFrom: { branch: from, choice }, ...branch };
            return { ...r, branches: [...r.branches, created], activeBranch: created.id };
          },
          now,
        );
      },
      switchBranch(runId, branchId) {
        change(runId, (r) =>
          r.branches.some((b) => b.id === branchId) ? { ...r, activeBranch: branchId } : undefined,
        );
      },
      setReflection(runId, questionId, answer) {
        change(runId, (r) => ({ ...r, reflections: { ...r.reflections, [questionId]: answer } }));
      },
      setParticipant(runId, name) {
        change(runId, (r) => ({ ...r, participant: name }));
      },
      remove(runId) {
        store.remove(runKey(runId));
        drop(runId);
      },
      view(runId) {
        set({ viewing: runId });
      },
      dismiss(noticeId) {
        set((s) => ({ notices: s.notices.filter((n) => n.id !== noticeId) }));
      },
    };
  });
  // Another tab saved or removed a run: catch up before this tab can act on the old state.
  store.watch((key) => {
    if (key === null) runStore.getState().sync();
    else if (key.startsWith(RUN_KEY_PREFIX))
      runStore.getState().sync(key.slice(RUN_KEY_PREFIX.length));
  });
  return runStore;
}

export type RunStore = ReturnType<typeof createRunStore>;
export { activeBranchOf };

/** The map without the entry for `key`. */
function omit<T>(map: Record<string, T>, key: string): Record<string, T> {
  const rest = { ...map };
  delete rest[key];
  return rest;
}
