/** The library's "Your own cases": open a case file (or drop one on the page), and what came of it. */
import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogState } from '../catalog.ts';
import { hrefOf } from '../router.ts';
import type { OpenCaseFile } from './use-open-case-file.ts';
import './own.css';

// The report (problem list, questions) comes with the checking code, not with the first screen.
const OpenReport = lazy(() => import('./OpenReport.tsx'));

export function OwnCasesPanel({ opening }: { opening: OpenCaseFile }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const status = useCatalogState((s) => s.ownStatus);
  const unreadable = useCatalogState((s) => s.unreadable);
  const busy = opening.state.step === 'checking';
  return (
    <section aria-labelledby="own-heading" className="own-cases">
      <h3 id="own-heading">{t('library.own.heading')}</h3>
      <p>{t('library.own.intro')}</p>
      <p className="own-open">
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          {t('library.own.open')}
        </button>{' '}
        <span className="own-hint">{t('library.own.dropHint')}</span>
        <input
          ref={input}
          type="file"
          accept=".yaml,.yml"
          hidden
          data-testid="case-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so that choosing the same file again (after editing it) is a change.
            event.target.value = '';
            if (file) opening.open(file);
          }}
        />
      </p>
      <p>
        <a href={hrefOf({ screen: 'class' })}>{t('library.own.classReport')}</a>
      </p>
      {status === 'unavailable' && <p role="status">{t('library.own.noStorage')}</p>}
      {unreadable > 0 && <p role="alert">{t('library.own.unreadable', { count: unreadable })}</p>}
      {opening.state.step !== 'idle' && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <OpenReport opening={opening} />
        </Suspense>
      )}
    </section>
  );
}
