/**
 * A run saved on an earlier version of its case: says so, and where every choice of it is still
 * possible in the current version, offers to go on there in a new run (the old one is kept).
 */
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../engine/index.ts';
import { activeBranchOf, type RunRecord } from '../state/run-record.ts';
import { carryOver } from '../state/session.ts';
import { addMessages } from './i18n/i18n.ts';
import * as messages from './release-messages.ts';
import { navigate } from './router.ts';
import { loadScenario } from './scenario-cache.ts';
import { runStore } from './stores.ts';

addMessages([messages]);

export function EarlierVersion(props: { record: RunRecord; entry: CatalogEntry; version: string }) {
  const { t } = useTranslation();
  return (
    <section className="earlier-version" aria-labelledby="earlier-version">
      <p id="earlier-version" className="earlier-version-label">
        <strong>{t('release.earlier', { version: props.version })}</strong>
      </p>
      <Suspense fallback={null}>
        <ContinueOffer {...props} />
      </Suspense>
    </section>
  );
}

function ContinueOffer({
  record,
  entry,
  version,
}: {
  record: RunRecord;
  entry: CatalogEntry;
  version: string;
}) {
  const { t } = useTranslation();
  const current = use(loadScenario(entry));
  const carried = carryOver(current, activeBranchOf(record).save.events);
  if (!carried) return <p className="no-print">{t('release.cannotContinue')}</p>;
  const goOn = () => {
    const runId = runStore.getState().start(record.scenarioId, record.mode, carried, new Date(), {
      continuedFrom: { runId: record.id, version },
      reflections: record.reflections,
    });
    navigate({ screen: 'play', runId });
  };
  return (
    <p className="no-print">
      <button type="button" onClick={goOn}>
        {t('release.continue', { version: entry.version })}
      </button>{' '}
      {t('release.kept')}
    </p>
  );
}

/** A run carried over from an earlier version: marked as such. */
export function ContinuedRun({ version }: { version: string }) {
  const { t } = useTranslation();
  return (
    <p className="earlier-version-label">
      <strong>{t('release.continued', { version })}</strong>
    </p>
  );
}

/** An author's test run from the map: where it started, and what that means for its meters. */
export function TestRun({ scene }: { scene: string }) {
  const { t } = useTranslation();
  return (
    <p className="earlier-version-label test-run-label">
      <strong>{t('release.testRun', { scene })}</strong>
    </p>
  );
}
