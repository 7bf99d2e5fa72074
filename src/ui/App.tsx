import { useTranslation } from 'react-i18next';
import type { CatalogEntry, Language } from '../engine/index.ts';
import { UI_LANGUAGES } from './i18n/i18n.ts';
import { Library } from './library/Library.tsx';

export function App({ catalog }: { catalog: CatalogEntry[] }) {
  const { t, i18n } = useTranslation();
  const switchTo = (language: Language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  };
  return (
    <>
      <header className="app-header">
        <div>
          <h1>{t('app.name')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <label>
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(e) => switchTo(e.target.value as Language)}>
            {UI_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === 'nl' ? 'Nederlands' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main>
        <Library catalog={catalog} />
      </main>
      <footer className="app-footer">
        <p>{t('app.privacy')}</p>
      </footer>
    </>
  );
}
