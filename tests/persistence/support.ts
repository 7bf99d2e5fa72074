/** Fakes for the persistence tests: Web Storage doubles, a stepping clock and example schemas. */
import type { ChangeSource, Clock, Schema, StorageLike } from '../../src/persistence/index.ts';

export interface FakeStorage extends StorageLike {
  /** The stored items, to inspect raw text and to plant garbage. */
  items: Map<string, string>;
  /** Number of setItem/removeItem calls, to prove a storage was left alone. */
  writes: number;
  /** Total characters (keys plus values) it holds before setItem throws; may be changed. */
  quota: number;
  /** Characters currently held. */
  used(): number;
}

export interface FakeStorageOptions {
  items?: Record<string, string>;
  quota?: number;
  /** What setItem throws when the quota is exceeded. */
  quotaError?: () => unknown;
}

export const quotaExceeded = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');

/** A Web Storage in memory with an optional quota, counted like browsers do, per character. */
export function fakeStorage(options: FakeStorageOptions = {}): FakeStorage {
  const items = new Map(Object.entries(options.items ?? {}));
  const storage: FakeStorage = {
    items,
    writes: 0,
    quota: options.quota ?? Infinity,
    used: () => [...items].reduce((sum, [k, v]) => sum + k.length + v.length, 0),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      storage.writes++;
      const old = items.get(key);
      const freed = old === undefined ? 0 : key.length + old.length;
      if (storage.used() - freed + key.length + value.length > storage.quota) {
        throw (options.quotaError ?? quotaExceeded)();
      }
      items.set(key, value);
    },
    removeItem(key) {
      storage.writes++;
      items.delete(key);
    },
  };
  return storage;
}

/** A storage whose every member throws, like a blocked storage in some browsers. */
export function throwingStorage(error: () => unknown = securityError): StorageLike {
  const fail = (): never => {
    throw error();
  };
  return {
    get length(): number {
      return fail();
    },
    key: fail,
    getItem: fail,
    setItem: fail,
    removeItem: fail,
  };
}

/** A clock that starts at `start` and moves on `stepMs` each time it is read. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z', stepMs = 1000): Clock {
  let now = Date.parse(start);
  return () => {
    const date = new Date(now);
    now += stepMs;
    return date;
  };
}

/** A clock that never moves, to force timestamp collisions. */
export const frozenClock =
  (at = '2026-03-01T09:00:00.000Z'): Clock =>
  () =>
    new Date(at);

export interface Settings {
  language: 'nl' | 'en';
  reducedMotion: boolean;
}

/** Settings at version 2; version 1 stored `{ lang }` only. Restore repairs a missing flag. */
export const settingsSchema: Schema<Settings> = {
  version: 2,
  migrations: {
    1: (data) => ({ language: (data as { lang?: unknown }).lang }),
  },
  restore(data) {
    if (typeof data !== 'object' || data === null) return { ok: false, problem: 'Not an object.' };
    const { language, reducedMotion } = data as Record<string, unknown>;
    if (language !== 'nl' && language !== 'en') return { ok: false, problem: 'Unknown language.' };
    return { ok: true, value: { language, reducedMotion: reducedMotion === true } };
  },
};

/** The raw text of an envelope, as the store would write it. */
export const envelopeText = (v: number, data: unknown, savedAt = '2025-12-01T08:00:00.000Z') =>
  JSON.stringify({ v, savedAt, data });

export const DUTCH: Settings = { language: 'nl', reducedMotion: false };
export const ENGLISH: Settings = { language: 'en', reducedMotion: true };

/** Free text of any length, to make values of a chosen size. */
export const notesSchema: Schema<{ text: string }> = {
  version: 1,
  restore: (data) =>
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { text?: unknown }).text === 'string'
      ? { ok: true, value: { text: (data as { text: string }).text } }
      : { ok: false, problem: 'Notes need a text.' },
};

/**
 * One Web Storage shared by several tabs, as a browser shares localStorage across the tabs of an
 * origin: each tab writes to the same items, and the others hear of it through storage events,
 * which (as in browsers) wait until `deliver()` and never reach the tab that wrote.
 */
export function sharedStorage() {
  const shared = fakeStorage();
  const queue: { from: number; storageKey: string }[] = [];
  const listeners = new Map<number, Set<(storageKey: string | null) => void>>();
  let tabs = 0;
  return {
    items: shared.items,
    /** A new tab: its view of the storage and the storage events it receives. */
    tab(): { storage: StorageLike; changes: ChangeSource } {
      const id = tabs++;
      const own = new Set<(storageKey: string | null) => void>();
      listeners.set(id, own);
      const storage: StorageLike = {
        get length() {
          return shared.length;
        },
        key: (index) => shared.key(index),
        getItem: (key) => shared.getItem(key),
        setItem(key, value) {
          shared.setItem(key, value);
          queue.push({ from: id, storageKey: key });
        },
        removeItem(key) {
          shared.removeItem(key);
          queue.push({ from: id, storageKey: key });
        },
      };
      const changes: ChangeSource = (listener) => {
        own.add(listener);
        return () => own.delete(listener);
      };
      return { storage, changes };
    },
    /** Hand every storage event so far to the tabs that did not cause it. */
    deliver() {
      for (const { from, storageKey } of queue.splice(0)) {
        for (const [id, own] of listeners) {
          if (id !== from) for (const listener of own) listener(storageKey);
        }
      }
    },
  };
}

/** Notes with a revision, for compare-and-set writes. */
export interface RevisedNotes {
  revision: number;
  text: string;
}

export const revisedNotesSchema: Schema<RevisedNotes> = {
  version: 1,
  restore: (data) => {
    const { revision, text } = (data ?? {}) as Partial<RevisedNotes>;
    return typeof revision === 'number' && typeof text === 'string'
      ? { ok: true, value: { revision, text } }
      : { ok: false, problem: 'Notes need a revision and a text.' };
  },
  revision: (value) => value.revision,
};
