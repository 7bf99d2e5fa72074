/**
 * The built app served as a static host would: precompressed brotli or gzip as the browser
 * accepts, hashed assets cached for a year, everything else revalidated, security headers on every
 * response. Returns a plain http.Server (not yet listening) so that room mode can attach its live
 * channel to the same server.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { cacheControl, setSecurityHeaders } from './headers.ts';

export interface AppServerOptions {
  /** The built app: the folder holding index.html (normally dist/). */
  root: string;
}

export function createAppServer({ root }: AppServerOptions): Server {
  const dir = resolve(root);
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`No built app in ${dir} (index.html is missing): run "npm run build" first.`);
  // Not in dev mode, sirv lists the folder once at start and serves only files on that list: a
  // path that climbs out of the folder, or names a folder, matches nothing. The app routes by
  // hash (#/run/…), so an unknown path is a 404 rather than index.html.
  const serve = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
    onNoMatch: (_req, res) => plain(res, 404, 'Not found'),
  });
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(res, 405, 'Method not allowed');
      return;
    }
    serve(req, res);
  });
}

function plain(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}
