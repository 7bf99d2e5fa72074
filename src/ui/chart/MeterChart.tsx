import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  type Language,
  type MeterDefinition,
  type RunAnalysis,
} from '../../engine/index.ts';
import { PLOT, markerPath, seriesStyle, spreadLabels, ticks, xAt, yAt } from './chart-geometry.ts';
import './chart.css';

export interface MeterChartProps {
  /** Each meter's value at every moment of the run, in order (RunAnalysis.meters). */
  series: Record<string, MeterPoint[]>;
  definitions: Record<string, MeterDefinition>;
  language: Language;
  /** A readable name for a step (a scene title); the step id when left out. */
  stepLabel?: (step: string) => string;
  /** Show the data table on screen too, not only to screen readers (for a printed report). */
  showTable?: boolean;
}

/** One meter's value at one moment; derived because the engine's index does not export it by name. */
export type MeterPoint = RunAnalysis['meters'][string][number];

const LABEL_X = PLOT.right + 14;
const LABEL_GAP = 22;

/** The meters over time: one line per meter, with a table of every value as its text alternative. */
export function MeterChart({
  series,
  definitions,
  language,
  stepLabel,
  showTable = false,
}: MeterChartProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const titleId = useId();
  const ids = Object.keys(series);
  // The engine samples every meter at the same moments, so the longest series is the time axis;
  // positions, not step ids, place points because a scene can be entered more than once.
  const axis = ids.reduce<MeterPoint[]>(
    (longest, id) => (series[id]!.length > longest.length ? series[id]! : longest),
    [],
  );
  if (axis.length === 0) return <p className="chart-empty">{t('chart.empty')}</p>;

  const defs = ids.map((id) => definitions[id]);
  const lo = Math.min(...defs.map((d) => d?.min ?? 0));
  const hi = Math.max(...defs.map((d) => d?.max ?? 100));
  const label = (id: string) => {
    const definition = definitions[id];
    return definition ? localize(definition.label, language) : id;
  };
  const direction = (id: string) =>
    definitions[id]?.better === 'lower' ? t('chart.lowerIsBetter') : t('chart.higherIsBetter');
  const drawn = ids.filter((id) => series[id]!.length > 0);
  const ends = drawn.map((id) => series[id]!.at(-1)!);
  const labelYs = spreadLabels(
    ends.map((p) => yAt(p.value, lo, hi)),
    LABEL_GAP,
  );

  return (
    <figure className="chart">
      <svg
        className="chart-svg"
        viewBox="0 0 1000 410"
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{t('chart.name')}</title>
        {ticks(lo, hi).map((v) => (
          <g key={v} className="chart-grid">
            <line x1={PLOT.left} x2={PLOT.right} y1={yAt(v, lo, hi)} y2={yAt(v, lo, hi)} />
            <text x={PLOT.left - 10} y={yAt(v, lo, hi) + 5} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <g className="chart-axis">
          <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
          <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
          {axis.map((point, i) => (
            <g key={i}>
              <line
                x1={xAt(i, axis.length)}
                x2={xAt(i, axis.length)}
                y1={PLOT.bottom}
                y2={PLOT.bottom + 6}
              />
              {/* Several moments share a week: name the week once, where it begins. */}
              {(i === 0 || axis[i - 1]!.week !== point.week) && (
                <text x={xAt(i, axis.length)} y={PLOT.bottom + 28} textAnchor="middle">
                  {t('chart.week', { week: point.week })}
                </text>
              )}
            </g>
          ))}
        </g>
        {drawn.map((id, s) => {
          const style = seriesStyle(ids.indexOf(id));
          const points = series[id]!.map((p, i) => ({
            x: xAt(i, axis.length),
            y: yAt(p.value, lo, hi),
          }));
          const end = points.at(-1)!;
          const labelY = labelYs[s]!;
          return (
            <g
              key={id}
              className={`chart-series ${style.className}`}
              data-meter={id}
              data-marker={style.marker}
            >
              <polyline
                className="chart-line"
                points={points.map((p) => `${p.x},${p.y}`).join(' ')}
                strokeDasharray={style.dash}
              />
              {points.map((p, i) => (
                <path key={i} className="chart-marker" d={markerPath(style.marker, p.x, p.y)} />
              ))}
              {/* A direct label at the line's end replaces a legend the eye must travel to. */}
              <line className="chart-leader" x1={end.x} y1={end.y} x2={LABEL_X} y2={labelY} />
              <path className="chart-marker" d={markerPath(style.marker, LABEL_X + 8, labelY)} />
              <text className="chart-label" x={LABEL_X + 22} y={labelY + 5}>
                {label(id)} ({Math.round(ends[s]!.value)})
              </text>
            </g>
          );
        })}
      </svg>
      {/* Wrapped: a table ignores the 1px width that hides it, and would widen the page. */}
      <div className={showTable ? undefined : 'visually-hidden'}>
        <table className="chart-table">
          <caption>{t('chart.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.moment')}</th>
              <th scope="col">{t('chart.weekHeader')}</th>
              {ids.map((id) => (
                <th key={id} scope="col">
                  {label(id)} ({direction(id)})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axis.map((point, i) => (
              <tr key={i}>
                <th scope="row">{stepLabel ? stepLabel(point.step) : point.step}</th>
                <td>{point.week}</td>
                {ids.map((id) => {
                  const value = series[id]![i]?.value;
                  return (
                    <td key={id}>{value === undefined ? t('chart.noValue') : Math.round(value)}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
