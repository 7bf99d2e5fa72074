/**
 * The class report's opened files: reading many at once (each checked, the refused ones kept with
 * the reason), adding them to what was open before (the same run once, its later export winning),
 * keeping the lot on this device, and clearing it.
 */
import { useEffect, useState } from 'react';
import { addRuns, type OpenedRun } from '../../class-report/class-runs.ts';
import { addRooms, type RoomExport } from '../../class-report/room-export.ts';
import {
  MAX_EXPORT_BYTES,
  readRunExport,
  type ExportRefusal,
} from '../../class-report/run-export.ts';
import {
  clearOpened,
  keepOpened,
  loadOpened,
  NOTHING_OPENED,
  type Opened,
} from './opened-exports.ts';

export interface Refused {
  name: string;
  reason: ExportRefusal | 'tampered';
}

/** What the last opening did, for the status line. */
export interface Opening {
  /** Files being read now (0 when done). */
  reading: number;
  /** Runs that were already open: the later export of each counts. */
  repeated: number;
  /** False when the browser refused to keep them: they are gone after a reload. */
  kept: boolean;
}

export function useClassExports() {
  const [opened, setOpened] = useState<Opened>();
  const [refused, setRefused] = useState<Refused[]>([]);
  const [opening, setOpening] = useState<Opening>({ reading: 0, repeated: 0, kept: true });

  useEffect(() => {
    void loadOpened().then(setOpened);
  }, []);

  const open = async (files: File[]) => {
    setOpening({ reading: files.length, repeated: 0, kept: true });
    const runs: OpenedRun[] = [];
    const rooms: RoomExport[] = [];
    const notRuns: Refused[] = [];
    for (const file of files) {
      // A file over the limit is refused by its size, before it is read.
      const read =
        file.size > MAX_EXPORT_BYTES
          ? ({ ok: false, reason: 'too-large' } as const)
          : readRunExport(new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) notRuns.push({ name: file.name, reason: read.reason });
      else if (read.kind === 'room') rooms.push(read.room);
      else runs.push({ file: file.name, data: read.export });
    }
    const before = opened ?? NOTHING_OPENED;
    const added = addRuns(before.runs, runs);
    const addedRooms = addRooms(before.rooms, rooms);
    const all = { runs: added.runs, rooms: addedRooms.rooms };
    const kept = await keepOpened(all);
    setRefused((earlier) => [...earlier, ...notRuns]);
    const repeated = added.repeated + addedRooms.repeated;
    setOpening({ reading: 0, repeated, kept: kept.ok });
    setOpened(all);
  };

  const clear = async () => {
    await clearOpened();
    setRefused([]);
    setOpening({ reading: 0, repeated: 0, kept: true });
    setOpened(NOTHING_OPENED);
  };

  return { opened, refused, opening, open, clear };
}
