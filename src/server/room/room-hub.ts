/**
 * What the handlers share: the store, who is connected, the tally throttles, and how a room's
 * news reaches its phones and its presenter. Messages travel through Socket.IO rooms (one per
 * room's phones, one per device, one per room's presenter), which an adapter can span processes.
 */
import type { Server } from 'socket.io';
import { SERVER_EVENTS, TALLY_INTERVAL_MS, type Ack } from '../../room/protocol.ts';
import type { Presence } from './presence.ts';
import { phoneViewOf, tallyOf, type Rule } from './room-rules.ts';
import type { Room, RoomStore } from './room-store.ts';
import { Throttle } from './tally-throttle.ts';

export const phonesOf = (code: string) => `phones:${code}`;
export const deviceOf = (code: string, device: string) => `device:${code}:${device}`;
export const presentersOf = (code: string) => `presenters:${code}`;

export class RoomHub {
  readonly #throttles = new Map<string, Throttle>();

  constructor(
    readonly io: Server,
    readonly store: RoomStore,
    readonly presence: Presence,
  ) {}

  /**
   * Applies a rule to a room atomically and reads what the caller needs from the room as it is
   * right then (later messages may change it before the caller resumes).
   */
  async apply<T>(code: string, rule: Rule, read: (room: Room) => T): Promise<Ack<T>> {
    let outcome: Ack<T> = { ok: false, reason: 'no-room' };
    await this.store.update(code, (room) => {
      const result = rule(room);
      if (typeof result === 'string') {
        outcome = { ok: false, reason: result };
        return undefined;
      }
      outcome = { ok: true, value: read(result) };
      return result;
    });
    return outcome;
  }

  /** Every phone in the room gets its view: one broadcast to those without a vote, and to each
   *  voter its own. */
  async sendViews(code: string): Promise<void> {
    const room = await this.store.get(code);
    if (!room) return;
    const voters = [...room.votes.keys()];
    this.io
      .to(phonesOf(code))
      .except(voters.map((device) => deviceOf(code, device)))
      .emit(SERVER_EVENTS.phoneView, phoneViewOf(room, null));
    for (const device of voters)
      this.io.to(deviceOf(code, device)).emit(SERVER_EVENTS.phoneView, phoneViewOf(room, device));
  }

  /** The presenter hears of a change within TALLY_INTERVAL_MS, and never more often. */
  scheduleTally(code: string): void {
    let throttle = this.#throttles.get(code);
    if (!throttle) {
      throttle = new Throttle(TALLY_INTERVAL_MS, () => void this.#sendTally(code));
      this.#throttles.set(code, throttle);
    }
    throttle.schedule();
  }

  /** The tally now, to one presenter connection (one that just connected or opened the room). */
  async sendTallyTo(code: string, to: { emit: (event: string, tally: unknown) => unknown }) {
    const room = await this.store.get(code);
    if (room) to.emit(SERVER_EVENTS.tally, tallyOf(room, this.presence.count(code)));
  }

  /** The room is gone: tell everyone in it, and let its phones go. */
  closeRoom(code: string): void {
    this.#throttles.get(code)?.cancel();
    this.#throttles.delete(code);
    this.io.to([phonesOf(code), presentersOf(code)]).emit(SERVER_EVENTS.closed);
    this.io.in(presentersOf(code)).socketsLeave(presentersOf(code));
    this.io.in(phonesOf(code)).disconnectSockets(true);
    this.presence.forget(code);
  }

  stop(): void {
    for (const throttle of this.#throttles.values()) throttle.cancel();
  }

  async #sendTally(code: string) {
    try {
      await this.sendTallyTo(code, this.io.to(presentersOf(code)));
    } catch (error) {
      console.error(`A tally could not be sent: ${String(error)}`);
    }
  }
}
