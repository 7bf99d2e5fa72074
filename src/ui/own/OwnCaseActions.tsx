/** On an own case's card: where it came from, download it again, remove it (asking first). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language } from '../../engine/index.ts';
import { currentVersion, type OwnCatalogEntry } from '../../own-cases/record.ts';
import { downloadText } from '../download.ts';

export default function OwnCaseActions({ entry }: { entry: OwnCatalogEntry }) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const version = currentVersion(entry.own);
  const title = localize(entry.title, i18n.language as Language);
  const remove = async () => {
    const { removeOwnCase, runsOf } = await import('./own-cases.ts');
    const runs = t('library.own.confirmRuns', { count: runsOf(entry.own).length });
    if (!window.confirm(t('library.own.confirmRemove', { title, runs }))) return;
    setFailed(!(await removeOwnCase(entry.own)));
  };
  return (
    <>
      <p className="card-badge">
        {t('library.own.badge', { version: entry.version, file: version.fileName })}
      </p>
      <p className="card-own-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => downloadText(version.fileName, version.text, 'application/yaml')}
        >
          {t('library.own.download')}
          <span className="visually-hidden"> {title}</span>
        </button>
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('library.own.remove')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </p>
      {failed && <p role="alert">{t('library.own.removeFailed')}</p>}
    </>
  );
}
