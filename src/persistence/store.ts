/**
 * The store over a Web Storage. Reads fall back to the last good copy and quarantine what they
 * cannot use; writes are ordered so that a failure at any step leaves the stored value and its
 * backup as they were.
 */
import { decode, encodeChecked } from './envelope.ts';
import { keyLayout } from './key-layout.ts';
import { recoverStored, withQuarantined } from './recover.ts';
import * as quarantineOps from './quarantine.ts';
import { describeError, isQuotaError, storageKeys } from './storage-backend.ts';
import type {
  ChangeSource,
  Clock,
  ReadResult,
  Schema,
  StorageLike,
  Store,
  WriteOptions,
  WriteResult,
} from './store.types.ts';
import type { Decoded } from './envelope.ts';

export interface StoreOptions {
  /** Prefix of every storage key this store owns. */
  namespace?: string;
  clock?: Clock;
  /** Reported as `store.available`; false for the in-memory fallback of a refused storage. */
  available?: boolean;
  /** Changes made by other tabs (the browser's storage events); none by default. */
  changes?: ChangeSource;
}

export const DEFAULT_NAMESPACE = 'driehoek:';

/** A store over the given storage; it never throws for storage trouble, it reports it. */
export function createStore(storage: StorageLike, options: StoreOptions = {}): Store {
  const layout = keyLayout(options.namespace ?? DEFAULT_NAMESPACE);
  const clock = options.clock ?? (() => new Date());
  const context = { storage, layout, clock };

  function read<T>(key: string, schema: Schema<T>): ReadResult<T> {
    let main: string | null;
    let backup: string | null;
    try {
      main = storage.getItem(layout.data(key));
      backup = storage.getItem(layout.backup(key));
    } catch (error) {
      return { status: 'unavailable', detail: describeError(error) };
    }
    const { result, setAside } = recoverStored(main, backup, schema);
    const quarantined: string[] = [];
    for (const entry of setAside) {
      const id = attempt(() => quarantineOps.quarantine(context, { key, ...entry }));
      // If the storage refuses (quota), the raw text simply stays where it is.
      if (id !== undefined) quarantined.push(id);
    }
    return withQuarantined(result, quarantined);
  }

  function write<T>(
    key: string,
    value: T,
    schema: Schema<T>,
    options: WriteOptions = {},
  ): WriteResult {
    const encoded = encodeChecked(value, schema, clock());
    if (!encoded.ok) return { ok: false, reason: 'invalid', detail: encoded.detail };
    const { text } = encoded;
    let current: string | null;
    try {
      current = storage.getItem(layout.data(key));
    } catch (error) {
      return { ok: false, reason: 'unavailable', detail: describeError(error) };
    }
    const decodedCurrent = current === null ? null : decode(current, schema);
    if (decodedCurrent?.status === 'newer') {
      const detail = `Saved by a newer version (schema ${decodedCurrent.storedVersion}); not overwritten.`;
      return { ok: false, reason: 'newer', detail };
    }
    const stored = storedRevision(decodedCurrent, schema);
    if (options.basedOn !== undefined && stored !== undefined && stored !== options.basedOn) {
      const detail = `Stored revision ${stored} is not ${options.basedOn}, which this value was made from; not overwritten.`;
      return { ok: false, reason: 'conflict', detail };
    }
    try {
      // 1. The new value goes to a pending key first: if it does not fit, nothing else changed.
      storage.setItem(layout.pending(key), text);
      try {
        // 2. Keep the current value aside: as the backup if good, in quarantine if not (so the
        //    backup stays the last good copy and the broken text is not lost).
        if (current !== null && decodedCurrent?.status === 'ok') {
          storage.setItem(layout.backup(key), current);
        } else if (current !== null && decodedCurrent?.status === 'bad') {
          quarantineOps.quarantine(context, {
            key,
            source: 'main',
            raw: current,
            problem: decodedCurrent.problem,
          });
        }
      } catch (error) {
        attempt(() => storage.removeItem(layout.pending(key)));
        throw error;
      }
      // 3. Freeing the pending copy first means the final state is smaller than the peak that
      //    already fitted, so this step cannot run out of quota.
      storage.removeItem(layout.pending(key));
      storage.setItem(layout.data(key), text);
      return { ok: true };
    } catch (error) {
      const reason = isQuotaError(error) ? 'quota' : 'unavailable';
      return { ok: false, reason, detail: describeError(error) };
    }
  }

  function remove(key: string): boolean {
    try {
      // The main value goes last: another tab that hears of its removal must not find a backup
      // left behind and read it as a damaged value to recover.
      for (const storageKey of [layout.pending(key), layout.backup(key), layout.data(key)]) {
        storage.removeItem(storageKey);
      }
      return true;
    } catch {
      return false;
    }
  }

  function keys(prefix = ''): string[] {
    const all = attempt(() => storageKeys(storage)) ?? [];
    return all
      .map(layout.keyOf)
      .filter((key): key is string => key !== null && key.startsWith(prefix))
      .sort();
  }

  function watch(listener: (key: string | null) => void): () => void {
    if (!options.changes) return () => {};
    return options.changes((storageKey) => {
      if (storageKey === null) return listener(null);
      // Backups and pending copies change on the way; only the main value's change is news.
      const key = layout.keyOf(storageKey);
      if (key !== null) listener(key);
    });
  }

  return {
    available: options.available ?? true,
    read,
    write,
    remove,
    keys,
    watch,
    quarantined: () => attempt(() => quarantineOps.listQuarantine(context)) ?? [],
    exportQuarantine: () =>
      quarantineOps.exportDocument(
        attempt(() => quarantineOps.listQuarantine(context)) ?? [],
        clock(),
      ),
    deleteQuarantined: (id) => attempt(() => quarantineOps.deleteQuarantined(context, id)) ?? false,
  };
}

/**
 * The revision of what is stored, for compare-and-set: 0 when nothing is (a new key, or one another
 * tab removed), undefined when it cannot be known (no revisions in this schema, or an unreadable
 * value, which the write sets aside as before).
 */
function storedRevision<T>(current: Decoded<T> | null, schema: Schema<T>): number | undefined {
  if (!schema.revision) return undefined;
  if (current === null) return 0;
  return current.status === 'ok' ? schema.revision(current.value) : undefined;
}

/** Run a storage operation that may throw; undefined if it did. */
function attempt<R>(run: () => R): R | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}
