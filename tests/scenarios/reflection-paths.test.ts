/** Both cases ask reflection questions that fit the path played (paths found by the engine). */
import { describe, expect, it } from 'vitest';
import { reflectionQuestionsFor, type Scenario } from '../../src/engine/index.ts';
import { mostViolatingPlaythrough, respectfulPlaythrough } from '../support/paths.ts';
import { loadScenario } from '../support/scenarios.ts';

describe.each(['saskia', 'timo', 'thuiszitters-buikpijn'])('reflection questions of %s', (name) => {
  const scenario: Scenario = loadScenario(`scenarios/${name}.yaml`);
  const respectful = respectfulPlaythrough(scenario);
  const source = mostViolatingPlaythrough(scenario);
  const askedOn = (end: typeof respectful.end) => reflectionQuestionsFor(scenario, end);
  const ids = (end: typeof respectful.end) => askedOn(end).map((q) => q.id);

  it('has ids of its own for every question', () => {
    const all = (scenario.reflection ?? []).map((q) => q.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('asks the respectful path only about choices it made', () => {
    const chosenIn = new Set(respectful.end.history.map((choice) => choice.scene));
    const asked = askedOn(respectful.end);
    expect(asked.length).toBeGreaterThan(0);
    for (const question of asked.filter((q) => q.about !== undefined))
      expect(chosenIn).toContain(question.about);
  });

  it('asks the respectful path and the source’s path different questions', () => {
    const onRespectful = ids(respectful.end);
    const onSource = ids(source.end);
    // Each path gets questions of its own, besides those for every path.
    expect(onSource.filter((id) => !onRespectful.includes(id)).length).toBeGreaterThan(0);
    expect(onRespectful.filter((id) => !onSource.includes(id)).length).toBeGreaterThan(0);
    const general = (scenario.reflection ?? []).filter((q) => !q.if && !q.about).map((q) => q.id);
    expect(general.length).toBeGreaterThan(0);
    for (const id of general) expect(onRespectful.includes(id) && onSource.includes(id)).toBe(true);
  });

  it('asks the source’s path about the choices that violated the hierarchies', () => {
    const violatedIn = new Set(
      source.end.history
        .filter((choice) => Object.values(choice.verdicts).some((v) => v.verdict === 'violates'))
        .map((choice) => choice.scene),
    );
    const about = askedOn(source.end).flatMap((q) => (q.about ? [q.about] : []));
    expect(about.some((scene) => violatedIn.has(scene))).toBe(true);
  });

});
