/**
 * The exports a lecturer opened (runs, and room sessions), kept on this device (IndexedDB) until
 * cleared, so the report is still there after a reload. Checked again when read back, like every
 * stored value.
 */
import { checkRoomExport, type RoomExport } from '../../class-report/room-export.ts';
import { checkRunExport, type RunExport } from '../../class-report/run-export.ts';
import { openIdbStore, type AsyncStore } from '../../persistence/idb-store.ts';
import type { Schema } from '../../persistence/index.ts';

export interface Opened {
  runs: RunExport[];
  rooms: RoomExport[];
}

const KEY = 'class-report:opened';
export const NOTHING_OPENED: Opened = { runs: [], rooms: [] };

const OPENED: Schema<Opened> = {
  version: 1,
  restore(data) {
    const { runs, rooms } = (data ?? {}) as Partial<Record<keyof Opened, unknown>>;
    if (!Array.isArray(runs) || !Array.isArray(rooms))
      return { ok: false, problem: 'Not a list of opened exports.' };
    const checkedRuns = runs.map(checkRunExport);
    const checkedRooms = rooms.map(checkRoomExport);
    if (checkedRuns.includes(undefined) || checkedRooms.includes(undefined))
      return { ok: false, problem: 'An opened export is damaged.' };
    return { ok: true, value: { runs: checkedRuns, rooms: checkedRooms } as Opened };
  },
};

let opened: Promise<AsyncStore> | undefined;
const store = () => (opened ??= openIdbStore());

export async function loadOpened(): Promise<Opened> {
  const read = await (await store()).read(KEY, OPENED);
  return read.status === 'ok' || read.status === 'recovered' ? read.value : NOTHING_OPENED;
}

/** Keep what is open; false (with the reason) when the browser refused. */
export async function keepOpened(value: Opened) {
  return (await store()).write(KEY, value, OPENED);
}

export async function clearOpened(): Promise<boolean> {
  return (await store()).remove(KEY);
}
