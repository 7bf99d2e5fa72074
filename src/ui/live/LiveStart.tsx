/**
 * The facilitator's entry to a live room (#/live/<key>, the address `npm run room` prints): the key
 * is kept in this tab and dropped from the address bar, checked against the server, and the cases
 * are offered to present. The presenter view then connects with the same key.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language } from '../../engine/index.ts';
import { addMessages } from '../i18n/i18n.ts';
import { hrefOf } from '../router.ts';
import { presenterKey, rememberPresenterKey } from './device.ts';
import * as messages from './messages.ts';
import { connect, refusalOf } from './socket.ts';
import './live.css';

addMessages([messages]);

type KeyCheck = 'checking' | 'ready' | 'wrongKey' | 'noServer';

function useKeyCheck(key: string | null): KeyCheck {
  const [check, setCheck] = useState<KeyCheck>(key ? 'checking' : 'wrongKey');
  useEffect(() => {
    if (!key) return;
    const socket = connect({ role: 'presenter', key });
    socket.on('connect', () => {
      setCheck('ready');
      socket.disconnect();
    });
    socket.on('connect_error', (error) => {
      setCheck(refusalOf(error) === 'wrong-key' ? 'wrongKey' : 'noServer');
      if (!socket.active) socket.disconnect();
    });
    return () => {
      socket.disconnect();
    };
  }, [key]);
  return check;
}

export default function LiveStart({
  routeKey,
  catalog,
}: {
  routeKey: string | null;
  catalog: CatalogEntry[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [key] = useState(() => {
    if (routeKey) rememberPresenterKey(routeKey);
    return routeKey ?? presenterKey();
  });
  useEffect(() => {
    // The key stays in this tab's storage; the address bar (and a projected screen) loses it.
    if (routeKey) history.replaceState(null, '', '#/live');
  }, [routeKey]);
  const check = useKeyCheck(key);
  return (
    <section className="live-start" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('live.start.title')}</h2>
      <p>{t('live.start.intro')}</p>
      <p role={check === 'ready' || check === 'checking' ? 'status' : 'alert'}>
        {t(`live.start.${check}`)}
      </p>
      <h3>{t('live.start.cases')}</h3>
      <ul className="live-start-cases">
        {catalog.map((entry) => {
          const title = localize(entry.title, lang);
          return (
            <li key={entry.id}>
              <a href={hrefOf({ screen: 'present', caseId: entry.id })}>
                {t('live.start.present', { title })}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
