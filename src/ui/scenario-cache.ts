/** Scenarios are loaded (a separate chunk each) on first use and then kept, one promise each. */
import type { BuiltScenario, CatalogEntry } from '../engine/index.ts';
import { versionWithHash } from '../own-cases/record.ts';
import { builtInCatalog, isOwn } from './catalog.ts';

const loading = new Map<string, Promise<BuiltScenario>>();

export function loadScenario(entry: CatalogEntry): Promise<BuiltScenario> {
  // An own case's text can change under the same id: its hash is part of the key.
  const key = `${entry.id}/${entry.hash}`;
  let promise = loading.get(key);
  if (!promise) loading.set(key, (promise = entry.load()));
  return promise;
}

/** The case a save was made on: the current one, or an archived release of an earlier version. */
export interface RunScenario {
  built: BuiltScenario;
  /** The earlier version the save was made on; absent when it is the current one. */
  release?: string;
}

const releases = new Map<string, Promise<RunScenario>>();

/**
 * The case to open a save on. A save made on an earlier version opens on that version's archived
 * release (loaded, with the list of releases, only now); one that matches no release opens on
 * the current case, which then refuses it with its reason.
 */
export function loadRunScenario(
  entry: CatalogEntry,
  saved: { version: string; hash: string },
): Promise<RunScenario> {
  if (saved.hash === entry.hash) return loadScenario(entry).then((built) => ({ built }));
  if (isOwn(entry)) {
    // An own case keeps every text a run was played on.
    const kept = versionWithHash(entry.own, saved.hash);
    if (kept) return Promise.resolve({ built: kept, release: kept.scenario.version });
    // An own case that stands in for a built-in one: the built-in case's runs open as before.
    const replaced = builtInCatalog.find((e) => e.id === entry.id);
    if (replaced) return loadRunScenario(replaced, saved);
    return loadScenario(entry).then((built) => ({ built }));
  }
  const key = `${entry.id}/${saved.version}/${saved.hash}`;
  let promise = releases.get(key);
  if (!promise) {
    // Loaded only here: the first screen carries neither the releases nor the save code.
    promise = import('virtual:scenario-releases').then(async ({ default: all }) => {
      const release = all[entry.id]?.[saved.version];
      if (!release || release.hash !== saved.hash) return { built: await loadScenario(entry) };
      const { restoreRelease } = await import('../engine/release.ts');
      return { built: restoreRelease(await release.load()), release: saved.version };
    });
    releases.set(key, promise);
  }
  return promise;
}
