/**
 * One incoming event, made safe: the payload is validated with its schema, anything else (junk,
 * extra arguments, a missing or broken ack) is answered or dropped without ever throwing, since
 * a throw in a Socket.IO handler would stop the whole server.
 */
import type { Socket } from 'socket.io';
import type { z } from 'zod';
import type { Ack } from '../../room/protocol.ts';

type Reply = (ack: Ack<unknown>) => void;

/** Splits Socket.IO's arguments into the payloads and the ack function (when one was asked). */
function ackOf(args: unknown[]): { payloads: unknown[]; reply: Reply } {
  const last = args.at(-1);
  if (typeof last !== 'function') return { payloads: args, reply: () => {} };
  return {
    payloads: args.slice(0, -1),
    reply: (ack) => {
      try {
        last(ack);
      } catch {
        // The connection is gone; nothing to tell.
      }
    },
  };
}

export function handle<S extends z.ZodType, T>(
  socket: Socket,
  event: string,
  schema: S,
  run: (payload: z.infer<S>) => Promise<Ack<T>>,
): void {
  socket.on(event, (...args: unknown[]) => {
    const { payloads, reply } = ackOf(args);
    const parsed = payloads.length === 1 ? schema.safeParse(payloads[0]) : undefined;
    if (!parsed?.success) return reply({ ok: false, reason: 'invalid' });
    run(parsed.data).then(reply, (error: unknown) => {
      console.error(`The room server failed on "${event}": ${String(error)}`);
      reply({ ok: false, reason: 'server-error' });
    });
  });
}

/** Events this side may not send: refused when an ack is asked, otherwise ignored. */
export function refuse(socket: Socket, events: readonly string[], reason: string): void {
  for (const event of events)
    socket.on(event, (...args: unknown[]) => ackOf(args).reply({ ok: false, reason }));
}
