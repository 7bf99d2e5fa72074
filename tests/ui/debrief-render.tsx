/** Helpers for the UI tests: real runs of the real scenarios. */
import { scenarioHash, type BuiltScenario, type RunEvent } from '../../src/engine/index.ts';
import { branchState, type Branch, type RunRecord } from '../../src/state/index.ts';
import { choose, CONTINUE, loadScenario } from '../support/scenarios.ts';
import { renderWithI18n } from './render.tsx';

/** The debrief tests render like every component test. */
export const renderDebrief = renderWithI18n;

const cache = new Map<string, BuiltScenario>();
/** A scenario as the app receives it, loaded and validated once per test file. */
export function built(name: 'saskia' | 'timo'): BuiltScenario {
  let found = cache.get(name);
  if (!found) {
    const scenario = loadScenario(`scenarios/${name}.yaml`);
    cache.set(name, (found = { scenario, hash: scenarioHash(scenario) }));
  }
  return found;
}

/** Saskia as it went in the source: the counsellor talks about the divorce against the wish. */
export const SASKIA_SOURCE = [
  'm1-nod',
  'm2-promise',
  'f-raise-divorce',
  't-always-come-to-me',
  'w2-follow-up-talk',
  'pcall-defend',
].map(choose);
/** Saskia along the hierarchies: concern without judgement, permission from the parents. */
export const SASKIA_RESPECTFUL = [
  'm1-concern',
  'm2-agree',
  'f-bullying-focus',
  'pc-serving-offer',
  'pp-let-them-tell',
  'sp-listen-school',
].map(choose);
/** Timo as it went in the source: three tips on the spot, help that is sabotaged. */
export const TIMO_SOURCE: RunEvent[] = [
  choose('three-tips'),
  choose('school-own-task'),
  CONTINUE,
  choose('session-check-tips'),
  choose('chair-push-parents'),
];

export interface BranchSpec {
  events: RunEvent[];
  forkedFrom?: Branch['forkedFrom'];
}

/** A run record as the store keeps it, its branches made by playing the events in the engine. */
export function record(
  scenario: BuiltScenario,
  branches: BranchSpec[],
  extra: Partial<RunRecord> = {},
): RunRecord {
  const made = branches.map((spec, i): Branch => ({
    id: `b${i + 1}`,
    ...(spec.forkedFrom ? { forkedFrom: spec.forkedFrom } : {}),
    ...branchState(scenario, spec.events),
  }));
  return {
    id: 'run-1',
    scenarioId: scenario.scenario.id,
    mode: 'reflect',
    startedAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T12:00:00.000Z',
    branches: made,
    activeBranch: made.at(-1)!.id,
    reflections: {},
    ...extra,
  };
}
