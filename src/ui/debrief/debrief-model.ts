/**
 * What the debrief shows of a branch, worked out once for the screen and the exported reports:
 * the branch restored through the engine, its analysis, its ending, and where it left the
 * respectful path.
 */
import {
  analyzeRun,
  localize,
  respectfulPath,
  stepOf,
  type BuiltScenario,
  type Ending,
  type Language,
  type RespectfulPath,
  type RestoreResult,
  type RunAnalysis,
  type RunContext,
  type Scenario,
} from '../../engine/index.ts';
import { restoreBranch, type Branch, type RunRecord } from '../../state/index.ts';

export type Refusal = Extract<RestoreResult, { ok: false }>;

export interface BranchDebrief {
  ok: true;
  branch: Branch;
  /** 1-based place of the branch in creation order ("Version 2"). */
  number: number;
  context: RunContext;
  /** The step the branch is at: a scene, or an ending. */
  step: string;
  analysis: RunAnalysis;
  /** The ending reached, when the branch has ended. */
  ending?: { id: string; ending: Ending };
}

export type BranchResult = BranchDebrief | (Refusal & { branch: Branch; number: number });

/** Restore a branch and analyse it, or say why the engine refused it. */
export function debriefBranch(
  built: BuiltScenario,
  branches: readonly Branch[],
  branch: Branch,
): BranchResult {
  const number = branches.indexOf(branch) + 1;
  const restored = restoreBranch(built, branch.save);
  if (!restored.ok) return { ...restored, branch, number };
  const { scenario } = built;
  const context = restored.snapshot.context;
  const step = String(restored.snapshot.value);
  const ending = Object.hasOwn(scenario.endings, step)
    ? { id: step, ending: scenario.endings[step] as Ending }
    : undefined;
  return {
    ok: true,
    branch,
    number,
    context,
    step,
    analysis: analyzeRun(scenario, context),
    ending,
  };
}

/** Every branch of a record, restored, in creation order. */
export function debriefBranches(built: BuiltScenario, branches: readonly Branch[]): BranchResult[] {
  return branches.map((branch) => debriefBranch(built, branches, branch));
}

/** The record's active branch, restored. */
export function activeDebrief(built: BuiltScenario, record: RunRecord): BranchResult {
  const branch =
    record.branches.find((b) => b.id === record.activeBranch) ?? (record.branches[0] as Branch);
  return debriefBranch(built, record.branches, branch);
}

export type Departure =
  /** The trainee's choice number `index` (0-based) differs from the respectful path's. */
  | { kind: 'departed'; index: number }
  /** Every choice so far matches; `complete` when the run took the whole path. */
  | { kind: 'same'; complete: boolean };

/** Where the trainee's choices first left the respectful path. */
export function departureFrom(analysis: RunAnalysis, path: RespectfulPath): Departure {
  const made = analysis.choices.map((c) => c.choice);
  // When the shown path respects everything, other paths may too: the trainee leaves "the"
  // respectful path only with a choice that strains or violates a hierarchy.
  const fullyRespectful = path.violations === 0 && path.strains === 0;
  const index = fullyRespectful
    ? analysis.choices.findIndex((c) => c.violated.length > 0 || c.strained.length > 0)
    : made.findIndex((choice, i) => {
        const step = path.steps[i];
        return !step || step.scene !== choice.scene || step.option !== choice.option;
      });
  if (index >= 0) return { kind: 'departed', index };
  return { kind: 'same', complete: made.length === path.steps.length };
}

/** The respectful path of a scenario, searched once per scenario. */
const paths = new WeakMap<Scenario, RespectfulPath | null>();
export function respectfulPathOf(scenario: Scenario): RespectfulPath | undefined {
  if (!paths.has(scenario)) paths.set(scenario, respectfulPath(scenario) ?? null);
  return paths.get(scenario) ?? undefined;
}

/** The title of a scene or ending, in the reader's language; its id when there is none. */
export function stepTitle(scenario: Scenario, step: string, language: Language): string {
  const found = stepOf(scenario, step);
  return found ? localize(found.title, language) : step;
}

/** The text of an option of a scene, in the reader's language; its id when it is gone. */
export function optionText(
  scenario: Scenario,
  scene: string,
  option: string,
  language: Language,
): string {
  const found = scenario.scenes[scene]?.choice?.options.find((o) => o.id === option);
  return found ? localize(found.text, language).trim() : option;
}

/** A date in the reader's language, in the reader's time zone. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
}

/** 'emotionele hiërarchie' → 'Emotionele hiërarchie', for the start of a line. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
