/**
 * The headers the app's server adds to its responses: how long each kind of file may be cached,
 * and the security headers every response carries.
 */
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-plugin-csp.ts';

/** Vite names every file under assets/ by a hash of its content: a new build means a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Everything else (index.html, the service worker, the manifest, the icon, robots.txt) keeps its
 * name across releases: the browser asks again each time (cheaply, with the ETag) so an update
 * arrives at once.
 */
export const REVALIDATE = 'no-cache';

/** The Cache-Control for a request path. */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/**
 * The build's meta-tag policy again as a header, plus what only a header can say: no framing
 * (frame-ancestors is ignored in a meta tag).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
