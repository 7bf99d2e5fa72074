/**
 * npm start (after the build): serve dist/ on --host and --port (default localhost:4173) and print
 * the address to open.
 *   npm start -- --host 127.0.0.1 --port 4181
 * With --room (npm run room) the live channel for phones is added, on all interfaces by default:
 *   npm run room -- --host 127.0.0.1 --port 4181 --public-url http://192.168.1.20:4181 --cap 300
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PARTICIPANT_CAP } from '../room/protocol.ts';
import { createAppServer } from './app-server.ts';
import { roomAddresses, roomBanner } from './room/banner.ts';
import { defaultDataDir } from './room/data-dir.ts';
import { attachLiveChannel } from './room/live-channel.ts';

const DEFAULT_PORT = 4173;

function options() {
  const { values } = parseArgs({
    options: {
      host: { type: 'string' },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      root: { type: 'string', default: 'dist' },
      room: { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      cap: { type: 'string', default: String(DEFAULT_PARTICIPANT_CAP) },
      'data-dir': { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  const cap = Number(values.cap);
  if (!Number.isInteger(cap) || cap < 1)
    throw new Error(`--cap must be a whole number of at least 1, not "${values.cap}".`);
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined && !/^https?:\/\/[^/\s]+\/?$/.test(publicUrl))
    throw new Error(`--public-url must be an address such as http://192.168.1.20:${port}`);
  return {
    // Phones on the Wi-Fi must reach a room; the app alone stays on this machine.
    host: values.host ?? (values.room ? '0.0.0.0' : 'localhost'),
    port,
    root: values.root,
    room: values.room,
    publicUrl,
    cap,
    dataDir: values['data-dir'] ?? defaultDataDir(),
  };
}

function main() {
  const settings = options();
  const { host, port } = settings;
  const server = createAppServer({ root: settings.root });
  /** Closes what is open; the live channel first writes its snapshot. */
  let stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections open; close them, or close() waits for them.
      server.closeAllConnections();
    });

  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is in use: choose another with --port.`
        : error.code === 'EADDRNOTAVAIL'
          ? `${host} is not an address of this computer: leave out --host, or give one of its own.`
          : error.code === 'EACCES'
            ? `Port ${port} needs more rights: choose one above 1023 with --port.`
            : `The server could not start: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    if (!settings.room) {
      const shown = host.includes(':') ? `[${host}]` : host;
      console.log(`Driehoek is served at http://${shown}:${bound}/ (Ctrl+C stops it)`);
      return;
    }
    const addresses = roomAddresses(host, bound, settings.publicUrl);
    attachLiveChannel(server, {
      dataDir: settings.dataDir,
      publicUrl: addresses.public,
      participantCap: settings.cap,
    }).then(
      (channel) => {
        stop = () => {
          const closing = channel.close();
          server.closeAllConnections(); // pages still loading; the live connections closed first
          return closing;
        };
        console.log(roomBanner(addresses, channel.presenterKey));
      },
      (error: unknown) => {
        console.error(
          `The room could not start (data folder ${settings.dataDir}): ${String(error)}`,
        );
        process.exit(1);
      },
    );
  });

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      if (stopping) process.exit(1); // a second Ctrl+C does not wait
      stopping = true;
      void stop().finally(() => process.exit(0));
    });
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
