/**
 * Compiles scenarios/*.yaml at build time, so the app ships plain data and never the YAML parser
 * or the validator. A scenario with errors stops the build with the validator's messages.
 * - `virtual:scenarios`: the catalog — each scenario's summary for the library, and a loader.
 * - `virtual:scenarios/<id>`: one whole scenario, loaded only when it is played.
 * - `virtual:scenario-releases`: the archived releases of each case (scenarios/releases/), each a
 *   loader of its own chunk `virtual:scenario-releases/<id>/<version>`; the app imports it only to
 *   open a run saved on an earlier version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scenarioHash } from '../src/engine/index.ts';
import { formatProblem, validateScenarioText } from '../src/authoring/index.ts';
import type { BuiltScenario, CatalogEntry } from '../src/engine/catalog.ts';
import { listReleases } from './releases.ts';

const MODULE_ID = 'virtual:scenarios';
const RELEASES_ID = 'virtual:scenario-releases';
const RESOLVED_PREFIX = '\0';

export function loadScenarios(dir: string): BuiltScenario[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    const { scenario, problems } = validateScenarioText(readFileSync(path, 'utf8'), path, {
      lang: 'en',
    });
    if (!scenario)
      throw new Error(`Scenario ${path} has errors:\n${problems.map(formatProblem).join('\n')}`);
    return { scenario, hash: scenarioHash(scenario) };
  });
}

/**
 * The fields a library card needs; the rest (setting and learning goals, shown when the card's
 * details are opened, and cast, meters, scenes, …) loads with the case. The first screen's
 * JavaScript budget is shared with every case's card.
 */
const SUMMARY_FIELDS = [
  'id',
  'version',
  'languages',
  'title',
  'summary',
  'pupil',
  'estimatedMinutes',
] as const;

/** What the library shows of a scenario, without its scenes. */
export function summaryOf({ scenario, hash }: BuiltScenario): Omit<CatalogEntry, 'load'> {
  const summary = Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, scenario[field]]));
  return { ...(summary as Pick<CatalogEntry, (typeof SUMMARY_FIELDS)[number]>), hash };
}

export function scenariosPlugin(dir = 'scenarios'): Plugin {
  return {
    name: 'driehoek-scenarios',
    resolveId: (id) =>
      [MODULE_ID, RELEASES_ID].some((m) => id === m || id.startsWith(`${m}/`))
        ? RESOLVED_PREFIX + id
        : undefined,
    load(id) {
      if (id.startsWith(RESOLVED_PREFIX + RELEASES_ID)) {
        return releasesModule(dir, id.slice(RESOLVED_PREFIX.length + RELEASES_ID.length + 1));
      }
      if (!id.startsWith(RESOLVED_PREFIX + MODULE_ID)) return undefined;
      for (const file of readdirSync(dir)) this.addWatchFile(resolve(dir, file));
      const built = loadScenarios(dir);
      const wanted = id.slice(RESOLVED_PREFIX.length + MODULE_ID.length + 1);
      if (wanted) {
        const one = built.find((b) => b.scenario.id === wanted);
        if (!one) throw new Error(`No scenario with id '${wanted}' in ${dir}/`);
        return `export default ${JSON.stringify(one)};`;
      }
      const entries = built.map(
        (b) =>
          `{ ...${JSON.stringify(summaryOf(b))}, load: () => import('${MODULE_ID}/${b.scenario.id}').then((m) => m.default) }`,
      );
      return `export default [${entries.join(',\n')}];`;
    },
  };
}

/**
 * The index of archived releases (`wanted` empty): per case and version its hash and a loader; or
 * one release, `<id>/<version>`, as its archive holds it (restoreRelease normalises it in the app).
 */
function releasesModule(dir: string, wanted: string): string {
  const releases = listReleases(dir);
  if (wanted) {
    const one = releases.find((r) => `${r.id}/${r.version}` === wanted);
    if (!one) throw new Error(`No archived release '${wanted}' in ${dir}/releases/`);
    return `export default ${readFileSync(one.path, 'utf8')};`;
  }
  const index: Record<string, Record<string, string>> = {};
  for (const r of releases) {
    (index[r.id] ??= {})[r.version] =
      `{ hash: ${JSON.stringify(r.hash)}, load: () => import('${RELEASES_ID}/${r.id}/${r.version}').then((m) => m.default) }`;
  }
  const body = Object.entries(index).map(
    ([id, versions]) =>
      `${JSON.stringify(id)}: {${Object.entries(versions)
        .map(([version, entry]) => `${JSON.stringify(version)}: ${entry}`)
        .join(', ')}}`,
  );
  return `export default {${body.join(',\n')}};`;
}
