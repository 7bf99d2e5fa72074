/**
 * The exports a lecturer opened (runs with their file names, and room sessions), kept on this
 * device (IndexedDB) until cleared, so the report is still there after a reload. Checked again when
 * read back, like every stored value.
 */
import type { OpenedRun } from '../../class-report/class-runs.ts';
import { checkRoomExport, type RoomExport } from '../../class-report/room-export.ts';
import { checkRunExport } from '../../class-report/run-export.ts';
import { openIdbStore, type AsyncStore } from '../../persistence/idb-store.ts';
import type { Schema } from '../../persistence/index.ts';

export interface Opened {
  runs: OpenedRun[];
  rooms: RoomExport[];
}

const KEY = 'class-report:opened';
export const NOTHING_OPENED: Opened = { runs: [], rooms: [] };

export const OPENED_SCHEMA: Schema<Opened> = {
  version: 2,
  // Version 1 kept the exports without their file names.
  migrations: {
    1: (data) => {
      const { runs, rooms } = (data ?? {}) as { runs?: unknown; rooms?: unknown };
      return {
        runs: Array.isArray(runs) ? runs.map((run) => ({ file: '', data: run })) : runs,
        rooms,
      };
    },
  },
  restore(data) {
    const { runs, rooms } = (data ?? {}) as Partial<Record<keyof Opened, unknown>>;
    if (!Array.isArray(runs) || !Array.isArray(rooms))
      return { ok: false, problem: 'Not a list of opened exports.' };
    const checkedRuns = runs.map((run: unknown) => {
      const { file, data } = (run ?? {}) as { file?: unknown; data?: unknown };
      const checked = checkRunExport(data);
      return typeof file === 'string' && checked ? { file, data: checked } : undefined;
    });
    const checkedRooms = rooms.map(checkRoomExport);
    if (checkedRuns.includes(undefined) || checkedRooms.includes(undefined))
      return { ok: false, problem: 'An opened export is damaged.' };
    return { ok: true, value: { runs: checkedRuns, rooms: checkedRooms } as Opened };
  },
};

let opened: Promise<AsyncStore> | undefined;
const store = () => (opened ??= openIdbStore());

export async function loadOpened(): Promise<Opened> {
  const read = await (await store()).read(KEY, OPENED_SCHEMA);
  return read.status === 'ok' || read.status === 'recovered' ? read.value : NOTHING_OPENED;
}

/** Keep what is open; false (with the reason) when the browser refused. */
export async function keepOpened(value: Opened) {
  return (await store()).write(KEY, value, OPENED_SCHEMA);
}

export async function clearOpened(): Promise<boolean> {
  return (await store()).remove(KEY);
}
