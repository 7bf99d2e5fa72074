/** A screen's case, by its id in the route: loaded once, or a message that it is not there. */
import { Suspense, use, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../engine/index.ts';
import { hrefOf } from './router.ts';
import { useCatalog, useCatalogState } from './catalog.ts';
import { loadScenario } from './scenario-cache.ts';

export function WithCase({
  caseId,
  children,
}: {
  caseId: string;
  children: (scenario: Scenario) => ReactNode;
}) {
  const { t } = useTranslation();
  const entry = useCatalog().find((e) => e.id === caseId);
  const ownLoading = useCatalogState((s) => s.ownStatus === 'loading');
  const loading = useMemo(() => entry && loadScenario(entry), [entry]);
  // An own case is read from IndexedDB just after the first paint.
  if (!loading && ownLoading) return <p role="status">{t('app.loading')}</p>;
  if (!loading)
    return (
      <section>
        <p role="alert">{t('app.caseNotFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </section>
    );
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Loaded loading={loading}>{children}</Loaded>
    </Suspense>
  );
}

function Loaded({
  loading,
  children,
}: {
  loading: Promise<{ scenario: Scenario }>;
  children: (scenario: Scenario) => ReactNode;
}) {
  return children(use(loading).scenario);
}
