/** Own cases: what opening a file would do, which texts are kept, and how a stored case is checked. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/engine/hash.ts';
import type { Scenario } from '../../src/engine/index.ts';
import { ownCaseLibrary } from '../../src/own-cases/library.ts';
import { planImport } from '../../src/own-cases/plan.ts';
import type { OwnCase } from '../../src/own-cases/record.ts';
import { OWN_CASE_SCHEMA, ownVersion, withNewVersion } from '../../src/own-cases/stored.ts';
import { openIdbStore } from '../../src/persistence/idb-store.ts';
import { loadScenario } from '../support/scenarios.ts';

const noor = (): Scenario => loadScenario('docs/examples/noor.yaml');
const edited = (scenario: Scenario, prompt: string): Scenario => {
  const copy = structuredClone(scenario);
  copy.scenes.meeting!.choice!.prompt = { nl: prompt, en: prompt };
  return copy;
};
const NOW = new Date('2026-12-03T08:00:00Z');
const asOwn = (scenario: Scenario, id = scenario.id): OwnCase => ({
  id,
  versions: [ownVersion(scenario, id, 'text', 'noor.yaml', NOW)],
});

describe('opening a case file', () => {
  const builtIn = [{ id: 'saskia' }, { id: 'timo' }];

  it('adds a new id, and does nothing for the same text again', () => {
    expect(planImport(noor(), builtIn, [])).toEqual({ kind: 'new', id: 'noor' });
    expect(planImport(noor(), builtIn, [asOwn(noor())])).toEqual({ kind: 'unchanged', id: 'noor' });
  });

  it('asks to replace an own case edited under the same id and title', () => {
    const plan = planImport(edited(noor(), 'Wat nu?'), builtIn, [asOwn(noor())]);
    expect(plan).toMatchObject({ kind: 'update', id: 'noor' });
  });

  it('offers replace or keep both for a built-in id, or an own case with another title', () => {
    const asTimo = { ...noor(), id: 'timo' };
    expect(planImport(asTimo, builtIn, [])).toEqual({
      kind: 'clash',
      id: 'timo',
      clashWith: 'built-in',
      localId: 'timo-2',
    });
    const retitled = { ...noor(), title: { nl: 'Iets anders', en: 'Something else' } };
    const taken = [asOwn(noor()), asOwn(noor(), 'noor-2')];
    expect(planImport(retitled, builtIn, taken)).toMatchObject({
      kind: 'clash',
      clashWith: 'own',
      localId: 'noor-3',
    });
  });
});

describe('the texts an own case keeps', () => {
  it('keeps an earlier text only while a run was played on it', () => {
    const first = asOwn(noor());
    const second = ownVersion(edited(noor(), 'Twee?'), 'noor', 'two', 'noor.yaml', NOW);
    const third = ownVersion(edited(noor(), 'Drie?'), 'noor', 'three', 'noor.yaml', NOW);
    const used = new Set([first.versions[0]!.hash]);
    const kept = withNewVersion(withNewVersion(first, second, used), third, used);
    expect(kept.versions.map((v) => v.text)).toEqual(['text', 'three']);
  });

  it('stores a kept copy under its local id, hashed as stored', () => {
    const version = ownVersion(noor(), 'noor-2', 'text', 'noor.yaml', NOW);
    expect(version.scenario.id).toBe('noor-2');
    expect(version.hash).toBe(contentHash(version.scenario));
  });

  it('refuses a stored case whose text no longer matches its fingerprint', () => {
    const own = asOwn(noor());
    expect(OWN_CASE_SCHEMA.restore(JSON.parse(JSON.stringify(own)))).toMatchObject({ ok: true });
    const damaged = structuredClone(own);
    damaged.versions[0]!.scenario.title = { nl: 'Gewijzigd', en: 'Changed' };
    expect(OWN_CASE_SCHEMA.restore(damaged)).toMatchObject({ ok: false });
  });

  it('survives being stored and read back, and a damaged record falls back to its last good copy', async () => {
    const library = ownCaseLibrary(await openIdbStore({ database: 'own-cases-test' }));
    const first = asOwn(noor());
    await library.save(first);
    const second = withNewVersion(
      first,
      ownVersion(edited(noor(), 'Twee?'), 'noor', 'two', 'noor.yaml', NOW),
      new Set(),
    );
    await library.save(second);
    expect((await library.list()).cases.map((c) => c.versions.at(-1)!.text)).toEqual(['two']);
    expect(await library.remove('noor')).toBe(true);
    expect(await library.list()).toEqual({ cases: [], unreadable: 0 });
  });
});
