/**
 * What opening a checked case file would do to the library, decided before anything is stored:
 * add it, nothing (the same text again), replace its earlier text (the author's normal loop), or
 * ask about a clash of ids. Nothing is ever overwritten without the user's yes.
 */
import type { CatalogEntry } from '../engine/catalog.ts';
import { contentHash } from '../engine/hash.ts';
import type { Scenario } from '../engine/scenario.ts';
import { currentVersion, type OwnCase } from './record.ts';

export type ImportPlan =
  | { kind: 'new'; id: string }
  | { kind: 'unchanged'; id: string }
  /** The same case with other content (a new version, or the same version edited). */
  | { kind: 'update'; id: string; current: OwnCase }
  /** An id taken by a built-in case, or by an own case with another title: replace or keep both. */
  | { kind: 'clash'; id: string; clashWith: 'built-in' | 'own'; localId: string };

export function planImport(
  scenario: Scenario,
  builtIn: readonly Pick<CatalogEntry, 'id'>[],
  own: readonly OwnCase[],
): ImportPlan {
  const { id } = scenario;
  const taken = new Set([...builtIn.map((e) => e.id), ...own.map((o) => o.id)]);
  const localId = freeId(id, taken);
  const same = own.find((o) => o.id === id);
  if (same) {
    const current = currentVersion(same);
    if (current.hash === contentHash(scenario)) return { kind: 'unchanged', id };
    return contentHash(current.scenario.title) === contentHash(scenario.title)
      ? { kind: 'update', id, current: same }
      : { kind: 'clash', id, clashWith: 'own', localId };
  }
  if (builtIn.some((e) => e.id === id))
    return { kind: 'clash', id, clashWith: 'built-in', localId };
  return { kind: 'new', id };
}

/** The first of id-2, id-3, … that nothing in the library uses. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}
