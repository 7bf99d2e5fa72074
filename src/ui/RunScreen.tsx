/** A screen about one saved run: finds the run and its case, loads the case, or says why not. */
import { Suspense, use, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  startingAt,
  type BuiltScenario,
  type CatalogEntry,
  type Language,
} from '../engine/index.ts';
import { activeBranchOf, type RunRecord } from '../state/run-record.ts';
import { ContinuedRun, EarlierVersion, TestRun } from './EarlierVersion.tsx';
import { hrefOf } from './router.ts';
import { useCatalog, useCatalogState } from './catalog.ts';
import { loadRunScenario, loadScenario, type RunScenario } from './scenario-cache.ts';
import { runStore, useRuns } from './stores.ts';

type Render = (record: RunRecord, built: BuiltScenario) => ReactNode;

export function RunScreen({ runId, children }: { runId: string; children: Render }) {
  const { t } = useTranslation();
  const record = useRuns((s) => s.runs[runId]);
  useWatchedRun(runId);
  const catalog = useCatalog();
  const ownLoading = useCatalogState((s) => s.ownStatus === 'loading');
  const entry = record && catalog.find((e) => e.id === record.scenarioId);
  // The case the active branch was saved on: the current one or an earlier release.
  const saved = record && activeBranchOf(record).save.scenario;
  const testRun = record?.testFrom !== undefined;
  const scenario = useMemo(
    () =>
      entry &&
      saved &&
      // A test run is played on the case as it is now (its save is on the case started at its scene).
      (testRun ? loadScenario(entry).then((built) => ({ built })) : loadRunScenario(entry, saved)),
    [entry, saved?.version, saved?.hash, testRun], // eslint-disable-line react-hooks/exhaustive-deps
  );
  // A run of an own case: its case is read from IndexedDB just after the first paint.
  if (record && !entry && ownLoading) return <p role="status">{t('app.loading')}</p>;
  if (!record || !entry || !scenario) {
    return (
      <section>
        <p role="alert">{t(record ? 'app.scenarioGone' : 'app.notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{t('app.toLibrary')}</a>
      </section>
    );
  }
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Loaded record={record} entry={entry} scenario={scenario} render={children} />
    </Suspense>
  );
}

function Loaded(props: {
  record: RunRecord;
  entry: CatalogEntry;
  scenario: Promise<RunScenario>;
  render: Render;
}) {
  const { i18n } = useTranslation();
  const { built, release } = use(props.scenario);
  const { continuedFrom, testFrom } = props.record;
  const from = testFrom !== undefined ? built.scenario.scenes[testFrom] : undefined;
  return (
    <>
      {release && <EarlierVersion record={props.record} entry={props.entry} version={release} />}
      {!release && continuedFrom && <ContinuedRun version={continuedFrom.version} />}
      {from && <TestRun scene={localize(from.title, i18n.language as Language)} />}
      {/* A test run plays the case as if it started at its scene. */}
      {props.render(props.record, testFrom ? startingAt(built.scenario, testFrom) : built)}
    </>
  );
}

/**
 * While a run is on screen, the store tells of moves made in other tabs, and the run is read again
 * when the tab is shown again (a tab frozen in the background may have missed storage events).
 */
function useWatchedRun(runId: string) {
  useEffect(() => {
    const { view, sync } = runStore.getState();
    view(runId);
    const onShow = () => {
      if (document.visibilityState === 'visible') sync(runId);
    };
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('pageshow', onShow);
    return () => {
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('pageshow', onShow);
      if (runStore.getState().viewing === runId) view(null);
    };
  }, [runId]);
}
