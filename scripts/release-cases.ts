/**
 * npm run cases:release — archive the current version of every case in scenarios/ that is not
 * archived yet (scenarios/releases/<id>/<version>.json). Refuses when a case changed without a new
 * `version`: runs saved on the released content would then lose their case.
 */
import { writeReleases } from './releases.ts';
import { loadScenarios } from './vite-plugin-scenarios.ts';

const dir = 'scenarios';
try {
  const written = writeReleases(dir, loadScenarios(dir));
  console.log(
    written.length ? `Archived:\n${written.join('\n')}` : 'Every case is archived already.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
