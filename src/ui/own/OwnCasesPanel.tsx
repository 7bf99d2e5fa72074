/** The library's "Your own cases": open a case file (or drop one on the page), and what came of it. */
import { useTranslation } from 'react-i18next';
import { useCatalogState } from '../catalog.ts';
import { hrefOf } from '../router.ts';
import { OpenCaseFileButton, OpenCaseFileOutcome } from './CaseFileControls.tsx';
import type { OpenCaseFile } from './use-open-case-file.ts';
import './own.css';

export function OwnCasesPanel({ opening }: { opening: OpenCaseFile }) {
  const { t } = useTranslation();
  const status = useCatalogState((s) => s.ownStatus);
  const unreadable = useCatalogState((s) => s.unreadable);
  return (
    <section aria-labelledby="own-heading" className="own-cases">
      <h3 id="own-heading">{t('library.own.heading')}</h3>
      <p>{t('library.own.intro')}</p>
      <p className="own-open">
        <OpenCaseFileButton opening={opening} testId="case-file-input" />{' '}
        <span className="own-hint">{t('library.own.dropHint')}</span>
      </p>
      <p>
        <a href={hrefOf({ screen: 'class' })}>{t('library.own.classReport')}</a>
      </p>
      {status === 'unavailable' && <p role="status">{t('library.own.noStorage')}</p>}
      {unreadable > 0 && <p role="alert">{t('library.own.unreadable', { count: unreadable })}</p>}
      <OpenCaseFileOutcome opening={opening} />
    </section>
  );
}
