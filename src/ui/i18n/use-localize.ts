/** A case's text (one string, or one per language) in the language the app speaks now. */
import { useTranslation } from 'react-i18next';
import { localize, type Language } from '../../engine/index.ts';

export function useLocalize(): (value: Parameters<typeof localize>[0]) => string {
  const { i18n } = useTranslation();
  return (value) => localize(value, i18n.language as Language);
}
