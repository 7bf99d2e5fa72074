/**
 * The live channel's defences: the presenter key compared in constant time, a token bucket per
 * connection, wrong room codes counted per IP, and the same-origin check on the handshake.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh presenter key: 32 random bytes, URL-safe. */
export const newPresenterKey = () => randomBytes(32).toString('base64url');

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether `given` is the key, in time that does not depend on where they differ. */
export function isPresenterKey(given: string, key: string): boolean {
  return timingSafeEqual(digest(given), digest(key));
}

/** Who owns a room, as stored with it: a hash, so the key itself is written only once. */
export const ownerOf = (key: string) => digest(`driehoek-room-owner:${key}`).toString('base64url');

/**
 * Messages per connection: `burst` at once, then `perSecond`. Never per IP: a room is many phones
 * behind one Wi-Fi.
 */
export class TokenBucket {
  #tokens: number;
  #last = performance.now();

  constructor(
    readonly burst = 20,
    readonly perSecond = 10,
  ) {
    this.#tokens = burst;
  }

  take(): boolean {
    const now = performance.now();
    this.#tokens = Math.min(
      this.burst,
      this.#tokens + ((now - this.#last) / 1000) * this.perSecond,
    );
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/**
 * Wrong room codes per IP: after `limit` in `windowMs`, that IP may try no code at all (a right
 * one included) until its window has passed, so codes cannot be found by trying.
 */
export class AttemptLimiter {
  readonly #failures = new Map<string, { count: number; since: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number,
  ) {}

  blocked(ip: string): boolean {
    const entry = this.#current(ip);
    return entry !== undefined && entry.count >= this.limit;
  }

  fail(ip: string): void {
    const entry = this.#current(ip) ?? { count: 0, since: this.now() };
    entry.count += 1;
    this.#failures.set(ip, entry);
    if (this.#failures.size > 10_000) this.#forgetExpired();
  }

  #current(ip: string) {
    const entry = this.#failures.get(ip);
    if (entry && this.now() - entry.since >= this.windowMs) {
      this.#failures.delete(ip);
      return undefined;
    }
    return entry;
  }

  #forgetExpired() {
    for (const ip of [...this.#failures.keys()]) this.#current(ip);
  }
}

/**
 * Browsers send Origin with a WebSocket or cross-site request: only pages served by this server
 * may connect (a page elsewhere on the network may not drive the room). Scripts and the bench send
 * no Origin.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
