/**
 * Screens as hash routes, so that a reload reopens the same screen: #/, #/class (the lecturer's
 * class report), #/run/<id>,
 * #/run/<id>/debrief; a case's map #/map/<caseId>, and a run's path on it #/run/<id>/map; room mode's #/present/<caseId> and #/audience/<caseId>, #/live/<key> (the
 * facilitator's entry with the key the server printed; the page then drops the key from the
 * address) and #/join/<code> (a phone's page).
 */
import { useSyncExternalStore } from 'react';

/** Screens about one case (room mode's, the map): add a screen here and it parses and links. */
const CASE_SCREENS = ['present', 'audience', 'map'] as const;
export type CaseScreen = (typeof CASE_SCREENS)[number];

export type Route =
  | { screen: 'library' }
  | { screen: 'class' }
  | { screen: 'play'; runId: string }
  | { screen: 'debrief'; runId: string }
  | { screen: 'runMap'; runId: string }
  | { screen: CaseScreen; caseId: string }
  | { screen: 'live'; key: string | null }
  | { screen: 'join'; code: string | null };

const isCaseScreen = (screen: string | undefined): screen is CaseScreen =>
  CASE_SCREENS.some((s) => s === screen);

export function parseRoute(hash: string): Route {
  const [, screen, id, sub] = hash.replace(/^#/, '').split('/');
  if (screen === 'run' && id) {
    if (sub === 'debrief') return { screen: 'debrief', runId: id };
    return sub === 'map' ? { screen: 'runMap', runId: id } : { screen: 'play', runId: id };
  }
  if (isCaseScreen(screen) && id) return { screen, caseId: decodeURIComponent(id) };
  if (screen === 'class') return { screen: 'class' };
  if (screen === 'live') return { screen: 'live', key: id || null };
  if (screen === 'join') return { screen: 'join', code: id ? id.toUpperCase() : null };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'class':
      return '#/class';
    case 'play':
      return `#/run/${route.runId}`;
    case 'debrief':
      return `#/run/${route.runId}/debrief`;
    case 'runMap':
      return `#/run/${route.runId}/map`;
    case 'live':
      return route.key ? `#/live/${route.key}` : '#/live';
    case 'join':
      return route.code ? `#/join/${route.code}` : '#/join';
    default:
      return `#/${route.screen}/${encodeURIComponent(route.caseId)}`;
  }
}

export function navigate(route: Route) {
  window.location.hash = hrefOf(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
