/**
 * The rooms on disk, so that a restarted server resumes them: one JSON file per room and one for
 * the presenter key, in the user's data directory. Every write is atomic (a temporary file in the
 * same folder, flushed to disk, then renamed over the old one), so a crash leaves the old snapshot
 * or the new one, never half of one. Closing a room deletes its file; rooms idle for
 * ROOM_IDLE_EXPIRY_MS are deleted at the next start.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  BallotSchema,
  DeviceIdSchema,
  PHONE_STAGES,
  RevealSchema,
  ROOM_IDLE_EXPIRY_MS,
  RoomCodeSchema,
} from '../../room/protocol.ts';
import type { Room } from './room-store.ts';

const KEY_FILE = 'presenter-key.json';
const roomFile = (code: string) => `room-${code}.json`;
const ROOM_FILE = /^room-([A-Z0-9]+)\.json$/;
/** Changes are written at most this long after the first unsaved one: a burst of votes is one write. */
export const SNAPSHOT_DELAY_MS = 200;

const KeySchema = z.strictObject({ version: z.literal(1), key: z.string().min(16).max(128) });
const RoomSnapshotSchema = z.strictObject({
  version: z.literal(1),
  code: RoomCodeSchema,
  owner: z.string().min(1).max(128),
  language: z.enum(['nl', 'en']),
  stage: z.enum(PHONE_STAGES),
  ballot: BallotSchema.nullable(),
  votes: z.array(z.tuple([DeviceIdSchema, z.string().max(80)])),
  received: z.number().int().min(0),
  reveal: RevealSchema.nullable(),
  members: z.array(DeviceIdSchema),
  createdAt: z.number(),
  lastActive: z.number(),
});

export function toSnapshot(room: Room): z.infer<typeof RoomSnapshotSchema> {
  return { version: 1, ...room, votes: [...room.votes], members: [...room.members] };
}

function fromSnapshot({ version: _, ...saved }: z.infer<typeof RoomSnapshotSchema>): Room {
  return { ...saved, votes: new Map(saved.votes), members: new Set(saved.members) };
}

/** The saved key, or undefined when there is none (or it cannot be read). */
export async function readPresenterKey(dir: string): Promise<string | undefined> {
  const parsed = KeySchema.safeParse(await readJson(join(dir, KEY_FILE)));
  return parsed.success ? parsed.data.key : undefined;
}

export async function writePresenterKey(dir: string, key: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomic(join(dir, KEY_FILE), JSON.stringify({ version: 1, key }));
}

/**
 * The rooms saved in `dir` that are still live at `now`. Expired rooms and leftover temporary
 * files are deleted; a file that does not read as a room is set aside (renamed to .unreadable).
 */
export async function loadRooms(dir: string, now: number): Promise<Room[]> {
  await mkdir(dir, { recursive: true });
  const rooms: Room[] = [];
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    if (name.endsWith('.tmp')) await rm(file, { force: true });
    if (!ROOM_FILE.test(name)) continue;
    const parsed = RoomSnapshotSchema.safeParse(await readJson(file));
    if (!parsed.success || roomFile(parsed.data.code) !== name) {
      console.warn(`Room snapshot ${file} could not be read; set aside as .unreadable.`);
      await rename(file, `${file}.unreadable`);
    } else if (now - parsed.data.lastActive > ROOM_IDLE_EXPIRY_MS) await rm(file, { force: true });
    else rooms.push(fromSnapshot(parsed.data));
  }
  return rooms;
}

/** Deletes a room's file at once (the facilitator closed it, or nobody can take it back). */
export async function deleteRoomFile(dir: string, code: string): Promise<void> {
  await rm(join(dir, roomFile(code)), { force: true });
}

/**
 * Writes the rooms that changed, SNAPSHOT_DELAY_MS after the first change, one write at a time.
 * `read` gives a room as it is now (undefined once deleted: then its file goes).
 */
export class SnapshotWriter {
  readonly #dir: string;
  readonly #read: (code: string) => Promise<Room | undefined>;
  readonly #dirty = new Set<string>();
  #timer: NodeJS.Timeout | undefined;
  #writing: Promise<void> = Promise.resolve();
  #warned = false;

  constructor(dir: string, read: (code: string) => Promise<Room | undefined>) {
    this.#dir = dir;
    this.#read = read;
  }

  schedule(code: string): void {
    this.#dirty.add(code);
    this.#timer ??= setTimeout(() => void this.flush(), SNAPSHOT_DELAY_MS);
  }

  /** Writes everything that changed now; resolves when it is on disk. */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const codes = [...this.#dirty];
    this.#dirty.clear();
    this.#writing = this.#writing.then(async () => {
      for (const code of codes) await this.#write(code);
    });
    return this.#writing;
  }

  async #write(code: string) {
    try {
      const room = await this.#read(code);
      if (room)
        await writeAtomic(join(this.#dir, roomFile(code)), JSON.stringify(toSnapshot(room)));
      else await deleteRoomFile(this.#dir, code);
    } catch (error) {
      // A full disk must not stop the room; say so once, and keep trying on later changes.
      if (!this.#warned) console.error(`The room snapshot could not be written: ${String(error)}`);
      this.#warned = true;
    }
  }
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function writeAtomic(file: string, text: string) {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
