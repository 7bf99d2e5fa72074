/**
 * The class report's files: open many at once, close them all, what the last opening did (in a
 * status line a screen reader announces) and which files did not count, with the reason.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opening, Refused } from './use-class-exports.ts';

interface Props {
  /** Exports open now (runs and room sessions); undefined while they are read back. */
  count: number | undefined;
  opening: Opening;
  refused: readonly Refused[];
  onOpen: (files: File[]) => void;
  onClear: () => void;
}

export function ClassFiles({ count, opening, refused, onOpen, onClear }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <p className="no-print">
        <button type="button" onClick={() => input.current?.click()} disabled={opening.reading > 0}>
          {t('classReport.open')}
        </button>{' '}
        <span className="own-hint">{t('classReport.dropHint')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          data-testid="class-files-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length) onOpen(files);
          }}
        />
        {Boolean(count) && (
          <>
            {' '}
            <button
              type="button"
              onClick={() => window.confirm(t('classReport.confirmClear')) && onClear()}
            >
              {t('classReport.clear')}
            </button>
          </>
        )}
      </p>
      <p role="status">
        {opening.reading > 0 ? (
          t('classReport.reading', { count: opening.reading })
        ) : count ? (
          <>
            {t('classReport.opened', { count })}
            {opening.repeated > 0 && <> {t('classReport.repeated', { count: opening.repeated })}</>}
            {!opening.kept && <> {t('classReport.notKept')}</>}
          </>
        ) : (
          count === 0 && t('classReport.empty')
        )}
      </p>
      {refused.length > 0 && (
        <section aria-labelledby="class-refused" className="class-refused">
          <h3 id="class-refused">{t('classReport.refused.heading', { count: refused.length })}</h3>
          <ul>
            {refused.map((file, i) => (
              <li key={i}>
                <strong>{file.name}</strong>: {t(`classReport.refused.${file.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
