/** A trainee's run of a scenario as it is kept: its branches (rewinds), mode and reflections. */
import * as z from 'zod/mini';
import type { LocalizedText, RunSave } from '../engine/index.ts';
import type { Schema } from '../persistence/index.ts';

/** coach: feedback after every choice; reflect: no feedback until the debrief. */
export type Mode = 'coach' | 'reflect';

export interface Branch {
  id: string;
  /** Where this branch was rewound from: the branch, and the index of the choice taken anew. */
  forkedFrom?: { branch: string; choice: number };
  /** The engine's save of this branch: its events, snapshot and the scenario's hash. */
  save: RunSave;
  /** Where the branch stands, for lists: the step it is at, its title, and whether it is an ending. */
  at: string;
  title: LocalizedText;
  ended: boolean;
}

export interface RunRecord {
  id: string;
  scenarioId: string;
  mode: Mode;
  startedAt: string;
  updatedAt: string;
  branches: Branch[];
  activeBranch: string;
  /**
   * Counts the saves of this record; each save is written only over the revision it was made from,
   * so a tab that missed another tab's save cannot overwrite it (missing: 0, as in records from
   * before revisions).
   */
  revision?: number;
  /** A run carried over from one played on an earlier version of its case (see releases). */
  continuedFrom?: { runId: string; version: string };
  /**
   * Answers to the scenario's reflection questions, by question id. Runs of case versions whose
   * questions had no id keep them under the position ("0", "1", …), which is the id such a
   * version's questions get when it is loaded.
   */
  reflections: Record<string, string>;
  /** The name or group this run is handed in under; absent until typed (see Settings). */
  participant?: string;
  /**
   * An author's test run from the map, started at this scene (meters at their start values, no
   * flags set): not a trainee's run, so the library's lists leave it out.
   */
  testFrom?: string;
}

const BranchShape = z.object({
  id: z.string(),
  forkedFrom: z.optional(z.object({ branch: z.string(), choice: z.number() })),
  save: z.looseObject({ format: z.string(), events: z.array(z.unknown()) }),
  at: z.string(),
  title: z.union([z.string(), z.record(z.string(), z.string())]),
  ended: z.boolean(),
});

const RunRecordShape = z.object({
  id: z.string(),
  scenarioId: z.string(),
  mode: z.enum(['coach', 'reflect']),
  startedAt: z.string(),
  updatedAt: z.string(),
  branches: z.array(BranchShape).check(z.minLength(1)),
  activeBranch: z.string(),
  revision: z.optional(z.int().check(z.nonnegative())),
  continuedFrom: z.optional(z.object({ runId: z.string(), version: z.string() })),
  reflections: z.record(z.string(), z.string()),
  participant: z.optional(z.string()),
  testFrom: z.optional(z.string()),
});

/** How run records are versioned and checked when read back. The engine checks each save itself. */
export const runRecordSchema: Schema<RunRecord> = {
  version: 1,
  restore: (data) => {
    const parsed = RunRecordShape.safeParse(data);
    if (!parsed.success) return { ok: false, problem: 'not a saved run' };
    const record = parsed.data as unknown as RunRecord;
    if (!record.branches.some((b) => b.id === record.activeBranch)) {
      return { ok: true, value: { ...record, activeBranch: record.branches[0]?.id ?? '' } };
    }
    return { ok: true, value: record };
  },
  revision: revisionOf,
};

/** The revision of a record's last save (0 before the first, and for records from before revisions). */
export function revisionOf(record: RunRecord): number {
  return record.revision ?? 0;
}

export const RUN_KEY_PREFIX = 'runs/';
export const runKey = (id: string) => `${RUN_KEY_PREFIX}${id}`;

export function activeBranchOf(record: RunRecord): Branch {
  return (
    record.branches.find((b) => b.id === record.activeBranch) ?? (record.branches[0] as Branch)
  );
}
