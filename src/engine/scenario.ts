import { resolveMeters, type MeterDefinition } from './meters.ts';
import type { Ending, Hierarchy, Leader, ScenarioFile, Scene } from './scenario.schema.ts';

/** A validated scenario, ready to compile: meters resolved, flags listed. */
export interface Scenario extends Omit<ScenarioFile, 'meters' | 'flags'> {
  meters: Record<string, MeterDefinition>;
  flags: string[];
}

/** Fill in defaults of a file that passed the schema. */
export function normalizeScenario(file: ScenarioFile): Scenario {
  return { ...file, meters: resolveMeters(file.meters), flags: file.flags ?? [] };
}

export function isEnding(scenario: Scenario, id: string): boolean {
  return Object.hasOwn(scenario.endings, id);
}

/** The scene or ending with this id. */
export function stepOf(scenario: Scenario, id: string): Scene | Ending | undefined {
  return Object.hasOwn(scenario.scenes, id) ? scenario.scenes[id] : scenario.endings[id];
}

/** Who is on top of each hierarchy for a scene's matter; the parents where the author is silent. */
export function leadsOf(scenario: Scenario, sceneId: string): Record<Hierarchy, Leader> {
  const leads = scenario.scenes[sceneId]?.choice?.leads;
  return {
    emotional: leads?.emotional ?? 'parents',
    responsibility: leads?.responsibility ?? 'parents',
    expertise: leads?.expertise ?? 'parents',
  };
}
