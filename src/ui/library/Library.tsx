import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language } from '../../engine/index.ts';
import type { Mode } from '../../state/run-record.ts';
import { afterNextFrame } from '../after-paint.ts';
import { hrefOf, navigate } from '../router.ts';
import { loadScenario } from '../scenario-cache.ts';
import { runStore, useSettings } from '../stores.ts';
import { RunList } from './RunList.tsx';

interface LibraryProps {
  catalog: CatalogEntry[];
}

/** The available cases as cards, with the runs in progress and the finished ones. */
export function Library({ catalog }: LibraryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="library-heading" className="library">
      <h2 id="library-heading">{t('library.heading')}</h2>
      <p>{t('library.intro')}</p>
      <RunList catalog={catalog} />
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
              <StartForm entry={entry} title={localize(entry.title, lang)} />
              {/* Room mode: a link, so the presenter's screen (a lazy chunk) loads only when opened. */}
              <p className="card-present">
                <a href={hrefOf({ screen: 'present', caseId: entry.id })}>
                  {t('library.present')}
                  <span className="visually-hidden"> {localize(entry.title, lang)}</span>
                </a>{' '}
                <span className="card-present-hint">{t('library.presentHint')}</span>
              </p>
              <p className="card-map">
                <a href={hrefOf({ screen: 'map', caseId: entry.id })}>
                  {t('library.map')}
                  <span className="visually-hidden"> {localize(entry.title, lang)}</span>
                </a>
              </p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Choose coach or reflect mode, and start a new run of the case. */
function StartForm({ entry, title }: { entry: CatalogEntry; title: string }) {
  const { t } = useTranslation();
  const defaultMode = useSettings((s) => s.mode);
  const [mode, setMode] = useState<Mode>(defaultMode);
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    // "Starting…" is painted first: loading the case and its engine takes a moment on a slow phone.
    await new Promise<void>((resolve) => afterNextFrame(resolve));
    // The engine's machinery (XState) is loaded with the case, not with the library.
    const [built, { branchState }] = await Promise.all([
      loadScenario(entry),
      import('../../state/session.ts'),
    ]);
    const runId = runStore.getState().start(entry.id, mode, branchState(built, []));
    navigate({ screen: 'play', runId });
  };
  return (
    <form
      className="start-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset>
        <legend>{t('library.mode')}</legend>
        {(['coach', 'reflect'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`mode-${entry.id}`}
              value={value}
              checked={mode === value}
              onChange={() => setMode(value)}
            />{' '}
            {t(value === 'coach' ? 'library.modeCoach' : 'library.modeReflect')}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={starting}>
        {starting ? (
          t('library.starting')
        ) : (
          // The card's heading already shows the title: the button says it once, to screen readers.
          <>
            {t('library.start')}
            <span className="visually-hidden"> {title}</span>
          </>
        )}
      </button>
    </form>
  );
}
