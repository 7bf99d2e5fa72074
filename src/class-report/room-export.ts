/**
 * A room session's export (room mode's debrief, as JSON): the room's votes per choice point. In
 * the class report it stands beside the individual runs, never counted among them.
 */
import * as z from 'zod/mini';
import { ROOM_REPORT_FORMAT, ROOM_REPORT_VERSION } from '../facilitation/room-report.ts';

const Choice = z.object({
  scene: z.string(),
  sceneTitle: z.string(),
  option: z.string(),
  votesCast: z.number(),
  options: z.array(
    z.object({ id: z.string(), label: z.string(), text: z.string(), votes: z.number() }),
  ),
});

const RoomExportShape = z.object({
  format: z.literal(ROOM_REPORT_FORMAT),
  version: z.number(),
  case: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  ending: z.nullable(z.object({ id: z.string(), title: z.string(), tone: z.string() })),
  path: z.array(Choice),
});

export type RoomExport = z.infer<typeof RoomExportShape>;

/** A session with its number among all opened sessions ("session 2"), wherever it is shown. */
export interface NumberedRoom {
  room: RoomExport;
  number: number;
}

/** A parsed file as a room session's export, or undefined when it is not one this app reads. */
export function checkRoomExport(data: unknown): RoomExport | undefined {
  const parsed = RoomExportShape.safeParse(data);
  return parsed.success && parsed.data.version <= ROOM_REPORT_VERSION ? parsed.data : undefined;
}

/**
 * Newly opened room sessions added to those already open. A session has no id of its own: the
 * same file opened again is the same content, and is kept once. `repeated` counts those.
 */
export function addRooms(
  open: readonly RoomExport[],
  incoming: readonly RoomExport[],
): { rooms: RoomExport[]; repeated: number } {
  const byContent = new Map(open.map((room) => [JSON.stringify(room), room]));
  for (const room of incoming) byContent.set(JSON.stringify(room), room);
  return {
    rooms: [...byContent.values()],
    repeated: open.length + incoming.length - byContent.size,
  };
}
