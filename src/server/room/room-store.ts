/**
 * Where the server keeps its rooms. The live channel reads and changes rooms only through
 * RoomStore, and every change is one `update` (a read-modify-write that is atomic per room), so a
 * later deployment over several processes (Socket.IO's Redis streams adapter, the rooms in Redis)
 * swaps in another RoomStore and changes no flow code. The methods are async for that reason.
 */
import type { Ballot, PhoneStage, Reveal } from '../../room/protocol.ts';

export interface Room {
  code: string;
  /** Whose room it is: a hash of the presenter key, so a reloaded presenter page takes it back. */
  owner: string;
  language: 'nl' | 'en';
  stage: PhoneStage;
  ballot: Ballot | null;
  /** Device id → option id, on the current ballot. */
  votes: Map<string, string>;
  /** Votes (and changes of vote) accepted on the current ballot: the next vote's number - 1. */
  received: number;
  reveal: Reveal | null;
  /** Devices that have joined: one of them coming back is no new participant for the cap. */
  members: Set<string>;
  createdAt: number;
  /** Last change by the presenter or a vote (ms since the epoch): idle rooms expire. */
  lastActive: number;
}

export interface RoomStore {
  get(code: string): Promise<Room | undefined>;
  /** Adds a room; false when its code is taken. */
  create(room: Room): Promise<boolean>;
  /**
   * Changes one room atomically: `change` gets the current room and returns it changed (it may
   * change it in place), or undefined when it changed nothing. Resolves to the room as stored
   * afterwards, undefined when there is no such room.
   */
  update(code: string, change: (room: Room) => Room | undefined): Promise<Room | undefined>;
  delete(code: string): Promise<void>;
  list(): Promise<Room[]>;
}

/** One process: the rooms in a Map. `onChange` hears every code that changed (to snapshot it). */
export class MemoryRoomStore implements RoomStore {
  readonly #rooms = new Map<string, Room>();
  readonly #onChange: (code: string) => void;

  constructor(rooms: Iterable<Room> = [], onChange: (code: string) => void = () => {}) {
    for (const room of rooms) this.#rooms.set(room.code, room);
    this.#onChange = onChange;
  }

  async get(code: string) {
    return this.#rooms.get(code);
  }

  async create(room: Room) {
    if (this.#rooms.has(room.code)) return false;
    this.#rooms.set(room.code, room);
    this.#onChange(room.code);
    return true;
  }

  async update(code: string, change: (room: Room) => Room | undefined) {
    const room = this.#rooms.get(code);
    if (!room) return undefined;
    const next = change(room);
    if (!next) return room;
    this.#rooms.set(code, next);
    this.#onChange(code);
    return next;
  }

  async delete(code: string) {
    if (this.#rooms.delete(code)) this.#onChange(code);
  }

  async list() {
    return [...this.#rooms.values()];
  }
}
