/** One render helper for component tests: a fresh i18next instance with the app's messages. */
import { render, type RenderResult } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../src/engine/index.ts';
import * as chart from '../../src/ui/chart/messages.ts';
import * as debrief from '../../src/ui/debrief/messages.ts';
import * as app from '../../src/ui/i18n/messages.ts';
import * as lens from '../../src/ui/lens/messages.ts';
import * as player from '../../src/ui/player/messages.ts';
import * as room from '../../src/ui/room/messages.ts';
import * as triangle from '../../src/ui/triangle/messages.ts';

/** Every screen's strings: a component test renders any feature on its own. */
const modules = [app, player, triangle, lens, chart, debrief, room];
const resources = {
  nl: { translation: Object.assign({}, ...modules.map((m) => m.nl)) },
  en: { translation: Object.assign({}, ...modules.map((m) => m.en)) },
};

// jsdom has no matchMedia: answer as a wide screen does, where the player shows its side panel.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: true,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList;
}

export function testI18n(language: Language) {
  const i18n = createInstance();
  void i18n.init({
    resources,
    lng: language,
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}

export function renderWithI18n(
  ui: ReactElement,
  { language = 'nl' }: { language?: Language } = {},
): RenderResult {
  const i18n = testI18n(language);
  // A wrapper rather than a wrapped element, so that `rerender` keeps the provider.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  return render(ui, { wrapper });
}
