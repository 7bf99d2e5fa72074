/**
 * The asynchronous store beside the Web Storage one, over IndexedDB (idb-keyval), for what is too
 * big for localStorage: the user's own cases. The same envelopes, the same last good copy and the
 * same quarantine (recover.ts); a write is a single IndexedDB transaction that reads the current
 * value and puts it aside as the backup together with the new one, so a full quota or a closed tab
 * leaves both exactly as they were. Without IndexedDB (blocked, or a private window that refuses
 * it) it keeps values in memory and says so through `available`.
 */
import { createStore as createIdbStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { decode, encodeChecked } from './envelope.ts';
import { recoverStored, withQuarantined, type SetAside } from './recover.ts';
import { describeError, isQuotaError } from './storage-backend.ts';
import type { Clock, ReadResult, Schema, WriteResult } from './store.types.ts';

export interface AsyncStore {
  /** False when IndexedDB could not be opened: values last only as long as this tab. */
  readonly available: boolean;
  read<T>(key: string, schema: Schema<T>): Promise<ReadResult<T>>;
  write<T>(key: string, value: T, schema: Schema<T>): Promise<WriteResult>;
  /** Deletes a value and its backup on purpose; false if the storage refused. */
  remove(key: string): Promise<boolean>;
  /** Keys of stored values (not backups or quarantine), sorted. */
  keys(prefix?: string): Promise<string[]>;
}

/** Where each kind of record lives in the object store. */
const DATA = 'data:';
const BACKUP = 'backup:';
const QUARANTINE = 'quarantine:';

export interface IdbStoreOptions {
  database?: string;
  clock?: Clock;
  /** False to keep values in memory only, as when the browser refuses IndexedDB (for tests). */
  indexedDB?: boolean;
}

/** A store over IndexedDB, or over memory with `available: false` when IndexedDB is refused. */
export async function openIdbStore(options: IdbStoreOptions = {}): Promise<AsyncStore> {
  const clock = options.clock ?? (() => new Date());
  const wanted = options.indexedDB ?? typeof globalThis.indexedDB !== 'undefined';
  const idb = wanted ? await tryOpen(options.database ?? 'driehoek') : undefined;
  return createAsyncStore(idb ?? memoryBackend(), clock, idb !== undefined);
}

/** Open the database once, to find out now (not at the first write) whether the browser allows it. */
async function tryOpen(name: string): Promise<UseStore | undefined> {
  try {
    const inStore = createIdbStore(name, 'keyval');
    await inStore('readonly', (store) => promisifyRequest(store.count()));
    return inStore;
  } catch {
    return undefined;
  }
}

/** An object store in memory with idb-keyval's shape, for a browser that refuses IndexedDB. */
function memoryBackend(): UseStore {
  const items = new Map<IDBValidKey, unknown>();
  const store = {
    get: (key: IDBValidKey) => done(items.get(key)),
    put: (value: unknown, key: IDBValidKey) => done(void items.set(key, value)),
    delete: (key: IDBValidKey) => done(void items.delete(key)),
    getAllKeys: () => done([...items.keys()]),
  };
  return (_mode, callback) =>
    Promise.resolve(
      callback({ ...store, transaction: done(undefined) } as unknown as IDBObjectStore),
    );
}

/** A request that has already succeeded, as IndexedDB's would after its event. */
function done<T>(result: T): IDBRequest<T> {
  const request = { result, onsuccess: null as null | (() => void) };
  queueMicrotask(() => request.onsuccess?.());
  return request as unknown as IDBRequest<T>;
}

/** The store over an idb-keyval object store (exported for tests that make the object store fail). */
export function createAsyncStore(inStore: UseStore, clock: Clock, available: boolean): AsyncStore {
  const get = (store: IDBObjectStore, key: string) =>
    promisifyRequest(store.get(key)) as Promise<string | undefined>;

  async function read<T>(key: string, schema: Schema<T>): Promise<ReadResult<T>> {
    let main: string | undefined;
    let backup: string | undefined;
    try {
      [main, backup] = await inStore('readonly', (store) =>
        Promise.all([get(store, DATA + key), get(store, BACKUP + key)]),
      );
    } catch (error) {
      return { status: 'unavailable', detail: describeError(error) };
    }
    const { result, setAside } = recoverStored(main ?? null, backup ?? null, schema);
    const ids = await quarantine(key, setAside);
    return withQuarantined(result, ids);
  }

  /** Copy unreadable texts aside; a refusal (quota) leaves them where they are. */
  async function quarantine(key: string, entries: SetAside[]): Promise<string[]> {
    const ids: string[] = [];
    for (const entry of entries) {
      const now = clock();
      const id = `${key}:${now.getTime()}:${entry.source}`;
      const stored = { ...entry, key, quarantinedAt: now.toISOString() };
      try {
        await inStore('readwrite', (store) => {
          store.put(JSON.stringify(stored), QUARANTINE + id);
          return promisifyRequest(store.transaction);
        });
        ids.push(id);
      } catch {
        // Kept in place: the next read finds it again.
      }
    }
    return ids;
  }

  async function write<T>(key: string, value: T, schema: Schema<T>): Promise<WriteResult> {
    const encoded = encodeChecked(value, schema, clock());
    if (!encoded.ok) return { ok: false, reason: 'invalid', detail: encoded.detail };
    const { text } = encoded;
    try {
      return await inStore('readwrite', async (store) => {
        // A quota error can come at the commit, after every request succeeded: wait for it.
        const committed = promisifyRequest(store.transaction);
        // Awaited below; this keeps a failure before that point from going unhandled.
        committed.catch(() => undefined);
        const current = await get(store, DATA + key);
        const decoded = current === undefined ? null : decode(current, schema);
        if (decoded?.status === 'newer') {
          const detail = `Saved by a newer version (schema ${decoded.storedVersion}); not overwritten.`;
          await committed;
          return { ok: false, reason: 'newer', detail } as const;
        }
        // The current value becomes the last good copy; an unreadable one goes to quarantine.
        if (decoded?.status === 'ok') store.put(current, BACKUP + key);
        else if (decoded?.status === 'bad') {
          const now = clock();
          const entry = { key, source: 'main', raw: current, problem: decoded.problem };
          store.put(
            JSON.stringify({ ...entry, quarantinedAt: now.toISOString() }),
            `${QUARANTINE}${key}:${now.getTime()}:main`,
          );
        }
        store.put(text, DATA + key);
        await committed;
        return { ok: true } as const;
      });
    } catch (error) {
      const reason = isQuotaError(error) ? 'quota' : 'unavailable';
      return { ok: false, reason, detail: describeError(error) };
    }
  }

  async function remove(key: string): Promise<boolean> {
    try {
      await inStore('readwrite', (store) => {
        store.delete(BACKUP + key);
        store.delete(DATA + key);
        return promisifyRequest(store.transaction);
      });
      return true;
    } catch {
      return false;
    }
  }

  async function keys(prefix = ''): Promise<string[]> {
    try {
      const all = await inStore('readonly', (store) => promisifyRequest(store.getAllKeys()));
      return all
        .map(String)
        .filter((k) => k.startsWith(DATA + prefix))
        .map((k) => k.slice(DATA.length))
        .sort();
    } catch {
      return [];
    }
  }

  return { available, read, write, remove, keys };
}
