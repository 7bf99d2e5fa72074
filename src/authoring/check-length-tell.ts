/**
 * A tell: when the fully respectful option is mostly the longest, a trainee can win by picking the
 * longest text without weighing anything. Measured per language, as each is read on its own.
 */
import type { LocalizedText, Option, ScenarioFile } from '../engine/scenario.schema.ts';
import { finding, type Finding } from './problem.ts';
import { verdictProfile } from './check-same-verdicts.ts';

const respectsAll = (option: Option) => verdictProfile(option).every((v) => v === 'respects');

/** A text's length in one language; a plain text is in the scenario's first language only. */
function lengthIn(text: LocalizedText, language: string, first: string): number | undefined {
  const value =
    typeof text === 'string'
      ? language === first
        ? text
        : undefined
      : text[language as keyof typeof text];
  return value === undefined ? undefined : [...value].length;
}

/** The index of the one longest option in a language; undefined on a tie or a missing text. */
function longest(options: Option[], language: string, first: string): number | undefined {
  let best: number | undefined;
  let bestLength = -1;
  let tie = false;
  for (const [i, option] of options.entries()) {
    const length = lengthIn(option.text, language, first);
    if (length === undefined) return undefined;
    if (length === bestLength) tie = true;
    if (length > bestLength) [best, bestLength, tie] = [i, length, false];
  }
  return tie ? undefined : best;
}

/**
 * Of the choices with a fully respectful option, those where it is the longest, per language; when
 * that is more than half of them in a language, a warning at each such choice's respectful option.
 */
export function checkLengthTell(file: ScenarioFile): Finding[] {
  const first = file.languages[0] ?? 'nl';
  const points: [string, Option[]][] = Object.entries(file.scenes).flatMap(([id, scene]) => {
    const options = scene.choice?.options ?? [];
    return options.length > 1 && options.some(respectsAll) ? [[id, options]] : [];
  });
  // scene → option index → the languages in which that respectful option is the longest
  const tells = new Map<string, { index: number; languages: string[] }>();
  const counts: { language: string; count: number }[] = [];
  for (const language of file.languages) {
    const here = points.flatMap(([id, options]) => {
      const index = longest(options, language, first);
      return index !== undefined && respectsAll(options[index] as Option) ? [{ id, index }] : [];
    });
    if (here.length * 2 <= points.length) continue;
    counts.push({ language, count: here.length });
    for (const { id, index } of here) {
      const tell = tells.get(id) ?? { index, languages: [] };
      tell.languages.push(language);
      tells.set(id, tell);
    }
  }
  return [...tells].map(([id, { index, languages }]) => {
    const text = file.scenes[id]?.choice?.options[index]?.text;
    const path = ['scenes', id, 'choice', 'options', index, 'text'];
    if (languages.length === 1 && typeof text === 'object') path.push(languages[0] as string);
    return finding(
      'respectful-longest',
      path,
      { languages, counts, total: points.length },
      { severity: 'warning' },
    );
  });
}
