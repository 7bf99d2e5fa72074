/** One case and version's report: endings, choices, hierarchies, meters, heat, runs, answers. */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassRun } from '../../class-report/class-runs.ts';
import type { ClassReport } from '../../class-report/class-report.ts';
import type { Language, Scenario } from '../../engine/index.ts';
import { useLocalize } from '../i18n/use-localize.ts';
import { scenarioMap } from '../../map/graph.ts';
import { pathOnMap } from '../../map/path.ts';
import type { NumberedRoom } from '../../class-report/room-export.ts';
import { MapView } from '../map/MapView.tsx';
import { ClassResponses } from './ClassResponses.tsx';
import { HierarchyTable } from './HierarchyTable.tsx';
import { ItemAnalysis } from './ItemAnalysis.tsx';

interface Props {
  scenario: Scenario;
  runs: readonly ClassRun[];
  report: ClassReport;
  /** Room sessions of this case and version: their votes beside the class's choices. */
  rooms: readonly NumberedRoom[];
  /** Whether names are shown; hidden, a run is "student n" (the report is often projected). */
  showNames: boolean;
  onShowNames: (show: boolean) => void;
  /** "student n", or the name when names are shown; n is the run's number in the list, from 1. */
  who: (participant: string | null, number: number) => string;
  /** Open one student's run in the debrief view. */
  onOpen: (run: ClassRun) => void;
  /** The run whose debrief was just closed: its button gets the focus back. */
  returnTo?: string;
}

export function ClassReportView({
  scenario,
  runs,
  report,
  rooms,
  showNames,
  onShowNames,
  who,
  onOpen,
  returnTo,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const text = useLocalize();
  const runList = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (returnTo)
      runList.current
        ?.querySelector<HTMLButtonElement>(`[data-run="${CSS.escape(returnTo)}"]`)
        ?.focus();
  }, [returnTo]);
  const heat = useMemo(() => {
    const map = scenarioMap(scenario);
    const counts = new Map<string, number>();
    for (const run of runs)
      for (const edge of pathOnMap(scenario, map, run.events).edges)
        counts.set(edge, (counts.get(edge) ?? 0) + 1);
    return counts;
  }, [scenario, runs]);
  return (
    <div className="class-report">
      <p>{t('classReport.summary', { runs: report.runs, ended: report.ended })}</p>
      <p className="no-print">
        <button type="button" aria-pressed={showNames} onClick={() => onShowNames(!showNames)}>
          {t(showNames ? 'classReport.responses.hideNames' : 'classReport.responses.showNames')}
        </button>
      </p>

      <section aria-labelledby="class-endings">
        <h3 id="class-endings">{t('classReport.endings.heading')}</h3>
        <table className="class-endings">
          <thead>
            <tr>
              <th scope="col">{t('classReport.endings.ending')}</th>
              <th scope="col">{t('classReport.endings.tone')}</th>
              <th scope="col">{t('classReport.endings.count')}</th>
            </tr>
          </thead>
          <tbody>
            {report.endings.map((ending) => (
              <tr key={ending.id}>
                <th scope="row">{text(ending.title)}</th>
                <td>{t(`map.tone.${ending.tone}`)}</td>
                <td>{ending.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ItemAnalysis report={report} rooms={rooms} />

      <HierarchyTable report={report} />

      <section aria-labelledby="class-meters">
        <h3 id="class-meters">{t('classReport.meters.heading')}</h3>
        <p>{t('classReport.meters.intro')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('classReport.meters.week')}</th>
              {report.meters.map((meter) => (
                <th key={meter.id} scope="col">
                  {meter.label ? text(meter.label) : meter.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...new Set(report.meters.flatMap((m) => m.weeks.map((w) => w.week)))]
              .sort((a, b) => a - b)
              .map((week) => (
                <tr key={week}>
                  <th scope="row">{week}</th>
                  {report.meters.map((meter) => {
                    const at = meter.weeks.find((w) => w.week === week);
                    return (
                      <td key={meter.id}>{at ? t('classReport.meters.value', { ...at }) : '–'}</td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="class-heat">
        <h3 id="class-heat">{t('classReport.heat.heading')}</h3>
        <p>{t('classReport.heat.intro')}</p>
        <MapView scenario={scenario} language={lang} heat={heat} outlineOpen={false} />
      </section>

      <section aria-labelledby="class-runs">
        <h3 id="class-runs">{t('classReport.runs.heading')}</h3>
        <ul className="class-run-list" ref={runList}>
          {runs.map((run, i) => (
            <li key={run.runId}>
              <strong>{who(run.participant, i + 1)}</strong> ·{' '}
              {run.ended
                ? t('classReport.runs.ending', { ending: text(scenario.endings[run.at]!.title) })
                : t('classReport.runs.notEnded')}{' '}
              <button
                type="button"
                className="link-button"
                data-run={run.runId}
                onClick={() => onOpen(run)}
              >
                {t('classReport.runs.open')}
                <span className="visually-hidden"> {who(run.participant, i + 1)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <ClassResponses
        scenario={scenario}
        report={report}
        who={(answer) => who(answer.participant, answer.number)}
      />
    </div>
  );
}
