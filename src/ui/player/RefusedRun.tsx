import type { RestoreResult } from '../../engine/index.ts';
import type { RunRecord } from '../../state/index.ts';
import { hrefOf } from '../router.ts';
import { downloadText } from '../download.ts';
import { useLocale } from '../i18n/use-locale.ts';

type Reason = Extract<RestoreResult, { ok: false }>['reason'];

/** A run the engine will not reopen: say why in plain words, and let the user keep the data. */
export function RefusedRun({ record, reason }: { record: RunRecord; reason: Reason }) {
  const { t } = useLocale();
  return (
    <section className="player-refused">
      <p role="alert">{t(`notice.refused.${reason}`)}</p>
      <p>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `driehoek-run-${record.id}.json`,
              JSON.stringify(record, null, 2),
              'application/json',
            )
          }
        >
          {t('notice.exportRaw')}
        </button>{' '}
        <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </p>
    </section>
  );
}
