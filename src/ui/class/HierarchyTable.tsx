/**
 * Per hierarchy and per choice point the class reached: how many violated it (×) and strained it
 * (!) there, so where most of the class went wrong, and in which hierarchy, shows at a glance. A
 * cell where half or more violated is marked by shade and weight, and said in words.
 */
import { useTranslation } from 'react-i18next';
import type { ClassReport } from '../../class-report/class-report.ts';
import { HIERARCHIES } from '../../engine/index.ts';
import { useLocalize } from '../i18n/use-localize.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

export function HierarchyTable({ report }: { report: ClassReport }) {
  const { t } = useTranslation();
  const text = useLocalize();
  const reached = report.choicePoints.filter((point) => point.asked > 0);
  return (
    <section aria-labelledby="class-hierarchies">
      <h3 id="class-hierarchies">{t('classReport.hierarchies.heading')}</h3>
      <p>{t('classReport.hierarchies.intro')}</p>
      <table className="class-hierarchies">
        <thead>
          <tr>
            <th scope="col">{t('classReport.hierarchies.moment')}</th>
            {HIERARCHIES.map((h) => (
              <th key={h} scope="col">
                {t(`lens.hierarchy.${h}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reached.map((point) => (
            <tr key={point.scene}>
              <th scope="row">
                {t('classReport.hierarchies.point', {
                  week: point.week ?? '–',
                  title: text(point.title),
                  asked: point.asked,
                })}
              </th>
              {HIERARCHIES.map((h) => (
                <Cell
                  key={h}
                  {...(report.hierarchies[h].at.find((x) => x.scene === point.scene) ?? {
                    violates: 0,
                    strains: 0,
                  })}
                  of={point.asked}
                />
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('classReport.hierarchies.total')}</th>
            {HIERARCHIES.map((h) => (
              <Cell key={h} {...report.hierarchies[h]} />
            ))}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** "× 3 (60%) · ! 1": violations (with their share of `of`, the runs that were there) and strains. */
function Cell({ violates, strains, of }: { violates: number; strains: number; of?: number }) {
  const { t } = useTranslation();
  const percent = of ? Math.round((violates / of) * 100) : undefined;
  const hot = percent !== undefined && percent >= 50;
  return (
    <td className={hot ? 'class-hot' : undefined}>
      <span aria-hidden="true">
        {VERDICT_MARKS.violates} {violates}
        {percent !== undefined && ` (${percent}%)`} · {VERDICT_MARKS.strains} {strains}
      </span>
      <span className="visually-hidden">
        {t('classReport.hierarchies.cell', { violates, strains })}
        {percent !== undefined && ` (${percent}%)`}
        {hot && `, ${t('classReport.hierarchies.hot')}`}
      </span>
    </td>
  );
}
