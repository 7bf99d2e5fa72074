/**
 * Room servers for tests: the app server with its live channel on 127.0.0.1, port 0, over a tiny
 * built app and a temporary data folder; real Socket.IO clients for the presenter and phones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createAppServer } from '../../src/server/app-server.ts';
import { attachLiveChannel, type LiveChannelOptions } from '../../src/server/room/live-channel.ts';
import type { Ack, Ballot, PhoneView, RoomInfo, Tally } from '../../src/room/protocol.ts';

/** A folder with a built app (a page only) and an empty data folder; `remove` deletes both. */
export function tempFolders() {
  const base = mkdtempSync(join(tmpdir(), 'driehoek-room-'));
  const root = join(base, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Driehoek</title>');
  return {
    root,
    dataDir: join(base, 'data'),
    remove: () => rmSync(base, { recursive: true, force: true }),
  };
}

export interface TestRoomServer {
  url: string;
  key: string;
  stop(): Promise<void>;
}

export async function startRoomServer(
  root: string,
  options: Omit<LiveChannelOptions, 'publicUrl'>,
): Promise<TestRoomServer> {
  const server = createAppServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const channel = await attachLiveChannel(server, { ...options, publicUrl: url });
  return { url, key: channel.presenterKey, stop: () => channel.close() };
}

/** Clients made by a test, disconnected by `closeClients` after it. */
const clients = new Set<Socket>();
export function closeClients() {
  for (const client of clients) client.disconnect();
  clients.clear();
}

/** A client that has not connected yet (no reconnection: a test says when to come back). */
export function client(url: string, auth: object, extra: Parameters<typeof io>[1] = {}): Socket {
  const socket = io(url, {
    auth,
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    ...extra,
  });
  clients.add(socket);
  return socket;
}

export function connected(socket: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve(socket);
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

/** The refusal a handshake gets (the connect_error's message). */
export function refusal(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected, but a refusal was expected')));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

/** A device id (16 characters at least) unique per name. */
export const deviceId = (name: string) => `device-${name}-phone000`;

export const presenter = (url: string, key: string) =>
  connected(client(url, { role: 'presenter', key }));

/** A phone, connected, and the first view it was sent. */
export async function phone(url: string, room: string, name: string) {
  const socket = client(url, { role: 'phone', room, device: deviceId(name) });
  const view = nextEvent<PhoneView>(socket, 'room:view');
  await connected(socket);
  return { socket, view: await view };
}

export function nextEvent<T>(socket: Socket, event: string, timeoutMs = 2000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no "${event}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/** Emits with an ack and waits for it. */
export function send<T = undefined>(socket: Socket, event: string, ...args: unknown[]) {
  return socket.timeout(2000).emitWithAck(event, ...args) as Promise<Ack<T>>;
}

/** The value of a successful ack (fails the test otherwise). */
export async function ok<T>(ack: Promise<Ack<T>>): Promise<T> {
  const result = await ack;
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.value;
}

/** Collects every tally the presenter receives. */
export function tallies(socket: Socket) {
  const received: { at: number; tally: Tally }[] = [];
  socket.on('room:tally', (tally: Tally) => received.push({ at: performance.now(), tally }));
  return received;
}

/** Waits until `check` holds (polling), for the state a throttled tally brings. */
export async function until(check: () => boolean, timeoutMs = 2000) {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const BALLOT: Ballot = {
  id: 'scene-3:1',
  caseTitle: 'Saskia',
  question: 'Wat zeg je tegen Saskia?',
  options: [
    { id: 'a', label: 'A', text: 'Je luistert eerst.' },
    { id: 'b', label: 'B', text: 'Je belt haar ouders.' },
    { id: 'c', label: 'C', text: 'Je wacht af.' },
  ],
};

/** A presenter connected with a room open and BALLOT on it. */
export async function openRoom(url: string, key: string, ballot: Ballot = BALLOT) {
  const socket = await presenter(url, key);
  const info = await ok(
    send<RoomInfo>(socket, 'room:open', {
      language: 'nl',
    }),
  );
  await ok(send(socket, 'ballot:open', ballot));
  return { socket, info };
}
