import type { Language } from '../engine/scenario.schema.ts';
import { MESSAGES, type MessageCode, type MessageParams } from './messages.ts';

/** Something wrong (error) or doubtful (warning) in a scenario file, with where and how to fix it. */
export interface Problem {
  severity: 'error' | 'warning';
  code: MessageCode;
  file: string;
  /** 1-based line and column of the place in the file. */
  line: number;
  column: number;
  message: string;
  hint: string;
  /** The path of the value in the scenario, e.g. ['scenes', 'intake', 'lines', 0]. */
  path: (string | number)[];
}

export type Path = (string | number)[];

/** A problem before it is placed in the file and put into words. */
export interface Finding<C extends MessageCode = MessageCode> {
  code: C;
  path: Path;
  params: MessageParams<C>;
  severity?: 'error' | 'warning';
  /** Point at the key of the path's last step instead of its value. */
  atKey?: boolean;
}

export function finding<C extends MessageCode>(
  code: C,
  path: Path,
  params: MessageParams<C>,
  extra: Pick<Finding, 'severity' | 'atKey'> = {},
): Finding {
  return { code, path, params, ...extra } as Finding;
}

/** Put a finding into words in the given language; `where` already names the place. */
export function describe(
  found: Finding,
  lang: Language,
  where: string,
): { message: string; hint: string } {
  const entry = MESSAGES[found.code] as unknown as Record<
    Language,
    (params: MessageParams<MessageCode>, where: string) => [string, string]
  >;
  const [message, hint] = entry[lang](found.params, where);
  return { message, hint };
}

/** One line per problem: file:line:column severity message (hint). */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.severity}: ${problem.message}\n    ↳ ${problem.hint}`;
}

/** The closest of the known names, to suggest for a misspelt one. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
