/**
 * A run export as a lecturer receives it (the debrief's JSON): read and checked before anything
 * in it is used. Only what the report needs is taken — the case's identity, the run's identity and
 * name, its branches' events, the reflection answers — and every figure is later recomputed from
 * the events, so an edited verdict or ending in the file changes nothing.
 */
import * as z from 'zod/mini';
import { checkRoomExport, type RoomExport } from './room-export.ts';

/** Larger files are refused before they are read. */
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
export const EXPORT_FORMAT = 'driehoek.debrief';
/** The newest export format this app reads; 1 had no participant field. */
export const EXPORT_VERSION = 2;

const Event = z.union([
  z.object({ type: z.literal('choice.select'), option: z.string() }),
  z.object({ type: z.literal('scene.continue') }),
]);

const RunExportShape = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.number(),
  scenario: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  run: z.object({
    id: z.string(),
    /** How the student played: feedback after each choice, or only at the end. */
    mode: z.optional(z.enum(['coach', 'reflect'])),
    updatedAt: z.string(),
    activeBranch: z.string(),
    participant: z.optional(z.nullable(z.string())),
  }),
  branches: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      events: z.array(Event),
    }),
  ),
  reflections: z.array(z.object({ id: z.string(), answer: z.string() })),
});

export type RunExport = z.infer<typeof RunExportShape>;

export type ExportRefusal = 'too-large' | 'not-json' | 'not-a-run' | 'newer-format';

export type ReadExport =
  | { ok: true; kind: 'run'; export: RunExport }
  /** A room session's export: shown beside the runs, never counted among them. */
  | { ok: true; kind: 'room'; room: RoomExport }
  | { ok: false; reason: ExportRefusal; detail: string };

const refuse = (reason: ExportRefusal, detail: string): ReadExport => ({
  ok: false,
  reason,
  detail,
});

/** Read one file's bytes as a run export (or a room session's), or say why it is neither. */
export function readRunExport(bytes: Uint8Array): ReadExport {
  if (bytes.length > MAX_EXPORT_BYTES)
    return refuse('too-large', `${bytes.length} bytes; the limit is ${MAX_EXPORT_BYTES}.`);
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    // Not UTF-8, not JSON, or nested deeper than the parser goes.
    return refuse('not-json', error instanceof Error ? error.message : String(error));
  }
  const room = checkRoomExport(data);
  if (room) return { ok: true, kind: 'room', room };
  const format = (data as { format?: unknown } | null)?.format;
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (format === EXPORT_FORMAT && typeof version === 'number' && version > EXPORT_VERSION)
    return refuse('newer-format', `format version ${version}`);
  const parsed = RunExportShape.safeParse(data);
  if (!parsed.success)
    return refuse('not-a-run', parsed.error.issues[0]?.path.join('.') || 'not a run export');
  const run = parsed.data;
  if (!run.branches.some((b) => b.id === run.run.activeBranch))
    return refuse('not-a-run', 'run.activeBranch names no branch');
  return { ok: true, kind: 'run', export: run };
}

/** A stored export read back: the same check as a file's, for data that is already parsed. */
export function checkRunExport(data: unknown): RunExport | undefined {
  const parsed = RunExportShape.safeParse(data);
  return parsed.success && parsed.data.branches.some((b) => b.id === parsed.data.run.activeBranch)
    ? parsed.data
    : undefined;
}
