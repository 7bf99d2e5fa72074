/**
 * Every screen has its own document title, in the app's language, so that tabs, history and screen
 * readers tell the screens apart.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language } from '../engine/index.ts';
import type { Route } from './router.ts';
import { useRuns } from './stores.ts';

/** The title of a route: "Casussen · Driehoek", "Gesprek: Saskia… · Driehoek", "Niet gevonden · Driehoek". */
export function useDocumentTitle(route: Route, catalog: CatalogEntry[]) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const runId = 'runId' in route ? route.runId : undefined;
  const record = useRuns((s) => (runId === undefined ? undefined : s.runs[runId]));
  const entry = record && catalog.find((e) => e.id === record.scenarioId);
  let page: string;
  if (route.screen === 'library') page = t('title.library');
  else if (route.screen === 'live') page = t('title.live');
  else if (route.screen === 'class') page = t('title.class');
  else if (route.screen === 'join') page = t('title.join');
  else if ('caseId' in route) {
    const room = catalog.find((e) => e.id === route.caseId);
    page = room
      ? t(`title.${route.screen}`, { title: localize(room.title, language) })
      : t('title.notFound');
  } else if (!record) page = t('title.notFound');
  else {
    const title = entry ? localize(entry.title, language) : record.scenarioId;
    page = t(`title.${route.screen}`, { title });
  }
  const full = t('title.page', { page });
  useEffect(() => {
    document.title = full;
  }, [full]);
}
