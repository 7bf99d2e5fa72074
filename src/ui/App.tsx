import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../engine/index.ts';
import { useCatalog } from './catalog.ts';
import { UI_LANGUAGES } from './i18n/i18n.ts';
import { useDocumentTitle } from './document-title.ts';
import { Library } from './library/Library.tsx';
import { presenterKey } from './live/device.ts';
import { Notices } from './Notices.tsx';
import { hrefOf, useRoute, type Route } from './router.ts';
import { settingsStore, useSettings } from './stores.ts';

// The player and the debrief carry XState and the charts: loaded when first opened.
const PlayerScreen = lazy(() => import('./player/PlayerScreen.tsx'));
const DebriefScreen = lazy(() => import('./debrief/DebriefScreen.tsx'));
// Room mode's live screens carry socket.io-client: only a facilitator or a phone in a room loads them.
const LiveStart = lazy(() => import('./live/LiveStart.tsx'));
const JoinScreen = lazy(() => import('./live/JoinScreen.tsx'));
// Room mode: the facilitator's screen and the projector's, each its own chunk.
const PresenterScreen = lazy(() => import('./room/PresenterScreen.tsx'));
const AudienceScreen = lazy(() => import('./room/AudienceScreen.tsx'));
// The map carries dagre (in its worker) and its own views: loaded when a map is opened.
const MapScreen = lazy(() => import('./map/MapScreen.tsx'));
const RunMapScreen = lazy(() => import('./map/RunMapScreen.tsx'));
// The lecturer's class report: its own chunk, with the map.
const ClassScreen = lazy(() => import('./class/ClassScreen.tsx'));

/** Screens where votes travel to the facilitator's laptop: the privacy line says so, and the
 *  trainee's pace setting has no place. */
const inRoom = (route: Route) =>
  route.screen === 'live' ||
  route.screen === 'join' ||
  (route.screen === 'present' && presenterKey() !== null);

export function App() {
  const { t, i18n } = useTranslation();
  const catalog = useCatalog();
  const route = useRoute();
  const language = useSettings((s) => s.language);
  const pace = useSettings((s) => s.pace);
  useDocumentTitle(route, catalog);
  useEffect(() => {
    // Changing to the language already set would still re-render every translated component.
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [route.screen]);
  // The projector's window is the room's screen only: no header, settings or footer.
  if (route.screen === 'audience')
    return (
      <Suspense fallback={null}>
        <AudienceScreen key={route.caseId} caseId={route.caseId} />
      </Suspense>
    );
  return (
    <>
      <a className="skip-link no-print" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header no-print">
        <div>
          <p className="app-name">
            <a href={hrefOf({ screen: 'library' })}>{t('app.name')}</a>
          </p>
          <p>{t('app.tagline')}</p>
        </div>
        <div className="app-settings">
          <label>
            {t('app.language')}{' '}
            <select
              value={language}
              onChange={(e) =>
                settingsStore.getState().change({ language: e.target.value as Language })
              }
            >
              {UI_LANGUAGES.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {lang === 'nl' ? 'Nederlands' : 'English'}
                </option>
              ))}
            </select>
          </label>
          {!inRoom(route) && (
            <label>
              {t('app.pace')}{' '}
              <select
                value={pace}
                onChange={(e) =>
                  settingsStore.getState().change({ pace: e.target.value as 'step' | 'all' })
                }
              >
                <option value="step">{t('app.paceStep')}</option>
                <option value="all">{t('app.paceAll')}</option>
              </select>
            </label>
          )}
        </div>
      </header>
      <Notices />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {route.screen === 'library' && <Library catalog={catalog} />}
          {route.screen === 'class' && <ClassScreen />}
          {route.screen === 'play' && <PlayerScreen key={route.runId} runId={route.runId} />}
          {route.screen === 'debrief' && <DebriefScreen key={route.runId} runId={route.runId} />}
          {route.screen === 'live' && <LiveStart routeKey={route.key} catalog={catalog} />}
          {route.screen === 'join' && <JoinScreen code={route.code} />}
          {route.screen === 'map' && <MapScreen key={route.caseId} caseId={route.caseId} />}
          {route.screen === 'runMap' && <RunMapScreen key={route.runId} runId={route.runId} />}
          {route.screen === 'present' && (
            <PresenterScreen key={route.caseId} caseId={route.caseId} />
          )}
        </Suspense>
      </main>
      <footer className="app-footer no-print">
        <p>{t(inRoom(route) ? 'app.privacyRoom' : 'app.privacy')}</p>
      </footer>
    </>
  );
}
