import { useTranslation } from 'react-i18next';
import { localize, type CatalogEntry, type Language, type RunSave } from '../../engine/index.ts';
import { activeBranchOf, type RunRecord } from '../../state/run-record.ts';
import { hrefOf } from '../router.ts';
import { runStore, useRuns } from '../stores.ts';

/** The trainee's runs on this device: those in progress (continue) and those finished (debrief). */
export function RunList({ catalog }: { catalog: CatalogEntry[] }) {
  const { t } = useTranslation();
  const runs = useRuns((s) => s.runs);
  // An author's test runs from the map are listed on the map, not among the trainee's runs.
  const sorted = Object.values(runs)
    .filter((run) => run.testFrom === undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const playing = sorted.filter((r) => !activeBranchOf(r).ended);
  const finished = sorted.filter((r) => activeBranchOf(r).ended);
  if (!sorted.length) return null;
  return (
    <div className="run-lists">
      {playing.length > 0 && (
        <section aria-labelledby="runs-playing">
          <h3 id="runs-playing">{t('library.inProgress')}</h3>
          <ul className="run-list">
            {playing.map((run) => (
              <RunItem key={run.id} run={run} catalog={catalog} finished={false} />
            ))}
          </ul>
        </section>
      )}
      {finished.length > 0 && (
        <section aria-labelledby="runs-finished">
          <h3 id="runs-finished">{t('library.finished')}</h3>
          <ul className="run-list">
            {finished.map((run) => (
              <RunItem key={run.id} run={run} catalog={catalog} finished />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function RunItem({
  run,
  catalog,
  finished,
}: {
  run: RunRecord;
  catalog: CatalogEntry[];
  finished: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const entry = catalog.find((e) => e.id === run.scenarioId);
  const title = entry ? localize(entry.title, lang) : run.scenarioId;
  const branch = activeBranchOf(run);
  const date = new Date(run.updatedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const week = weekOf(branch.save);
  const remove = () => {
    if (window.confirm(t('library.confirmRemove'))) runStore.getState().remove(run.id);
  };
  return (
    <li className="run-item">
      <a href={hrefOf({ screen: finished ? 'debrief' : 'play', runId: run.id })}>
        {t(finished ? 'library.debrief' : 'library.continue', { title })}
      </a>
      <span className="run-meta">
        {t(`library.runMode.${run.mode}`)} ·{' '}
        {finished
          ? t('library.endedAt', { ending: localize(branch.title, lang), date })
          : t('library.runAt', { week, step: localize(branch.title, lang), date })}
        {run.branches.length > 1 && ` · ${t('library.versions', { count: run.branches.length })}`}
      </span>
      <button type="button" className="link-button" onClick={remove}>
        {t('library.remove', { title })}
      </button>
    </li>
  );
}

function weekOf(save: RunSave): number {
  const context = (save.snapshot as { context?: { week?: number } }).context;
  return context?.week ?? 1;
}
