/**
 * The item analysis: per choice point the class reached, the share choosing each option with its
 * verdict per hierarchy, and beside it each room session's votes (never added to the class's). The
 * choice points nobody reached are named in one line instead of empty tables.
 */
import { useTranslation } from 'react-i18next';
import type { ClassReport } from '../../class-report/class-report.ts';
import type { NumberedRoom } from '../../class-report/room-export.ts';
import { HIERARCHIES } from '../../engine/index.ts';
import { useLocalize } from '../i18n/use-localize.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

interface Props {
  report: ClassReport;
  /** Room sessions of this case and version. */
  rooms: readonly NumberedRoom[];
}

export function ItemAnalysis({ report, rooms }: Props) {
  const { t } = useTranslation();
  const text = useLocalize();
  const percent = (share: number) => Math.round(share * 100);
  const reached = report.choicePoints.filter((point) => point.asked > 0);
  const unreached = report.choicePoints.filter((point) => point.asked === 0);
  return (
    <section aria-labelledby="class-items">
      <h3 id="class-items">{t('classReport.items.heading')}</h3>
      <p>{t('classReport.items.intro')}</p>
      {rooms.length > 0 && <p>{t('classReport.items.rooms', { count: rooms.length })}</p>}
      {reached.map((point) => {
        const voted = rooms.map(({ room }) =>
          room.path.find((choice) => choice.scene === point.scene),
        );
        return (
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
                {rooms.map(({ number }) => (
                  <th key={number} scope="col">
                    {t('classReport.items.room', { number })}
                  </th>
                ))}
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
                  {voted.map((choice, r) => (
                    <td key={r}>
                      {choice
                        ? t('classReport.items.roomVotes', {
                            count: choice.options.find((o) => o.id === option.id)?.votes ?? 0,
                          })
                        : '–'}
                      {choice?.option === option.id && ` · ${t('classReport.rooms.chosen')}`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
      {unreached.length > 0 && (
        <p>
          {t('classReport.items.unreached', { count: unreached.length })}{' '}
          {unreached
            .map((point) =>
              t('classReport.items.unreachedPoint', {
                week: point.week ?? '–',
                title: text(point.title),
              }),
            )
            .join('; ')}
          .
        </p>
      )}
    </section>
  );
}
