/** An author's test run from a scene of the map: the case as if it started there. */
import { describe, expect, it } from 'vitest';
import { initialContext, startingAt } from '../../src/engine/index.ts';
import { enterStep } from '../../src/engine/run.ts';
import { choose, loadScenario, play } from '../support/scenarios.ts';

describe('a test run from a scene', () => {
  const saskia = loadScenario('scenarios/saskia.yaml');
  const [sceneId] = Object.entries(saskia.scenes).find(
    ([id, scene]) => id !== saskia.start && scene.choice,
  )!;

  it('begins at that scene, with the meters at their start values and no flags set', () => {
    const built = startingAt(saskia, sceneId);
    const fresh = initialContext(saskia);
    const run = enterStep(built.scenario, initialContext(built.scenario), sceneId);
    expect(built.scenario.start).toBe(sceneId);
    expect(run.meters).toEqual(fresh.meters);
    expect(Object.values(run.flags).some(Boolean)).toBe(false);
    const option = saskia.scenes[sceneId]!.choice!.options[0]!;
    const after = play(built.scenario, [choose(option.id)]).getSnapshot().context;
    expect(after.history[0]?.scene).toBe(sceneId);
  });

  it('is one and the same case for the same scene, so its saves match it', () => {
    expect(startingAt(saskia, sceneId)).toBe(startingAt(saskia, sceneId));
    expect(startingAt(saskia, sceneId).hash).not.toBe(startingAt(saskia, saskia.start).hash);
  });
});
