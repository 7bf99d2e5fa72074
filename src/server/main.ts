/**
 * npm start (after the build): serve dist/ on --host and --port (default localhost:4173) and print
 * the address to open.
 *   npm start -- --host 127.0.0.1 --port 4181
 */
import { parseArgs } from 'node:util';
import { createAppServer } from './app-server.ts';

const DEFAULT_PORT = 4173;

function options() {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: 'localhost' },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      root: { type: 'string', default: 'dist' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  return { host: values.host, port, root: values.root };
}

function main() {
  const { host, port, root } = options();
  const server = createAppServer({ root });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is in use: choose another with --port.`
        : `The server could not start: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    const shown = host.includes(':') ? `[${host}]` : host;
    console.log(`Driehoek is served at http://${shown}:${bound}/ (Ctrl+C stops it)`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      // Browsers keep connections open; close them, or close() waits for them.
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
