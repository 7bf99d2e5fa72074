/**
 * The Web Storage underneath a store: reaching `localStorage` without crashing when the browser
 * refuses it, recognising a full quota, and an in-memory Storage for tests and as the fallback.
 */
import type { StorageLike } from './store.types.ts';

/** Where to find the storage: the object itself, or a getter that may throw (as browsers do). */
export type StorageSource = StorageLike | null | undefined | (() => StorageLike | null | undefined);

/** An opened storage, or the reason none could be used. */
export type OpenedStorage =
  { available: true; storage: StorageLike } | { available: false; reason: string };

const PROBE_KEY = 'driehoek:probe';

/** Whether an error is the browser saying the storage quota is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // 22 is the standard code, 1014 and NS_ERROR_DOM_QUOTA_REACHED are older Firefox.
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/** A short description of a thrown value for results and reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The browser's localStorage, or what the getter throws (SecurityError when storage is blocked). */
function defaultStorage(): StorageLike | null | undefined {
  return (globalThis as { localStorage?: StorageLike | null }).localStorage;
}

/** Reach the storage and check that it works, without ever throwing. */
export function openStorage(source: StorageSource = defaultStorage): OpenedStorage {
  let storage: StorageLike | null | undefined;
  try {
    storage = typeof source === 'function' ? source() : source;
  } catch (error) {
    return { available: false, reason: describeError(error) };
  }
  if (!storage) return { available: false, reason: 'No localStorage in this environment.' };
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return { available: true, storage };
  } catch (error) {
    // A full but working storage also refuses the probe; it still holds the user's data, so keep
    // it. An empty one that refuses even a byte is a private-mode storage with a zero quota.
    if (isQuotaError(error) && hasItems(storage)) return { available: true, storage };
    return { available: false, reason: describeError(error) };
  }
}

function hasItems(storage: StorageLike): boolean {
  try {
    return storage.length > 0;
  } catch {
    return false;
  }
}

/** A Web Storage kept in memory: the fallback when the browser refuses storage, and for tests. */
export function createMemoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/** Every key currently in a storage (Web Storage has no iterator; indices shift on removal). */
export function storageKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}
