/**
 * The cases a class's exports were made on, as this device has them: a built-in case at its
 * current version or an archived release, or an own case's kept text. Loaded before the report
 * is made, so admitting a run is a plain lookup.
 */
import type { BuiltScenario } from '../../engine/index.ts';
import { caseKey } from '../../class-report/class-runs.ts';
import type { RunExport } from '../../class-report/run-export.ts';
import { catalogEntry } from '../catalog.ts';
import { loadRunScenario } from '../scenario-cache.ts';

export async function findCases(runs: readonly RunExport[]): Promise<Map<string, BuiltScenario>> {
  const wanted = new Map(runs.map((r) => [caseKey(r.scenario.id, r.scenario.hash), r.scenario]));
  const found = new Map<string, BuiltScenario>();
  await Promise.all(
    [...wanted].map(async ([key, saved]) => {
      const entry = catalogEntry(saved.id);
      if (!entry) return;
      const { built } = await loadRunScenario(entry, saved);
      // loadRunScenario falls back to the current version: only an exact match counts.
      if (built.hash === saved.hash) found.set(key, built);
    }),
  );
  return found;
}
