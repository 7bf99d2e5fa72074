/** App-wide state of saved runs: the list, starting, saving, rewinding, reflections. */
import { createStore as createZustandStore } from 'zustand/vanilla';
import type { Store, WriteResult } from '../persistence/index.ts';
import { newId } from './ids.ts';
import type { Notice } from './notices.ts';
import {
  activeBranchOf,
  type Branch,
  runKey,
  runRecordSchema,
  RUN_KEY_PREFIX,
  type Mode,
  type RunRecord,
} from './run-record.ts';

/** A branch's save and where it stands (see Branch). */
export type BranchState = Omit<Branch, 'id' | 'forkedFrom'>;

export interface RunState {
  runs: Record<string, RunRecord>;
  notices: Notice[];
  /** Read every saved run; damaged ones are recovered or quarantined, and the user is told. */
  load(): void;
  /** A new run of a scenario, saved at once; returns its id. */
  start(scenarioId: string, mode: Mode, first: BranchState, now?: Date): string;
  /** The active branch moved on: keep its new save. */
  update(runId: string, branch: BranchState, now?: Date): void;
  /** Rewind: a new branch from an earlier choice, made active; the old branch is kept. */
  fork(runId: string, choice: number, branch: BranchState, now?: Date): void;
  switchBranch(runId: string, branchId: string): void;
  /** Keep the answer to the reflection question with this id (its position, in old cases). */
  setReflection(runId: string, questionId: string, answer: string): void;
  /** The name or group the run is handed in under ('' when the trainee cleared it). */
  setParticipant(runId: string, name: string): void;
  remove(runId: string): void;
  dismiss(noticeId: string): void;
}

export function createRunStore(store: Store) {
  return createZustandStore<RunState>()((set, get) => {
    const notify = (notice: Omit<Notice, 'id'>) =>
      set((s) => ({
        notices: [
          ...s.notices.filter((n) => n.kind !== notice.kind || n.runId !== notice.runId),
          { ...notice, id: newId() },
        ],
      }));
    const persist = (record: RunRecord) => {
      set((s) => ({ runs: { ...s.runs, [record.id]: record } }));
      const result: WriteResult = store.write(runKey(record.id), record, runRecordSchema);
      if (!result.ok)
        notify({
          kind: result.reason === 'quota' ? 'storage-full' : 'save-failed',
          runId: record.id,
          detail: result.detail,
        });
    };
    const change = (runId: string, edit: (record: RunRecord) => RunRecord, now = new Date()) => {
      const record = get().runs[runId];
      if (record) persist({ ...edit(record), updatedAt: now.toISOString() });
    };
    return {
      runs: {},
      notices: store.available ? [] : [{ id: 'unavailable', kind: 'storage-unavailable' }],
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
      start(scenarioId, mode, first, now = new Date()) {
        const id = newId();
        const branch = { id: newId(), ...first };
        const stamp = now.toISOString();
        persist({
          id,
          scenarioId,
          mode,
          startedAt: stamp,
          updatedAt: stamp,
          branches: [branch],
          activeBranch: branch.id,
          reflections: {},
        });
        return id;
      },
      update(runId, branch, now) {
        change(
          runId,
          (r) => ({
            ...r,
            branches: r.branches.map((b) => (b.id === r.activeBranch ? { ...b, ...branch } : b)),
          }),
          now,
        );
      },
      fork(runId, choice, branch, now) {
        change(
          runId,
          (r) => {
            const created = {
              id: newId(),
              forkedFrom: { branch: r.activeBranch, choice },
              ...branch,
            };
            return { ...r, branches: [...r.branches, created], activeBranch: created.id };
          },
          now,
        );
      },
      switchBranch(runId, branchId) {
        change(runId, (r) =>
          r.branches.some((b) => b.id === branchId) ? { ...r, activeBranch: branchId } : r,
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
        set((s) => {
          const runs = { ...s.runs };
          delete runs[runId];
          return { runs };
        });
      },
      dismiss(noticeId) {
        set((s) => ({ notices: s.notices.filter((n) => n.id !== noticeId) }));
      },
    };
  });
}

export type RunStore = ReturnType<typeof createRunStore>;
export { activeBranchOf };
