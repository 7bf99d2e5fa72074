/** An own case as it is stored and changed: a new text added, and the check when it is read back. */
import { contentHash } from '../engine/hash.ts';
import type { Scenario } from '../engine/scenario.ts';
import type { Schema } from '../persistence/store.types.ts';
import type { OwnCase, OwnCaseVersion } from './record.ts';

/**
 * The case with a new text as its current one. Older texts are kept only while a run uses them
 * (`inUse`: the hashes runs were played on); the same text opened again is not added twice.
 */
export function withNewVersion(
  own: OwnCase,
  added: OwnCaseVersion,
  inUse: ReadonlySet<string>,
): OwnCase {
  const kept = own.versions.filter((v) => v.hash !== added.hash && inUse.has(v.hash));
  return { ...own, versions: [...kept, added] };
}

/** A version for the library: the scenario under the library's id, hashed as stored. */
export function ownVersion(
  scenario: Scenario,
  id: string,
  text: string,
  fileName: string,
  now: Date,
): OwnCaseVersion {
  const stored = scenario.id === id ? scenario : { ...scenario, id };
  return {
    scenario: stored,
    hash: contentHash(stored),
    text,
    fileName,
    addedAt: now.toISOString(),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored form. A version whose scenario no longer matches its hash was damaged: the record is
 * refused, and the store falls back to its last good copy.
 */
export const OWN_CASE_SCHEMA: Schema<OwnCase> = {
  version: 1,
  restore(data) {
    if (!isObject(data) || typeof data.id !== 'string' || !Array.isArray(data.versions))
      return { ok: false, problem: 'Not an own case.' };
    if (data.versions.length === 0) return { ok: false, problem: 'An own case without a text.' };
    for (const v of data.versions as unknown[]) {
      if (
        !isObject(v) ||
        !isObject(v.scenario) ||
        typeof v.hash !== 'string' ||
        typeof v.text !== 'string' ||
        typeof v.fileName !== 'string' ||
        typeof v.addedAt !== 'string'
      )
        return { ok: false, problem: 'A version of the case is incomplete.' };
      if (v.scenario.id !== data.id || contentHash(v.scenario as unknown as Scenario) !== v.hash)
        return { ok: false, problem: 'A version of the case does not match its fingerprint.' };
    }
    return { ok: true, value: data as unknown as OwnCase };
  },
};
