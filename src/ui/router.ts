/**
 * Screens as hash routes, so that a reload reopens the same screen: #/, #/run/<id>,
 * #/run/<id>/debrief, and room mode's #/present/<caseId> and #/audience/<caseId>.
 */
import { useSyncExternalStore } from 'react';

/** Room mode's screens, each about one case: add a screen here and it parses and links. */
const CASE_SCREENS = ['present', 'audience'] as const;
export type CaseScreen = (typeof CASE_SCREENS)[number];

export type Route =
  | { screen: 'library' }
  | { screen: 'play'; runId: string }
  | { screen: 'debrief'; runId: string }
  | { screen: CaseScreen; caseId: string };

const isCaseScreen = (screen: string | undefined): screen is CaseScreen =>
  CASE_SCREENS.some((s) => s === screen);

export function parseRoute(hash: string): Route {
  const [, screen, id, sub] = hash.replace(/^#/, '').split('/');
  if (screen === 'run' && id)
    return sub === 'debrief' ? { screen: 'debrief', runId: id } : { screen: 'play', runId: id };
  if (isCaseScreen(screen) && id) return { screen, caseId: decodeURIComponent(id) };
  return { screen: 'library' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'play':
      return `#/run/${route.runId}`;
    case 'debrief':
      return `#/run/${route.runId}/debrief`;
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
