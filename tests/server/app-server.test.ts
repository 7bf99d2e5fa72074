/**
 * The app's server against a small built app in a temporary folder: which encoding each browser
 * gets, how long each kind of file may be cached, and what it refuses to serve.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDirectory } from '../../scripts/compress.ts';
import { createAppServer } from '../../src/server/app-server.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/server/headers.ts';

/** Big enough to be worth compressing, and it compresses well. */
const SCRIPT = `export const lines = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `line ${i}`))};\n`;
const SCRIPT_PATH = '/assets/index-AbC123.js';

let base: string;
let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'driehoek-server-'));
  root = join(base, 'dist');
  mkdirSync(join(root, 'assets', 'nested'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), 'outside the built app');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Driehoek</title>');
  writeFileSync(join(root, 'sw.js'), `// service worker\n${SCRIPT}`);
  writeFileSync(join(root, 'manifest.webmanifest'), '{"name":"Driehoek"}');
  writeFileSync(join(root, 'assets', 'nested', 'logo-Zz9.svg'), '<svg/>');
  writeFileSync(join(root, 'assets', 'index-AbC123.js'), SCRIPT);
  writeFileSync(join(root, '.env'), 'SECRET=1');
  await compressDirectory(root);
  server = createAppServer({ root });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(base, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: the path is sent exactly as given (fetch would resolve "..") and nothing is decoded. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression by Accept-Encoding', () => {
  it('sends brotli to a browser that accepts it, and the body decodes to the file', async () => {
    const reply = await get(SCRIPT_PATH, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/javascript/);
    expect(reply.headers.vary).toMatch(/Accept-Encoding/);
    expect(reply.body.length).toBeLessThan(SCRIPT.length);
    expect(brotliDecompressSync(reply.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser that accepts only gzip', async () => {
    const reply = await get(SCRIPT_PATH, { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(reply.body).toString()).toBe(SCRIPT);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const reply = await get(SCRIPT_PATH);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe(SCRIPT);
  });

  it('serves the page at / with its type', async () => {
    const reply = await get('/', { 'Accept-Encoding': 'br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.body.toString()).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
  });
});

describe('caching by kind of file', () => {
  it('caches hashed assets for a year, as immutable', async () => {
    for (const path of [SCRIPT_PATH, '/assets/nested/logo-Zz9.svg'])
      expect((await get(path)).headers['cache-control']).toBe(IMMUTABLE);
  });

  it('has the page, the service worker and the manifest revalidated every time', async () => {
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const reply = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['cache-control'], path).toBe(REVALIDATE);
    }
  });

  it('answers a revalidation with 304 when the file is unchanged', async () => {
    const first = await get('/sw.js');
    const again = await get('/sw.js', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('what it refuses', () => {
  it('answers 404 for a file that is not there', async () => {
    const reply = await get('/assets/missing-123.js');
    expect(reply.status).toBe(404);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('lists no folder', async () => {
    for (const path of ['/assets', '/assets/', '/assets/nested/'])
      expect((await get(path)).status, path).toBe(404);
  });

  it('serves nothing outside the folder, however the path climbs', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).not.toContain('outside the built app');
    }
  });

  it('serves no dotfile', async () => {
    expect((await get('/.env')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const reply = await get('/', {}, 'POST');
    expect(reply.status).toBe(405);
    expect(reply.headers.allow).toBe('GET, HEAD');
  });
});

describe('HEAD and headers', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(SCRIPT_PATH, { 'Accept-Encoding': 'br' }, 'HEAD');
    const full = await get(SCRIPT_PATH, { 'Accept-Encoding': 'br' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(full.body.length));
    expect(head.headers['content-encoding']).toBe('br');
  });

  it('sends the security headers on every response, a 404 included', async () => {
    for (const path of ['/', '/nothing-here']) {
      const { headers } = await get(path);
      expect(headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it('refuses to start on a folder without a built app', () => {
    expect(() => createAppServer({ root: join(base, 'nowhere') })).toThrow(/npm run build/);
  });
});
