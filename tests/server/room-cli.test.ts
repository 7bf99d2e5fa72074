/**
 * What `npm run room` works out before it serves: where snapshots go on each system, which
 * addresses it prints, and the banner with the presenter's and the phones' URLs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roomAddresses, roomBanner } from '../../src/server/room/banner.ts';
import { defaultDataDir } from '../../src/server/room/data-dir.ts';

describe('the data folder', () => {
  const home = '/home/sam';
  it('follows XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux', home)).toBe(
      join('/data', 'driehoek', 'rooms'),
    );
    expect(defaultDataDir({}, 'linux', home)).toBe(
      join(home, '.local', 'share', 'driehoek', 'rooms'),
    );
  });
  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({}, 'darwin', home)).toBe(
      join(home, 'Library', 'Application Support', 'driehoek', 'rooms'),
    );
    expect(defaultDataDir({ APPDATA: '/appdata' }, 'win32', home)).toBe(
      join('/appdata', 'driehoek', 'rooms'),
    );
  });
});

describe('addresses and banner', () => {
  it('uses only the host given, for the laptop and the phones alike', () => {
    expect(roomAddresses('127.0.0.1', 4199)).toEqual({
      local: 'http://127.0.0.1:4199',
      lan: ['http://127.0.0.1:4199'],
      public: 'http://127.0.0.1:4199',
    });
  });
  it('opens the presenter on localhost when serving every interface, and prefers --public-url', () => {
    const addresses = roomAddresses('0.0.0.0', 4173, 'http://10.0.0.5:4173/');
    expect(addresses.local).toBe('http://localhost:4173');
    expect(addresses.public).toBe('http://10.0.0.5:4173');
    for (const url of addresses.lan) expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:4173$/);
  });
  it('prints the presenter URL with its key, the join page and a QR code', () => {
    const banner = roomBanner(roomAddresses('127.0.0.1', 4199), 'k'.repeat(43));
    expect(banner).toContain(`http://127.0.0.1:4199/#/live/${'k'.repeat(43)}`);
    expect(banner).toContain('http://127.0.0.1:4199/#/join');
    expect(banner).toMatch(/[▀▄█]{20,}/);
  });
});
