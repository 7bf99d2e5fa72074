/**
 * The two stores the app uses: one over the browser's localStorage that falls back to memory when
 * the browser refuses storage, and a plain in-memory one.
 */
import { createMemoryStorage, openStorage, type StorageSource } from './storage-backend.ts';
import { createStore, type StoreOptions } from './store.ts';
import type { ChangeSource, StorageLike, Store } from './store.types.ts';

export interface LocalStoreOptions extends Omit<StoreOptions, 'available'> {
  /** The storage or a getter for it; defaults to `globalThis.localStorage`, reached safely. */
  storage?: StorageSource;
}

/** A store over localStorage, or over memory with `available: false` if storage is refused. */
export function createLocalStore(options: LocalStoreOptions = {}): Store {
  const { storage: source, ...storeOptions } = options;
  // An explicit `storage: null` means "no storage", not "use the default".
  const opened = 'storage' in options ? openStorage(source) : openStorage();
  if (opened.available) {
    return createStore(opened.storage, {
      changes: storageEvents(opened.storage),
      ...storeOptions,
    });
  }
  return createStore(createMemoryStorage(), { ...storeOptions, available: false });
}

/** A store kept in memory for this session only: for tests, and the same behaviour as the real one. */
export function createMemoryStore(options: Omit<StoreOptions, 'available'> = {}): Store {
  return createStore(createMemoryStorage(), options);
}

/**
 * The browser's storage events for this storage: fired in every other tab of the origin when one
 * tab writes, never in the tab that wrote.
 */
function storageEvents(storage: StorageLike): ChangeSource | undefined {
  // Node (tests, scripts) has no window and no other tabs.
  if (typeof window === 'undefined') return undefined;
  return (listener) => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === storage) listener(event.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  };
}
