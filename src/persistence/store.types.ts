/**
 * The persistence contract: a small key–value store of versioned JSON envelopes that keeps a last
 * good copy of every value and quarantines what it cannot read instead of dropping it.
 */

/** The subset of the Web Storage interface the store uses; `localStorage` satisfies it. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Gives the current time; injected so tests get deterministic timestamps. */
export type Clock = () => Date;

/** What is written for every value: the schema version it was made with, when, and the data. */
export interface Envelope {
  /** Schema version of `data` (a positive integer, from the Schema that wrote it). */
  v: number;
  /** ISO 8601 time of the write. */
  savedAt: string;
  /** The caller's JSON-serialisable value. */
  data: unknown;
}

/** The outcome of checking and normalising data: the usable value, or why it is not usable. */
export type Restored<T> = { ok: true; value: T } | { ok: false; problem: string };

/** How one kind of record (settings, a saved run, …) is versioned, upgraded and checked. */
export interface Schema<T> {
  /** The version this app writes and understands; reads of a higher version report 'newer'. */
  version: number;
  /** Upgrades data of version n to n + 1, keyed by n; a gap makes older data unreadable. */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Checks and normalises data at `version` before use (may throw; a throw counts as unusable). */
  restore: (data: unknown) => Restored<T>;
  /** The value's revision, for writes that must not overwrite a newer one (see WriteOptions). */
  revision?: (value: T) => number;
}

/** Why a stored value could not be used; `code` is for translated UI text, `detail` for people. */
export interface Problem {
  code:
    | 'missing' // the main value is gone but a backup was found
    | 'unparseable' // not JSON
    | 'not-an-envelope' // JSON, but not written by this store
    | 'too-old' // no migration path from its version
    | 'migration-failed' // a migration threw
    | 'invalid'; // the schema's restore refused it
  detail: string;
}

/** The result of reading a key. Nothing here is an exception; each case is something to show. */
export type ReadResult<T> =
  | { status: 'ok'; value: T; savedAt: string; storedVersion: number }
  | { status: 'missing' }
  /** The main value was unusable; this is the last good copy. */
  | {
      status: 'recovered';
      value: T;
      savedAt: string;
      storedVersion: number;
      problem: Problem;
      quarantined: string[];
    }
  /** Saved by a newer version of the app: left untouched, not readable here. */
  | { status: 'newer'; storedVersion: number; savedAt: string }
  /** Neither the value nor its backup is usable; the raw text is kept in quarantine. */
  | { status: 'corrupt'; problem: Problem; quarantined: string[] }
  /** The storage itself failed while reading. */
  | { status: 'unavailable'; detail: string };

/** Why a write did not happen; in every case the previously stored value and backup are intact. */
export type WriteFailure = 'quota' | 'invalid' | 'newer' | 'unavailable' | 'conflict';

/** Compare-and-set: write only over the revision this value was made from. */
export interface WriteOptions {
  /**
   * The revision (the schema's `revision`) of the stored value this one was made from; 0 for a
   * new key. Another tab may have written in the meantime: then the write fails with 'conflict'
   * and the newer value stays, for the caller to read and merge.
   */
  basedOn?: number;
}

/**
 * Tells a listener that another tab changed stored values: the storage key, or null when the
 * whole storage may have changed (cleared). Returns a function that stops listening.
 */
export type ChangeSource = (listener: (storageKey: string | null) => void) => () => void;

export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure; detail: string };

/** Raw text set aside because it could not be read, kept until the user deletes it. */
export interface QuarantineEntry {
  /** Identifies the entry for `deleteQuarantined`. */
  id: string;
  /** The store key the text was found under ('' if the entry itself is unreadable). */
  key: string;
  /** Whether it was the main value or its backup. */
  source: 'main' | 'backup' | 'unknown';
  /** ISO 8601 time it was quarantined. */
  quarantinedAt: string;
  problem: Problem | null;
  /** The text exactly as it was stored. */
  raw: string;
}

/** A key–value store of versioned app data (saved runs, settings, reflections). */
export interface Store {
  /** False when the browser refused storage: values last only as long as this tab. */
  readonly available: boolean;
  read<T>(key: string, schema: Schema<T>): ReadResult<T>;
  write<T>(key: string, value: T, schema: Schema<T>, options?: WriteOptions): WriteResult;
  /**
   * Listen for values another tab changed or removed: called with the key, or null when any value
   * may have changed. Returns a function that stops listening.
   */
  watch(listener: (key: string | null) => void): () => void;
  /** Deletes a value and its backup on purpose; false if the storage refused. */
  remove(key: string): boolean;
  /** Keys of stored values (not backups, quarantine or foreign keys), sorted. */
  keys(prefix?: string): string[];
  quarantined(): QuarantineEntry[];
  /** All quarantined entries as one JSON document to hand to someone. */
  exportQuarantine(): string;
  deleteQuarantined(id: string): boolean;
}
