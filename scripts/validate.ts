/**
 * npm run validate [files…] — check scenario files; with no files, every scenarios/*.yaml.
 * Options: --lang nl|en (default: from LANG, else nl), --quiet (errors only).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validateScenarioFile, MAX_SCENARIO_BYTES } from '../src/authoring/index.ts';
import type { Language } from '../src/engine/index.ts';

const args = process.argv.slice(2);
const langFlag = args.indexOf('--lang');
const lang: Language =
  langFlag >= 0
    ? args[langFlag + 1] === 'en'
      ? 'en'
      : 'nl'
    : process.env.LANG?.startsWith('en')
      ? 'en'
      : 'nl';
const quiet = args.includes('--quiet');
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
const targets = files.length
  ? files
  : readdirSync('scenarios')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join('scenarios', f));

const say =
  lang === 'nl'
    ? {
        ok: 'in orde',
        errors: 'fout(en)',
        warnings: 'waarschuwing(en)',
        unreadable: 'kan niet gelezen worden',
      }
    : { ok: 'OK', errors: 'error(s)', warnings: 'warning(s)', unreadable: 'cannot be read' };

let failed = 0;
for (const target of targets) {
  const file = relative(process.cwd(), target) || target;
  let bytes: Uint8Array;
  try {
    // Refuse a huge file before reading it whole.
    if (statSync(target).size > MAX_SCENARIO_BYTES * 4)
      throw new Error(`${statSync(target).size} bytes`);
    bytes = readFileSync(target);
  } catch (error) {
    console.error(`${file}:1:1 error: ${say.unreadable} (${(error as Error).message})`);
    failed++;
    continue;
  }
  // The same check as the app's 'open a case file': size, binary, encoding, then the text.
  const { problems } = validateScenarioFile(bytes, file, { lang });
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const problem of quiet ? errors : problems) console.error(formatProblem(problem));
  if (errors.length) failed++;
  console.log(
    `${file}: ${errors.length ? `${errors.length} ${say.errors}` : say.ok}${warnings.length ? `, ${warnings.length} ${say.warnings}` : ''}`,
  );
}
process.exitCode = failed ? 1 : 0;
