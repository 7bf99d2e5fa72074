/** Screens as hash routes, so that a reload reopens the same screen: #/, #/run/<id>, #/run/<id>/debrief. */
import { useSyncExternalStore } from 'react';

export type Route =
  { screen: 'library' } | { screen: 'play'; runId: string } | { screen: 'debrief'; runId: string };

export function parseRoute(hash: string): Route {
  const [, screen, runId, sub] = hash.replace(/^#/, '').split('/');
  if (screen === 'run' && runId)
    return sub === 'debrief' ? { screen: 'debrief', runId } : { screen: 'play', runId };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  if (route.screen === 'library') return '#/';
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
