/** What the user must know about their saved data, in plain words, until they close it. */
import { useTranslation } from 'react-i18next';
import { downloadText } from './download.ts';
import { exportSetAside, runStore, useRuns } from './stores.ts';

export function Notices() {
  const { t } = useTranslation();
  const notices = useRuns((s) => s.notices);
  if (!notices.length) return null;
  return (
    <div className="notices no-print" role="status">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(`notice.${notice.kind}`)}</span>{' '}
          {notice.kind === 'quarantined' && (
            <button
              type="button"
              onClick={() =>
                downloadText('driehoek-apart-gezet.json', exportSetAside(), 'application/json')
              }
            >
              {t('notice.exportSetAside')}
            </button>
          )}{' '}
          <button type="button" onClick={() => runStore.getState().dismiss(notice.id)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
