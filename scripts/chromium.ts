/**
 * Debian's Chromium, as the end-to-end tests and the UI benchmark launch it. Playwright's own
 * browser downloads do not work here; without the background-networking flags Chromium keeps
 * trying hosts that this machine's closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
