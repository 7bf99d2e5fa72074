/**
 * What `npm run room` prints: the presenter's URL with its key (for the laptop only), every
 * address on the local network, and the join page for phones, also as a QR code.
 */
import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';

const WILDCARDS = new Set(['0.0.0.0', '::', '']);
const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

export interface RoomAddresses {
  /** Where the facilitator's laptop reaches the server. */
  local: string;
  /** Every address on the network (or only the host given). */
  lan: string[];
  /** The address phones should use: --public-url, else the first network address. */
  public: string;
}

export function roomAddresses(host: string, port: number, publicUrl?: string): RoomAddresses {
  const wildcard = WILDCARDS.has(host);
  const local = `http://${wildcard ? 'localhost' : urlHost(host)}:${port}`;
  const lan = wildcard
    ? Object.values(networkInterfaces())
        .flat()
        .filter((net) => net && net.family === 'IPv4' && !net.internal)
        .map((net) => `http://${net?.address}:${port}`)
    : [local];
  return { local, lan, public: publicUrl?.replace(/\/+$/, '') || lan[0] || local };
}

export function roomBanner(addresses: RoomAddresses, presenterKey: string): string {
  const join = `${addresses.public}/#/join`;
  return [
    'Driehoek — kamermodus / room mode (Ctrl+C stopt / stops)',
    '',
    'Presentator (geheim: alleen op deze laptop openen) / Presenter (secret: open on this laptop only):',
    `  ${addresses.local}/#/live/${presenterKey}`,
    '',
    'Adressen in het netwerk / Network addresses:',
    ...(addresses.lan.length > 0
      ? addresses.lan.map((url) => `  ${url}/`)
      : ['  (geen netwerk gevonden / no network found)']),
    '',
    'Telefoons / Phones:',
    `  ${join}`,
    '  De kamercode verschijnt op de projector zodra de presentator de kamer opent.',
    '  The room code appears on the projector once the presenter opens the room.',
    '',
    renderUnicodeCompact(join, { border: 2 }),
  ].join('\n');
}
