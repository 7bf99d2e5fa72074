import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../engine/index.ts';
import { resources } from './resources.ts';

export const UI_LANGUAGES: Language[] = ['nl', 'en'];

/** The browser's preferred language among ours; Dutch when it prefers neither. */
export function browserLanguage(preferred: readonly string[] = navigator.languages): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl' || base === 'en') return base;
  }
  return 'nl';
}

export function initI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18next;
}
