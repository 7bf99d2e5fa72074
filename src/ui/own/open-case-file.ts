/**
 * Opening a case file, step by step: check it in the worker, then add it, or ask first when it
 * would replace something. Every outcome is a state the library shows; a broken file adds nothing.
 */
import type { Problem } from '../../authoring/index.ts';
import type { Language, Scenario } from '../../engine/index.ts';
import { checkFile } from '../../own-cases/check-client.ts';
import type { ImportPlan } from '../../own-cases/plan.ts';
import type { WriteFailure } from '../../persistence/index.ts';
import { loadOwnCases } from '../catalog.ts';
import { addOwnCase, planFor, type ClashChoice } from './own-cases.ts';

/** A file that is checked and would replace or clash: it waits for the user's answer. */
export interface AwaitingChoice {
  step: 'confirm';
  fileName: string;
  plan: Extract<ImportPlan, { kind: 'update' | 'clash' }>;
  scenario: Scenario;
  text: string;
  warnings: Problem[];
}

export type OpenState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  /** Not added: the file's errors (with its text, to show the lines around each; a draft to map). */
  | { step: 'refused'; fileName: string; problems: Problem[]; text: string; draft?: Scenario }
  /** Not added: refused before it could be checked. */
  | {
      step: 'unreadable';
      fileName: string;
      reason: 'too-large' | 'timeout' | 'failed';
      size?: number;
    }
  | AwaitingChoice
  | {
      step: 'added';
      fileName: string;
      id: string;
      how: 'new' | 'replaced' | 'kept-both';
      title: Scenario['title'];
      warnings: Problem[];
      text: string;
    }
  | { step: 'unchanged'; fileName: string; id: string }
  | { step: 'not-saved'; fileName: string; reason: WriteFailure };

export async function openCaseFile(file: File, lang: Language): Promise<OpenState> {
  const fileName = file.name;
  const outcome = await checkFile(file, lang);
  if (outcome.status === 'too-large')
    return { step: 'unreadable', fileName, reason: 'too-large', size: outcome.size };
  if (outcome.status !== 'checked') return { step: 'unreadable', fileName, reason: outcome.status };
  const { scenario, problems, text, draft } = outcome;
  if (!scenario) return { step: 'refused', fileName, problems, text, draft };
  // The plan compares with the own cases on this device: they must have been read first.
  await loadOwnCases();
  const plan = planFor(scenario);
  if (plan.kind === 'unchanged') return { step: 'unchanged', fileName, id: plan.id };
  if (plan.kind === 'new') return add({ plan, scenario, text, fileName, warnings: problems });
  return { step: 'confirm', fileName, plan, scenario, text, warnings: problems };
}

/** The user's answer to a replace or clash question. */
export function confirmCaseFile(waiting: AwaitingChoice, choice: ClashChoice): Promise<OpenState> {
  return add(waiting, choice);
}

async function add(
  file: Pick<AwaitingChoice, 'scenario' | 'text' | 'fileName' | 'warnings'> & { plan: ImportPlan },
  choice?: ClashChoice,
): Promise<OpenState> {
  const { plan, scenario, text, fileName, warnings } = file;
  const added = await addOwnCase(plan, scenario, text, fileName, choice);
  if (!added.ok) return { step: 'not-saved', fileName, reason: added.reason };
  const how = plan.kind === 'new' ? 'new' : choice === 'keep-both' ? 'kept-both' : 'replaced';
  return { step: 'added', fileName, id: added.id, how, title: scenario.title, warnings, text };
}
