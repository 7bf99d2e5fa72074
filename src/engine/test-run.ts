/**
 * A case that starts at one of its scenes, for an author's test run from the map: the same case
 * with another `start`, so the run begins there with the meters at their start values and no flags
 * set. One object per case and scene, so its hash and compiled machine are made once.
 */
import type { BuiltScenario } from './catalog.ts';
import { contentHash } from './hash.ts';
import type { Scenario } from './scenario.ts';

const derived = new WeakMap<Scenario, Map<string, BuiltScenario>>();

export function startingAt(scenario: Scenario, sceneId: string): BuiltScenario {
  let bySceneId = derived.get(scenario);
  if (!bySceneId) derived.set(scenario, (bySceneId = new Map()));
  let built = bySceneId.get(sceneId);
  if (!built) {
    const from = { ...scenario, start: sceneId };
    bySceneId.set(sceneId, (built = { scenario: from, hash: contentHash(from) }));
  }
  return built;
}
