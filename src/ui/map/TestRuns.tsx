/** The author's test runs of a case, started from its map: go on, or remove one. */
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import { activeBranchOf } from '../../state/run-record.ts';
import { hrefOf } from '../router.ts';
import { runStore, useRuns } from '../stores.ts';

export function TestRuns({ caseId, scenario }: { caseId: string; scenario: Scenario }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const runs = useRuns((s) => s.runs);
  const tests = Object.values(runs)
    .filter((run) => run.scenarioId === caseId && run.testFrom !== undefined)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  if (!tests.length) return null;
  return (
    <section aria-labelledby="test-runs" className="map-test-runs">
      <h3 id="test-runs">{t('map.testRuns.heading')}</h3>
      <ul>
        {tests.map((run) => {
          const from = scenario.scenes[run.testFrom!];
          const branch = activeBranchOf(run);
          const title = from ? localize(from.title, lang) : run.testFrom;
          return (
            <li key={run.id}>
              <a href={hrefOf({ screen: branch.ended ? 'debrief' : 'play', runId: run.id })}>
                {t('map.testRuns.from', { scene: title })}
              </a>{' '}
              · {localize(branch.title, lang)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => runStore.getState().remove(run.id)}
              >
                {t('map.testRuns.remove')}
                <span className="visually-hidden"> {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
