/**
 * Released versions of the built-in cases: every case is archived at its current version exactly
 * as built, and a run saved on a release still opens on it after the case is revised, and can go
 * on in the revision where all its choices are still possible there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  restoreRelease,
  scenarioHash,
  type BuiltScenario,
  type Scenario,
} from '../../src/engine/index.ts';
import { branchState, carryOver, restoreBranch } from '../../src/state/index.ts';
import { releasePath, releaseProblems } from '../../scripts/releases.ts';
import { loadScenarios } from '../../scripts/vite-plugin-scenarios.ts';
import { SASKIA_SOURCE } from '../ui/debrief-render.tsx';

const current = loadScenarios('scenarios');
const archive = (id: string, version: string): unknown =>
  JSON.parse(readFileSync(releasePath('scenarios', id, version), 'utf8'));
/** Saskia 1.0.0, the first release, as the app receives it from the archive. */
const released = () => restoreRelease(archive('saskia', '1.0.0'));

/** A revised copy of Saskia: `edit` changes a deep copy of the current case. */
function revisedSaskia(edit: (scenario: Scenario) => void = () => {}): BuiltScenario {
  const saskia = current.find((b) => b.scenario.id === 'saskia')!;
  const scenario = structuredClone(saskia.scenario);
  // A version no release has yet.
  scenario.version = '99.0.0';
  scenario.summary = 'Herzien';
  edit(scenario);
  return { scenario, hash: scenarioHash(scenario) };
}

describe('the release check', () => {
  it('finds every case archived at its current version, with the same content', () => {
    expect(releaseProblems('scenarios', current)).toEqual([]);
  });

  it('fails a case that changed without a new version, and a version not archived yet', () => {
    const changed = revisedSaskia((s) => (s.version = '1.0.0'));
    expect(releaseProblems('scenarios', [changed])).toEqual([
      'Saskia changed since 1.0.0 was released: raise `version` in saskia.yaml and run npm run cases:release.',
    ]);
    expect(releaseProblems('scenarios', [revisedSaskia()])).toEqual([
      `Saskia 99.0.0 is not archived as a release: run npm run cases:release (it writes ${releasePath('scenarios', 'saskia', '99.0.0')}).`,
    ]);
  });
});

describe('an archived release', () => {
  it('is its version of the case exactly as built, under that version’s hash', () => {
    const saskia = current.find((b) => b.scenario.id === 'saskia')!;
    expect(restoreRelease(archive('saskia', saskia.scenario.version)).hash).toBe(saskia.hash);
    expect(scenarioHash(released().scenario)).toBe(released().hash);
    expect(released().hash).not.toBe(saskia.hash);
  });

  it('gives reflection questions without an id their position as id, keeping their text', () => {
    const raw = archive('saskia', '1.0.0') as { scenario: { reflection: unknown[] } };
    const questions = released().scenario.reflection as unknown as { id: string; text: unknown }[];
    expect(questions.map((q) => q.id)).toEqual(raw.scenario.reflection.map((_, i) => String(i)));
    expect(questions.map((q) => q.text)).toEqual(raw.scenario.reflection);
  });

  it('is refused when damaged or not a release', () => {
    const raw = archive('saskia', '1.0.0') as BuiltScenario;
    const damaged = { ...raw, scenario: { ...raw.scenario, summary: 'Veranderd' } };
    expect(() => restoreRelease(damaged)).toThrow(/saskia 1\.0\.0 is damaged/);
    expect(() => restoreRelease({ hello: 1 })).toThrow(/Not an archived release/);
  });
});

describe('a run saved on Saskia 1.0.0, after Saskia changed', () => {
  const events = SASKIA_SOURCE.slice(0, 3);
  const save = () => branchState(released(), events).save;

  it('is refused by the revised case, and opens on its archived release', () => {
    expect(save().scenario).toMatchObject({ id: 'saskia', version: '1.0.0' });
    expect(restoreBranch(revisedSaskia(), save())).toMatchObject({
      ok: false,
      reason: 'scenario-changed',
    });
    const reopened = restoreBranch(released(), save());
    expect(reopened).toMatchObject({ ok: true, events });
  });

  it('goes on in the revised case when its choices are all still possible there', () => {
    const revised = revisedSaskia();
    const carried = carryOver(revised, save().events);
    expect(carried?.save.scenario).toEqual({ id: 'saskia', version: '99.0.0', hash: revised.hash });
    expect(carried?.save.events).toEqual(events);
    expect(restoreBranch(revised, carried!.save)).toMatchObject({ ok: true });
  });

  it('cannot go on in a revision where one of its choices is gone', () => {
    const first = events[0] as { option: string };
    const revised = revisedSaskia((s) => {
      const choice = s.scenes[s.start]!.choice!;
      choice.options = choice.options.filter((o) => o.id !== first.option);
    });
    expect(carryOver(revised, save().events)).toBeUndefined();
  });
});
