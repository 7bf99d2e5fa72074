/**
 * The translations for components that render on every choice in the player. react-i18next's
 * useTranslation checks on each render that the strings are loaded and wraps `t` anew, which made
 * up a good part of answering a choice; here the strings are loaded with the screen, so a
 * component needs only the instance, its `t`, and a new render when the language changes.
 */
import type { TFunction } from 'i18next';
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { Language } from '../../engine/index.ts';

export function useLocale(): { t: TFunction; language: Language } {
  // The instance given by an I18nextProvider (as in tests), or the app's own.
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language as Language);
  // `t` reads the language when it is called; the subscription above renders anew on a switch.
  const t = useMemo(() => i18n.t.bind(i18n) as TFunction, [i18n]);
  return { t, language };
}
