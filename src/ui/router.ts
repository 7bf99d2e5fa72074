/**
 * Screens as hash routes, so that a reload reopens the same screen: #/, #/run/<id>,
 * #/run/<id>/debrief; room mode's #/live/<key> (the facilitator's entry with the key the server
 * printed; the page then drops the key from the address) and
 * #/join/<code> (a phone's page).
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'library' }
  | { screen: 'play'; runId: string }
  | { screen: 'debrief'; runId: string }
  | { screen: 'live'; key: string | null }
  | { screen: 'join'; code: string | null };

export function parseRoute(hash: string): Route {
  const [, screen, runId, sub] = hash.replace(/^#/, '').split('/');
  if (screen === 'run' && runId)
    return sub === 'debrief' ? { screen: 'debrief', runId } : { screen: 'play', runId };
  if (screen === 'live') return { screen: 'live', key: runId || null };
  if (screen === 'join') return { screen: 'join', code: runId ? runId.toUpperCase() : null };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  if (route.screen === 'library') return '#/';
  if (route.screen === 'live') return route.key ? `#/live/${route.key}` : '#/live';
  if (route.screen === 'join') return route.code ? `#/join/${route.code}` : '#/join';
  return `#/run/${route.runId}${route.screen === 'debrief' ? '/debrief' : ''}`;
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
