/** Scenarios are loaded (a separate chunk each) on first use and then kept, one promise each. */
import catalog from 'virtual:scenarios';
import type { BuiltScenario, CatalogEntry } from '../engine/index.ts';

const loading = new Map<string, Promise<BuiltScenario>>();

export function catalogEntry(id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}

export function loadScenario(entry: CatalogEntry): Promise<BuiltScenario> {
  let promise = loading.get(entry.id);
  if (!promise) loading.set(entry.id, (promise = entry.load()));
  return promise;
}

export { catalog };
