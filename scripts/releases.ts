/**
 * Archived releases of the built-in cases: scenarios/releases/<id>/<version>.json holds a case
 * exactly as the app received it at that version ({ scenario, hash }), so that runs saved on it
 * still open after the case is revised. Used by `npm run cases:release`, the release check and the
 * Vite plugin.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltScenario } from '../src/engine/catalog.ts';

export const RELEASES_DIR = 'releases';

/** Where a release of a case is archived, under the scenarios folder. */
export const releasePath = (scenariosDir: string, id: string, version: string) =>
  join(scenariosDir, RELEASES_DIR, id, `${version}.json`);

/** One archived release as listed: the case, its version, its hash and its file. */
export interface ArchivedRelease {
  id: string;
  version: string;
  hash: string;
  path: string;
}

/** Every archived release under the scenarios folder, by case and version. */
export function listReleases(scenariosDir: string): ArchivedRelease[] {
  const root = join(scenariosDir, RELEASES_DIR);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((id) =>
      readdirSync(join(root, id))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => {
          const path = join(root, id, file);
          const { hash } = JSON.parse(readFileSync(path, 'utf8')) as { hash: string };
          return { id, version: file.slice(0, -'.json'.length), hash, path };
        }),
    );
}

const nameOf = ({ scenario }: BuiltScenario) =>
  typeof scenario.pupil?.name === 'string' ? scenario.pupil.name : scenario.id;

/**
 * What is wrong between the cases as built now and their archived releases: a case whose content
 * differs from the archive of the same version, or whose version is not archived yet.
 */
export function releaseProblems(scenariosDir: string, built: BuiltScenario[]): string[] {
  const archived = listReleases(scenariosDir);
  return built.flatMap((b) => {
    const { id, version } = b.scenario;
    const release = archived.find((r) => r.id === id && r.version === version);
    if (!release)
      return [
        `${nameOf(b)} ${version} is not archived as a release: run npm run cases:release (it writes ${releasePath(scenariosDir, id, version)}).`,
      ];
    if (release.hash !== b.hash)
      return [
        `${nameOf(b)} changed since ${version} was released: raise \`version\` in ${id}.yaml and run npm run cases:release.`,
      ];
    return [];
  });
}

/** Archive each case's current version that is not archived yet; returns the files written. */
export function writeReleases(scenariosDir: string, built: BuiltScenario[]): string[] {
  const problems = releaseProblems(scenariosDir, built).filter((p) => !p.includes('not archived'));
  if (problems.length) throw new Error(problems.join('\n'));
  const written: string[] = [];
  for (const b of built) {
    const path = releasePath(scenariosDir, b.scenario.id, b.scenario.version);
    if (existsSync(path)) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    // Exactly what the app receives for the case (see vite-plugin-scenarios), as stable JSON.
    writeFileSync(path, `${JSON.stringify(b)}\n`);
    written.push(path);
  }
  return written;
}
