/**
 * The class report's opened files: reading many at once (each checked, the refused ones kept with
 * the reason), adding them to what was open before (the same run once, its later export winning),
 * keeping the lot on this device, and clearing it.
 */
import { useEffect, useRef, useState } from 'react';
import { addRuns, type OpenedRun } from '../../class-report/class-runs.ts';
import { addRooms, type RoomExport } from '../../class-report/room-export.ts';
import {
  MAX_EXPORT_BYTES,
  readRunExport,
  type ExportRefusal,
  type ReadExport,
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
  // Each change starts from the one before it, and the first from what was kept: files opened
  // while others are still being read, or before the kept ones are read back, are added to them
  // instead of written over them.
  const latest = useRef<Promise<Opened>>(undefined);
  const change = (step: (before: Opened) => Promise<Opened>) => {
    const before = (latest.current ??= loadOpened());
    const after = before.then(step);
    latest.current = after.catch(() => before);
    void after.then(setOpened, () => undefined);
  };

  useEffect(() => change(async (kept) => kept), []);

  const open = (files: File[]) =>
    change(async (before) => {
      setOpening({ reading: files.length, repeated: 0, kept: true });
      const runs: OpenedRun[] = [];
      const rooms: RoomExport[] = [];
      const notRuns: Refused[] = [];
      for (const file of files) {
        const read = await readFile(file);
        if (!read.ok) notRuns.push({ name: file.name, reason: read.reason });
        else if (read.kind === 'room') rooms.push(read.room);
        else runs.push({ file: file.name, data: read.export });
      }
      const added = addRuns(before.runs, runs);
      const addedRooms = addRooms(before.rooms, rooms);
      const all = { runs: added.runs, rooms: addedRooms.rooms };
      const kept = await keepOpened(all);
      setRefused((earlier) => [...earlier, ...notRuns]);
      const repeated = added.repeated + addedRooms.repeated;
      setOpening({ reading: 0, repeated, kept: kept.ok });
      return all;
    });

  const clear = () =>
    change(async () => {
      await clearOpened();
      setRefused([]);
      setOpening({ reading: 0, repeated: 0, kept: true });
      return NOTHING_OPENED;
    });

  return { opened, refused, opening, open, clear };
}

/** A file over the limit is refused by its size, unread; an unreadable one as damaged. */
async function readFile(file: File): Promise<ReadExport> {
  if (file.size > MAX_EXPORT_BYTES)
    return { ok: false, reason: 'too-large', detail: `${file.size} bytes` };
  try {
    return readRunExport(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    // Gone from the disk or unreadable since it was picked.
    return { ok: false, reason: 'not-json', detail: String(error) };
  }
}
