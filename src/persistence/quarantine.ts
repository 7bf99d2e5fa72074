/**
 * Quarantine: raw text the store could not read is copied aside, verbatim and with the reason,
 * so that a later write never overwrites the only copy. Entries are only deleted on request.
 */
import type { KeyLayout } from './key-layout.ts';
import { storageKeys } from './storage-backend.ts';
import type { Clock, Problem, QuarantineEntry, StorageLike } from './store.types.ts';

export interface QuarantineContext {
  storage: StorageLike;
  layout: KeyLayout;
  clock: Clock;
}

const EXPORT_FORMAT = 'driehoek.quarantine';

/** Copy raw text into quarantine and return its id; throws what the storage throws (e.g. quota). */
export function quarantine(
  context: QuarantineContext,
  entry: Pick<QuarantineEntry, 'key' | 'source' | 'problem' | 'raw'>,
): string {
  // Reading the same broken value again must not pile up copies of it.
  const existing = listQuarantine(context).find(
    (other) => other.key === entry.key && other.raw === entry.raw,
  );
  if (existing) return existing.id;
  const now = context.clock();
  const base = `${entry.key}:${now.getTime()}`;
  let id = base;
  for (let n = 1; context.storage.getItem(context.layout.quarantinePrefix + id) !== null; n++) {
    id = `${base}-${n}`;
  }
  const stored = { ...entry, quarantinedAt: now.toISOString() };
  context.storage.setItem(context.layout.quarantinePrefix + id, JSON.stringify(stored));
  return id;
}

/** Every quarantined entry, oldest first; an entry that is itself unreadable is still listed. */
export function listQuarantine({ storage, layout }: QuarantineContext): QuarantineEntry[] {
  const entries: QuarantineEntry[] = [];
  for (const storageKey of storageKeys(storage)) {
    if (!storageKey.startsWith(layout.quarantinePrefix)) continue;
    const text = storage.getItem(storageKey);
    if (text === null) continue;
    entries.push(parseEntry(storageKey.slice(layout.quarantinePrefix.length), text));
  }
  return entries.sort(
    (a, b) => a.quarantinedAt.localeCompare(b.quarantinedAt) || a.id.localeCompare(b.id),
  );
}

function parseEntry(id: string, text: string): QuarantineEntry {
  const unreadable: QuarantineEntry = {
    id,
    key: '',
    source: 'unknown',
    quarantinedAt: '',
    problem: null,
    raw: text,
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return unreadable;
  }
  if (typeof parsed !== 'object' || parsed === null) return unreadable;
  const { key, source, quarantinedAt, problem, raw } = parsed as Record<string, unknown>;
  if (typeof key !== 'string' || typeof raw !== 'string') return unreadable;
  return {
    id,
    key,
    source: source === 'main' || source === 'backup' ? source : 'unknown',
    quarantinedAt: typeof quarantinedAt === 'string' ? quarantinedAt : '',
    problem: isProblem(problem) ? problem : null,
    raw,
  };
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, detail } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof detail === 'string';
}

/** Entries as one JSON document to hand to someone, raw text included verbatim. */
export function exportDocument(entries: readonly QuarantineEntry[], now: Date): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), entries }, null, 2);
}

/** Delete one entry on the user's request; false if there was none or the storage refused. */
export function deleteQuarantined({ storage, layout }: QuarantineContext, id: string): boolean {
  const storageKey = layout.quarantinePrefix + id;
  if (storage.getItem(storageKey) === null) return false;
  storage.removeItem(storageKey);
  return true;
}
