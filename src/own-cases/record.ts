/**
 * A case the user opened from a file: every text of it that is still needed, newest last. The
 * newest is the one the library offers; an older one stays while a run was played on it, so that
 * run opens as it was played.
 */
// Types only: the library's first screen reads own cases through this module.
import type { BuiltScenario, CatalogEntry } from '../engine/catalog.ts';
import type { Scenario } from '../engine/scenario.ts';

export interface OwnCaseVersion {
  /** The scenario as checked when the file was opened (its id may be a local one, see below). */
  scenario: Scenario;
  hash: string;
  /** The file as the author wrote it: what "download" gives back. */
  text: string;
  fileName: string;
  addedAt: string;
}

export interface OwnCase {
  /** The id in the library: the file's own id, or a local one when the user kept both. */
  id: string;
  versions: OwnCaseVersion[];
}

export const currentVersion = (own: OwnCase): OwnCaseVersion => own.versions.at(-1)!;

/** What the library shows of an own case, and how it loads: the same as for a built-in one. */
export type OwnCatalogEntry = CatalogEntry & { own: OwnCase };

export function catalogEntryOf(own: OwnCase): OwnCatalogEntry {
  const { scenario, hash } = currentVersion(own);
  const built: BuiltScenario = { scenario, hash };
  return {
    id: own.id,
    version: scenario.version,
    languages: scenario.languages,
    title: scenario.title,
    summary: scenario.summary,
    pupil: scenario.pupil,
    estimatedMinutes: scenario.estimatedMinutes,
    hash,
    load: () => Promise.resolve(built),
    own,
  };
}

/** The text a run was played on, if it is kept. */
export function versionWithHash(own: OwnCase, hash: string): OwnCaseVersion | undefined {
  return own.versions.find((v) => v.hash === hash);
}
