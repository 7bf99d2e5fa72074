/**
 * Room mode's live channel: Socket.IO on the app's own http.Server, at its default path. A
 * handshake says who connects (the presenter with the server's key, or a phone with a room code
 * and its device id); the connection middleware admits or refuses it with one of REFUSALS. Every
 * connection then has a token bucket, and only the handlers of its role.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  AuthSchema,
  DEFAULT_PARTICIPANT_CAP,
  MAX_MESSAGE_BYTES,
  ROOM_PATH,
  type Refusal,
} from '../../room/protocol.ts';
import {
  AttemptLimiter,
  isPresenterKey,
  isSameOrigin,
  newPresenterKey,
  ownerOf,
  TokenBucket,
} from './guards.ts';
import { phoneConnected, type Phone } from './phone-handlers.ts';
import { presenterConnected } from './presenter-handlers.ts';
import { Presence } from './presence.ts';
import { RoomHub } from './room-hub.ts';
import {
  deleteRoomFile,
  loadRooms,
  readPresenterKey,
  SnapshotWriter,
  writePresenterKey,
} from './room-snapshots.ts';
import { MemoryRoomStore } from './room-store.ts';

export interface LiveChannelOptions {
  /** Where the rooms' snapshots and the presenter key are kept. */
  dataDir: string;
  /** The address phones use, without a trailing slash: http://192.168.1.20:4173 */
  publicUrl: string;
  participantCap?: number;
  /** The clock for rooms' last use and their expiry (tests move it). */
  now?: () => number;
  /** Wrong room codes allowed per IP in a window before that IP may try none. */
  attempts?: { limit: number; windowMs: number };
}

export interface LiveChannel {
  /** The secret in the presenter URL. */
  presenterKey: string;
  /** Writes the snapshot and closes every connection and the http server. */
  close(): Promise<void>;
}

const WRONG_CODES = { limit: 20, windowMs: 10 * 60 * 1000 };
/** Messages dropped in a row by the token bucket before a connection is let go. */
const FLOOD_LIMIT = 50;

type Who = { role: 'presenter' } | ({ role: 'phone' } & Phone);

export async function attachLiveChannel(
  server: HttpServer,
  options: LiveChannelOptions,
): Promise<LiveChannel> {
  const { dataDir, publicUrl } = options;
  const now = options.now ?? Date.now;
  const cap = options.participantCap ?? DEFAULT_PARTICIPANT_CAP;
  const { key, rooms } = await resume(dataDir, now());
  const owner = ownerOf(key);

  const snapshots = new SnapshotWriter(dataDir, (code) => store.get(code));
  const store = new MemoryRoomStore(rooms, (code) => snapshots.schedule(code));
  const presence = new Presence();
  const attempts = new AttemptLimiter(
    options.attempts?.limit ?? WRONG_CODES.limit,
    options.attempts?.windowMs ?? WRONG_CODES.windowMs,
    now,
  );
  const io = new Server(server, {
    path: ROOM_PATH,
    serveClient: false,
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    allowRequest: (req, callback) => callback(null, isSameOrigin(req)),
  });
  const hub = new RoomHub(io, store, presence);

  /** Who may connect; a phone is counted as present from here, so the cap holds in a rush. */
  const admit = async (socket: Socket): Promise<Refusal | undefined> => {
    const auth = AuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return 'bad-handshake';
    if (auth.data.role === 'presenter') {
      if (!isPresenterKey(auth.data.key, key)) return 'wrong-key';
      socket.data = { role: 'presenter' } satisfies Who;
      return undefined;
    }
    const ip = socket.handshake.address;
    if (attempts.blocked(ip)) return 'too-many-attempts';
    const { room: code, device } = auth.data;
    const room = await store.get(code);
    if (!room) {
      attempts.fail(ip);
      return 'unknown-room';
    }
    // A phone that went away while the room was looked up is not counted as present.
    if (socket.conn.readyState !== 'open') return 'bad-handshake';
    const known = room.members.has(device) || presence.isConnected(code, device);
    if (!known && presence.count(code) >= cap) return 'room-full';
    socket.data = { role: 'phone', room: code, device } satisfies Who;
    if (presence.add(code, device, socket.id)) hub.scheduleTally(code);
    const leave = () => {
      if (presence.remove(code, device, socket.id)) hub.scheduleTally(code);
    };
    socket.conn.once('close', leave);
    socket.once('disconnect', leave);
    return undefined;
  };

  io.use((socket, next) => {
    admit(socket).then(
      (refusal) => next(refusal ? new Error(refusal) : undefined),
      () => next(new Error('bad-handshake' satisfies Refusal)),
    );
  });

  io.on('connection', (socket) => {
    limitRate(socket);
    const who = socket.data as Who;
    if (who.role === 'presenter')
      presenterConnected(hub, socket, {
        owner,
        publicUrl,
        participantCap: cap,
        now,
        persist: () => snapshots.flush(),
      });
    else phoneConnected(hub, socket, who, now);
  });

  return {
    presenterKey: key,
    close: async () => {
      hub.stop();
      await io.close();
      await snapshots.flush();
    },
  };
}

/**
 * The key and the rooms to resume. The key is kept while a room lives, so the presenter URL
 * printed before a restart still works; with no room left a new key is made. A room whose owner
 * is not the key (the key file was lost) could never be taken back: its file is deleted.
 */
async function resume(dataDir: string, now: number) {
  const saved = await readPresenterKey(dataDir);
  const loaded = await loadRooms(dataDir, now);
  const key = saved && loaded.length > 0 ? saved : newPresenterKey();
  const rooms = loaded.filter((room) => room.owner === ownerOf(key));
  for (const room of loaded) if (!rooms.includes(room)) await deleteRoomFile(dataDir, room.code);
  if (key !== saved) await writePresenterKey(dataDir, key);
  return { key, rooms };
}

/** A token bucket per connection: over it, messages are dropped; a flood ends the connection. */
function limitRate(socket: Socket) {
  const bucket = new TokenBucket();
  let dropped = 0;
  socket.use((_event, next) => {
    if (bucket.take()) {
      dropped = 0;
      next();
    } else if (++dropped >= FLOOD_LIMIT) socket.disconnect(true);
  });
}
