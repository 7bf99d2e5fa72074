import type { Language, LocalizedText } from './scenario.schema.ts';

/** The text in the wanted language, falling back to the other languages in the order given. */
export function localize(
  text: LocalizedText,
  lang: Language,
  fallback: Language[] = ['nl', 'en'],
): string {
  if (typeof text === 'string') return text;
  for (const candidate of [lang, ...fallback]) {
    const value = text[candidate];
    if (value) return value;
  }
  return '';
}
