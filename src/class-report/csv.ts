/**
 * A class's runs as CSV, one row per run and choice, that Dutch Excel opens as it is: `;` between
 * cells (a comma on request), UTF-8 with a byte-order mark, and no cell a spreadsheet would run
 * as a formula (a cell starting with = + - @, a tab or a return gets a leading apostrophe).
 */
import { HIERARCHIES, localize, type Language, type Scenario } from '../engine/index.ts';
import type { ClassRun } from './class-runs.ts';

export interface CsvOptions {
  separator?: ';' | ',';
  lang?: Language;
}

const BOM = '\uFEFF';

/** A cell as text a spreadsheet shows as it is. */
export function csvCell(value: string | number | null | undefined, separator: string): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function classCsv(scenario: Scenario, runs: readonly ClassRun[], options: CsvOptions = {}) {
  const separator = options.separator ?? ';';
  const lang = options.lang ?? 'nl';
  const header = [
    'case',
    'version',
    'run',
    'participant',
    'ending',
    'tone',
    'choice',
    'week',
    'scene',
    'option',
    'option_text',
    ...HIERARCHIES,
  ];
  const rows = runs.flatMap((run) => {
    const ending = run.ended ? scenario.endings[run.at] : undefined;
    return run.analysis.choices.map(({ choice, option }) => [
      scenario.id,
      scenario.version,
      run.runId,
      run.participant,
      ending ? localize(ending.title, lang) : '',
      ending?.tone ?? '',
      choice.index + 1,
      choice.week,
      choice.scene,
      option.id,
      localize(option.text, lang),
      ...HIERARCHIES.map((h) => choice.verdicts[h].verdict),
    ]);
  });
  const line = (cells: (string | number | null | undefined)[]) =>
    cells.map((cell) => csvCell(cell, separator)).join(separator);
  return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
