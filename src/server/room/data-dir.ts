/** Where room snapshots live by default: the user's data directory, as each system names it. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'driehoek', 'rooms');
  if (platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'driehoek', 'rooms');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'driehoek', 'rooms');
}
