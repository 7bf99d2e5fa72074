import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language } from '../../engine/index.ts';

interface LibraryProps {
  catalog: CatalogEntry[];
}

/** The available cases as cards. */
export function Library({ catalog }: LibraryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="library-heading" className="library">
      <h2 id="library-heading">{t('library.heading')}</h2>
      <p>{t('library.intro')}</p>
      {catalog.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="cards">
        {catalog.map((entry) => (
          <li key={entry.id} className="card">
            <article aria-labelledby={`case-${entry.id}`}>
              <h3 id={`case-${entry.id}`}>{localize(entry.title, lang)}</h3>
              <p className="card-pupil">
                {t('library.pupil', {
                  name: entry.pupil.name,
                  age: entry.pupil.age,
                  schoolYear: localize(entry.pupil.schoolYear, lang),
                })}
              </p>
              <p>{localize(entry.summary, lang)}</p>
              <p className="card-meta">
                {localize(entry.setting, lang)} ·{' '}
                {t('library.minutes', { count: entry.estimatedMinutes })} · {t('library.languages')}
                : {entry.languages.join(', ').toUpperCase()}
              </p>
              <details>
                <summary>{t('library.goals')}</summary>
                <ul>
                  {entry.learningGoals.map((goal, i) => (
                    <li key={i}>{localize(goal, lang)}</li>
                  ))}
                </ul>
              </details>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
