/**
 * The debrief's messages without i18next, for the pure report builders: a key such as
 * 'debrief.ending.heading' and `{{name}}` placeholders, as i18next reads them.
 */
import type { Language } from '../../engine/index.ts';
import { en, nl } from './messages.ts';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages: unknown = language === 'en' ? en : nl;
  return (key, values = {}) => {
    let node = messages;
    for (const part of key.split('.')) {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
