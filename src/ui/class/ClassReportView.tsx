/** One case and version's class report: endings, choices, hierarchies, meters, heat, reflections. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassRun } from '../../class-report/class-runs.ts';
import type { ClassReport } from '../../class-report/class-report.ts';
import { HIERARCHIES, localize, type Language, type Scenario } from '../../engine/index.ts';
import { scenarioMap } from '../../map/graph.ts';
import { pathOnMap } from '../../map/path.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';
import { MapView } from '../map/MapView.tsx';

interface Props {
  scenario: Scenario;
  runs: readonly ClassRun[];
  report: ClassReport;
  /** Open one student's run in the debrief view. */
  onOpen: (run: ClassRun) => void;
}

export function ClassReportView({ scenario, runs, report, onOpen }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang);
  const [showNames, setShowNames] = useState(false);
  const heat = useMemo(() => {
    const map = scenarioMap(scenario);
    const counts = new Map<string, number>();
    for (const run of runs)
      for (const edge of pathOnMap(scenario, map, run.events).edges)
        counts.set(edge, (counts.get(edge) ?? 0) + 1);
    return counts;
  }, [scenario, runs]);
  const sceneTitle = (id: string) => text(scenario.scenes[id]?.title ?? id);
  const optionText = (scene: string, option: string) =>
    text(scenario.scenes[scene]?.choice?.options.find((o) => o.id === option)?.text ?? option);
  const who = (run: { participant: string | null }, index: number) =>
    showNames
      ? (run.participant ?? t('classReport.responses.noName'))
      : t('classReport.responses.hidden', { number: index + 1 });
  const percent = (share: number) => Math.round(share * 100);
  // "student n" follows the runs' order, for an answer as for the run itself.
  const position = useMemo(() => new Map(runs.map((run, i) => [run.runId, i])), [runs]);

  return (
    <div className="class-report">
      <p>{t('classReport.summary', { runs: report.runs, ended: report.ended })}</p>
      <p className="no-print">
        <button type="button" aria-pressed={showNames} onClick={() => setShowNames(!showNames)}>
          {t(showNames ? 'classReport.responses.hideNames' : 'classReport.responses.showNames')}
        </button>
      </p>

      <section aria-labelledby="class-endings">
        <h3 id="class-endings">{t('classReport.endings.heading')}</h3>
        <table>
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

      <section aria-labelledby="class-items">
        <h3 id="class-items">{t('classReport.items.heading')}</h3>
        <p>{t('classReport.items.intro')}</p>
        {report.choicePoints.map((point) => (
          <table key={point.scene} className="class-items">
            <caption>
              {t('classReport.items.moment', {
                week: point.week ?? '–',
                title: text(point.title),
                asked: point.asked,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('classReport.items.option')}</th>
                <th scope="col">{t('classReport.items.verdicts')}</th>
                <th scope="col">{t('classReport.items.share')}</th>
              </tr>
            </thead>
            <tbody>
              {point.options.map((option) => (
                <tr key={option.id}>
                  <th scope="row">
                    {option.number}. {text(option.text)}
                  </th>
                  <td>
                    {HIERARCHIES.map((h) => (
                      <span key={h} className={`verdict-mark verdict-${option.verdicts[h]}`}>
                        {VERDICT_MARKS[option.verdicts[h]]}{' '}
                        <span className="visually-hidden">
                          {t(`lens.hierarchy.${h}`)}: {t(`lens.verdict.${option.verdicts[h]}`)}
                        </span>
                      </span>
                    ))}
                  </td>
                  <td>
                    <span className="class-share">
                      <span
                        className="class-share-bar"
                        style={{ width: `${percent(option.share)}%` }}
                        aria-hidden="true"
                      />
                    </span>{' '}
                    {t('classReport.items.shareValue', {
                      count: option.count,
                      percent: percent(option.share),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </section>

      <section aria-labelledby="class-hierarchies">
        <h3 id="class-hierarchies">{t('classReport.hierarchies.heading')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('classReport.hierarchies.hierarchy')}</th>
              <th scope="col">{t('classReport.hierarchies.violates')}</th>
              <th scope="col">{t('classReport.hierarchies.strains')}</th>
              <th scope="col">{t('classReport.hierarchies.where')}</th>
            </tr>
          </thead>
          <tbody>
            {HIERARCHIES.map((h) => {
              const figures = report.hierarchies[h];
              const worst = [...figures.at].sort((a, b) => b.violates - a.violates)[0];
              return (
                <tr key={h}>
                  <th scope="row">{t(`lens.hierarchy.${h}`)}</th>
                  <td>{figures.violates}</td>
                  <td>{figures.strains}</td>
                  <td>{worst && worst.violates > 0 ? sceneTitle(worst.scene) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

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
        <MapView scenario={scenario} language={lang} heat={heat} />
      </section>

      <section aria-labelledby="class-runs">
        <h3 id="class-runs">{t('classReport.runs.heading')}</h3>
        <ul className="class-run-list">
          {runs.map((run, i) => (
            <li key={run.runId}>
              <strong>{who(run, i)}</strong> ·{' '}
              {run.ended
                ? t('classReport.runs.ending', { ending: text(scenario.endings[run.at]!.title) })
                : t('classReport.runs.notEnded')}{' '}
              <button type="button" className="link-button" onClick={() => onOpen(run)}>
                {t('classReport.runs.open')}
                <span className="visually-hidden"> {who(run, i)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="class-responses">
        <h3 id="class-responses">{t('classReport.responses.heading')}</h3>
        {report.responses.map((question) => (
          <section key={question.id} className="class-question">
            <h4>{text(question.text)}</h4>
            {question.answers.length === 0 ? (
              <p>{t('classReport.responses.none')}</p>
            ) : (
              <ul>
                {question.answers.map((answer) => (
                  <li key={answer.runId}>
                    <strong>{who(answer, position.get(answer.runId)!)}</strong>
                    {answer.chose &&
                      question.about &&
                      ` · ${t('classReport.responses.chose', { option: optionText(question.about, answer.chose) })}`}
                    <blockquote>{answer.answer}</blockquote>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}
