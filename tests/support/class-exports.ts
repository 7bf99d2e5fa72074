/** Run exports as the debrief writes them (debriefJson), made from playthroughs found by the engine. */
import {
  scenarioHash,
  type BuiltScenario,
  type RunEvent,
  type Scenario,
} from '../../src/engine/index.ts';
import { branchState } from '../../src/state/session.ts';
import type { RunRecord } from '../../src/state/run-record.ts';
import { debriefJson } from '../../src/ui/debrief/report.ts';

let made = 0;

export function runExport(
  scenario: Scenario,
  events: RunEvent[],
  options: { participant?: string; reflections?: Record<string, string>; runId?: string } = {},
): object {
  const built: BuiltScenario = { scenario, hash: scenarioHash(scenario) };
  const id = options.runId ?? `run${String(++made).padStart(4, '0')}`;
  const record: RunRecord = {
    id,
    scenarioId: scenario.id,
    mode: 'coach',
    startedAt: '2026-12-01T09:00:00.000Z',
    updatedAt: `2026-12-01T10:${String(made % 60).padStart(2, '0')}:00.000Z`,
    branches: [{ id: `${id}-b1`, ...branchState(built, events) }],
    activeBranch: `${id}-b1`,
    revision: 1,
    reflections: options.reflections ?? {},
    participant: options.participant,
  };
  return debriefJson(built, record);
}
