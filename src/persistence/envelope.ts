/**
 * Envelopes: encode a value with its schema version, and decode stored text back into a usable
 * value by parsing, checking the envelope, migrating older versions and restoring (normalising).
 */
import type { Envelope, Problem, Restored, Schema } from './store.types.ts';

/** What stored text turned out to be. */
export type Decoded<T> =
  | { status: 'ok'; value: T; savedAt: string; storedVersion: number }
  | { status: 'newer'; storedVersion: number; savedAt: string }
  | { status: 'bad'; problem: Problem };

const bad = (code: Problem['code'], detail: string): { status: 'bad'; problem: Problem } => ({
  status: 'bad',
  problem: { code, detail },
});

const message = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Whether a parsed value has the shape of an envelope this store writes. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { v, savedAt } = value as Record<string, unknown>;
  return (
    typeof v === 'number' &&
    Number.isInteger(v) &&
    v >= 1 &&
    typeof savedAt === 'string' &&
    Object.hasOwn(value, 'data')
  );
}

/** The stored text of a value under the schema's current version. */
export function encode(value: unknown, version: number, now: Date): string {
  const envelope: Envelope = { v: version, savedAt: now.toISOString(), data: value };
  return JSON.stringify(envelope);
}

/** Run the schema's restore, turning a throw into a refusal rather than a crash. */
function restoreWith<T>(schema: Schema<T>, data: unknown): Restored<T> {
  try {
    return schema.restore(data);
  } catch (error) {
    return { ok: false, problem: message(error) };
  }
}

/** Upgrade data step by step from `from` to the schema's version. */
function migrate<T>(schema: Schema<T>, data: unknown, from: number): unknown {
  let current = data;
  for (let version = from; version < schema.version; version++) {
    const step = schema.migrations?.[version];
    if (!step) throw new TooOld(`No migration from version ${version} to ${version + 1}.`);
    current = step(current);
  }
  return current;
}

class TooOld extends Error {}

/** Decode stored text into a usable value, a 'newer' marker, or the problem that stops it. */
export function decode<T>(text: string, schema: Schema<T>): Decoded<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return bad('unparseable', message(error));
  }
  if (!isEnvelope(parsed)) return bad('not-an-envelope', 'The stored value has no envelope.');
  const { v, savedAt } = parsed;
  if (v > schema.version) return { status: 'newer', storedVersion: v, savedAt };
  let data: unknown;
  try {
    data = migrate(schema, parsed.data, v);
  } catch (error) {
    if (error instanceof TooOld) return bad('too-old', error.message);
    return bad('migration-failed', `Migrating from version ${v}: ${message(error)}`);
  }
  const restored = restoreWith(schema, data);
  if (!restored.ok) return bad('invalid', restored.problem);
  return { status: 'ok', value: restored.value, savedAt, storedVersion: v };
}

/**
 * The text to store for a value, checked by reading it back as a later read would (after JSON has
 * dropped what it cannot carry); or why it cannot be stored.
 */
export function encodeChecked<T>(
  value: T,
  schema: Schema<T>,
  now: Date,
): { ok: true; text: string } | { ok: false; detail: string } {
  let text: string;
  try {
    text = encode(value, schema.version, now);
  } catch (error) {
    return { ok: false, detail: message(error) };
  }
  const check = decode(text, schema);
  if (check.status === 'ok') return { ok: true, text };
  return {
    ok: false,
    detail: check.status === 'bad' ? check.problem.detail : 'Schema version mismatch.',
  };
}
