import { lazy, Suspense, use, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language } from '../../engine/index.ts';
import type { Mode } from '../../state/run-record.ts';
import { afterNextFrame } from '../after-paint.ts';
import { isOwn } from '../catalog.ts';
import { OwnCasesPanel } from '../own/OwnCasesPanel.tsx';
import { useOpenCaseFile } from '../own/use-open-case-file.ts';
import { hrefOf, navigate } from '../router.ts';
import { loadScenario } from '../scenario-cache.ts';
import { runStore, useSettings } from '../stores.ts';
import { RunList } from './RunList.tsx';

// Only own cases have these, and they are read after the first paint.
const OwnCaseActions = lazy(() => import('../own/OwnCaseActions.tsx'));

interface LibraryProps {
  catalog: CatalogEntry[];
}

/** The available cases as cards, with the runs in progress and the finished ones. */
export function Library({ catalog }: LibraryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const opening = useOpenCaseFile(lang);
  const [dragging, setDragging] = useState(false);
  const withFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  return (
    <section
      aria-labelledby="library-heading"
      className={dragging ? 'library library-drop' : 'library'}
      // A case file dropped anywhere on the library is opened; the browser must not navigate to it.
      onDragOver={(event) => {
        if (!withFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        if (!withFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) opening.open(file);
      }}
    >
      <h2 id="library-heading">{t('library.heading')}</h2>
      {dragging && (
        <p className="drop-banner" aria-hidden="true">
          {t('library.own.drop')}
        </p>
      )}
      <p>{t('library.intro')}</p>
      <RunList catalog={catalog} />
      {catalog.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="cards">
        {catalog.map((entry) => (
          <li key={entry.id} className="card">
            <article aria-labelledby={`case-${entry.id}`}>
              <h3 id={`case-${entry.id}`}>{localize(entry.title, lang)}</h3>
              {isOwn(entry) && (
                <Suspense fallback={null}>
                  <OwnCaseActions entry={entry} />
                </Suspense>
              )}
              <p className="card-pupil">
                {t('library.pupil', {
                  name: entry.pupil.name,
                  age: entry.pupil.age,
                  schoolYear: localize(entry.pupil.schoolYear, lang),
                })}
              </p>
              <p>{localize(entry.summary, lang)}</p>
              <p className="card-meta">
                {t('library.minutes', { count: entry.estimatedMinutes })} · {t('library.languages')}
                : {entry.languages.join(', ').toUpperCase()}
              </p>
              <CaseDetails entry={entry} />
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
      <OwnCasesPanel opening={opening} />
    </section>
  );
}

/**
 * The setting and learning goals, read from the case itself when the card's details are opened:
 * they are not in the first screen's catalog.
 */
function CaseDetails({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('library.goals')}</summary>
      {open && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <CaseSettingAndGoals loading={loadScenario(entry)} />
        </Suspense>
      )}
    </details>
  );
}

function CaseSettingAndGoals({ loading }: { loading: ReturnType<typeof loadScenario> }) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { scenario } = use(loading);
  return (
    <>
      <p>{localize(scenario.setting, lang)}</p>
      <ul>
        {scenario.learningGoals.map((goal, i) => (
          <li key={i}>{localize(goal, lang)}</li>
        ))}
      </ul>
    </>
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
