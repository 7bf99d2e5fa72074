/**
 * The runs of a class: each export admitted only when its events play out in the very case and
 * version it names (anything else is damaged or edited by hand), the same run counted once (the
 * later export wins), and grouped by case and version, never mixed.
 */
import { enterStep } from '../engine/run.ts';
import {
  analyzeRun,
  initialContext,
  isEnding,
  stepRun,
  type BuiltScenario,
  type RunAnalysis,
  type RunContext,
} from '../engine/index.ts';
import type { RunExport } from './run-export.ts';

/** Which branch of a run counts: the path the trainee ended with, or the first attempt. */
export type Attempt = 'final' | 'first';

export interface ClassRun {
  runId: string;
  caseId: string;
  hash: string;
  participant: string | null;
  updatedAt: string;
  /** The run as replayed in the case: where it stands, and the debrief's analysis. */
  at: string;
  ended: boolean;
  run: RunContext;
  analysis: RunAnalysis;
  /** Answers to reflection questions, by question id. */
  answers: Record<string, string>;
  /** The counted branch's events (for its path on the map). */
  events: RunExport['branches'][number]['events'];
  /** The export itself, to open the student's debrief as it was handed in. */
  source: RunExport;
}

export type RunRefusal = 'unknown-case' | 'tampered';

export type Admitted =
  { ok: true; run: ClassRun } | { ok: false; reason: RunRefusal; caseId: string; version: string };

/** The case an export was made on, if this device has it (built-in, a release, or an own case). */
export type FindCase = (id: string, hash: string) => BuiltScenario | undefined;

export function admitRun(
  data: RunExport,
  findCase: FindCase,
  attempt: Attempt = 'final',
): Admitted {
  const { id: caseId, version, hash } = data.scenario;
  const built = findCase(caseId, hash);
  if (!built) return { ok: false, reason: 'unknown-case', caseId, version };
  const branch =
    attempt === 'first'
      ? [...data.branches].sort((a, b) => a.number - b.number)[0]!
      : data.branches.find((b) => b.id === data.run.activeBranch)!;
  const { scenario } = built;
  let at = scenario.start;
  let run = enterStep(scenario, initialContext(scenario), at);
  for (const event of branch.events) {
    const next = stepRun(scenario, at, run, event);
    if (!next) return { ok: false, reason: 'tampered', caseId, version };
    ({ at, run } = next);
  }
  return {
    ok: true,
    run: {
      runId: data.run.id,
      caseId,
      hash,
      participant: data.run.participant?.trim() || null,
      updatedAt: data.run.updatedAt,
      at,
      ended: isEnding(scenario, at),
      run,
      analysis: analyzeRun(scenario, run),
      answers: Object.fromEntries(data.reflections.map((r) => [r.id, r.answer])),
      events: branch.events,
      source: data,
    },
  };
}

/** An export as the lecturer opened it: the file's name comes along to name it in messages. */
export interface OpenedRun {
  file: string;
  data: RunExport;
}

/**
 * Newly opened exports added to those already open. The same run opened twice counts once: the
 * export with the later `updatedAt` wins. `repeated` says how many were already open.
 */
export function addRuns(
  open: readonly OpenedRun[],
  incoming: readonly OpenedRun[],
): { runs: OpenedRun[]; repeated: number } {
  const latest = new Map(open.map((run) => [run.data.run.id, run]));
  let repeated = 0;
  for (const run of incoming) {
    const seen = latest.get(run.data.run.id);
    if (seen) repeated++;
    if (!seen || run.data.run.updatedAt > seen.data.run.updatedAt) latest.set(run.data.run.id, run);
  }
  return { runs: [...latest.values()], repeated };
}

export const caseKey = (id: string, hash: string) => `${id}@${hash}`;

export interface ClassRuns {
  /** Admitted runs by case and version (caseKey): one report each, never mixed. */
  groups: Map<string, ClassRun[]>;
  /** Exports whose events are not possible in their case: edited by hand or damaged. */
  tampered: OpenedRun[];
  /** Cases (and versions) this device lacks, with how many runs wait for each. */
  missing: { id: string; version: string; count: number }[];
}

/** Every opened export admitted (or not) and the admitted runs grouped by case and version. */
export function admitRuns(
  opened: readonly OpenedRun[],
  findCase: FindCase,
  attempt: Attempt = 'final',
): ClassRuns {
  const groups = new Map<string, ClassRun[]>();
  const tampered: OpenedRun[] = [];
  const missing = new Map<string, { id: string; version: string; count: number }>();
  for (const opening of opened) {
    const result = admitRun(opening.data, findCase, attempt);
    const key = caseKey(opening.data.scenario.id, opening.data.scenario.hash);
    if (result.ok) groups.set(key, [...(groups.get(key) ?? []), result.run]);
    else if (result.reason === 'tampered') tampered.push(opening);
    else {
      const seen = missing.get(key) ?? { id: result.caseId, version: result.version, count: 0 };
      missing.set(key, { ...seen, count: seen.count + 1 });
    }
  }
  return { groups, tampered, missing: [...missing.values()] };
}
