/** The user's own cases on this device, one record each in the IndexedDB store. */
import { openIdbStore, type AsyncStore, type IdbStoreOptions } from '../persistence/idb-store.ts';
import type { WriteResult } from '../persistence/index.ts';
import type { OwnCase } from './record.ts';
import { OWN_CASE_SCHEMA } from './stored.ts';

const PREFIX = 'case:';

export interface OwnCaseLibrary {
  /** False when the browser refused IndexedDB: own cases last only as long as this tab. */
  readonly available: boolean;
  /** Every readable case; `unreadable` counts those that could not be read even from a backup. */
  list(): Promise<{ cases: OwnCase[]; unreadable: number }>;
  save(own: OwnCase): Promise<WriteResult>;
  remove(id: string): Promise<boolean>;
}

export async function openOwnCaseLibrary(options: IdbStoreOptions = {}): Promise<OwnCaseLibrary> {
  return ownCaseLibrary(await openIdbStore(options));
}

export function ownCaseLibrary(store: AsyncStore): OwnCaseLibrary {
  return {
    available: store.available,
    async list() {
      const cases: OwnCase[] = [];
      let unreadable = 0;
      for (const key of await store.keys(PREFIX)) {
        const read = await store.read(key, OWN_CASE_SCHEMA);
        if (read.status === 'ok' || read.status === 'recovered') cases.push(read.value);
        // A case saved by a newer app is left alone, not counted as damaged.
        else if (read.status !== 'newer' && read.status !== 'missing') unreadable++;
      }
      return { cases, unreadable };
    },
    save: (own) => store.write(PREFIX + own.id, own, OWN_CASE_SCHEMA),
    remove: (id) => store.remove(PREFIX + id),
  };
}
