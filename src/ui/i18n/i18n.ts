import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../engine/index.ts';
import * as app from './messages.ts';

/** A feature's strings: one object per language, merged into the app's translations. */
export interface MessageModule {
  nl: object;
  en: object;
}

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
    // The first screen carries only the app's own strings; each lazily loaded screen adds its own.
    resources: { nl: { translation: app.nl }, en: { translation: app.en } },
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
  });
  return i18next;
}

/** Add a feature's strings when its screen loads. */
export function addMessages(modules: MessageModule[]) {
  for (const module of modules) {
    i18next.addResourceBundle('nl', 'translation', module.nl, true, false);
    i18next.addResourceBundle('en', 'translation', module.en, true, false);
  }
}
