import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  localize,
  type Language,
  type MeterDefinition,
  type RunAnalysis,
} from '../../engine/index.ts';
import { betterWay, describeChange, meterChange } from '../triangle/meter-change.ts';
import { PLOT, markerPath, seriesStyle, ticks, xAt, yAt } from './chart-geometry.ts';
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
  const direction = (id: string) => {
    const definition = definitions[id];
    return definition ? betterWay(t, definition) : '';
  };
  const drawn = ids.filter((id) => series[id]!.length > 0);

  return (
    <figure className="chart">
      <svg
        className="chart-svg"
        viewBox={`0 0 ${PLOT.right + 40} 410`}
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
        {drawn.map((id) => {
          const style = seriesStyle(ids.indexOf(id));
          const points = series[id]!.map((p, i) => ({
            x: xAt(i, axis.length),
            y: yAt(p.value, lo, hi),
          }));
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
            </g>
          );
        })}
      </svg>
      {/* HTML, not SVG text: the legend keeps its size when the drawing shrinks on a phone. */}
      <ul className="chart-legend" aria-label={t('chart.legend')}>
        {drawn.map((id) => (
          <LegendItem
            key={id}
            index={ids.indexOf(id)}
            label={label(id)}
            points={series[id]!}
            definition={definitions[id]}
            language={language}
          />
        ))}
      </ul>
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

/** A line's key: its marker and dash, its name, where it ended, which way is better, the change. */
function LegendItem({
  index,
  label,
  points,
  definition,
  language,
}: {
  index: number;
  label: string;
  points: MeterPoint[];
  definition: MeterDefinition | undefined;
  language: Language;
}) {
  const { t } = useTranslation(undefined, { lng: language });
  const style = seriesStyle(index);
  const first = Math.round(points[0]!.value);
  const last = Math.round(points.at(-1)!.value);
  const change = definition && meterChange(last - first, definition);
  return (
    <li className={`chart-legend-item ${style.className}`} data-meter={definition?.id}>
      <svg className="chart-legend-key" viewBox="0 0 40 20" aria-hidden="true">
        <line className="chart-line" x1="2" y1="10" x2="38" y2="10" strokeDasharray={style.dash} />
        <path className="chart-marker" d={markerPath(style.marker, 20, 10)} />
      </svg>
      <span>
        <span className="chart-legend-name">
          {label}: {last}
        </span>{' '}
        <span className="chart-legend-better">({definition ? betterWay(t, definition) : ''})</span>
        {change && definition && (
          <>
            {' '}
            <span className={`chart-legend-change ${change.className}`}>
              {t('chart.sinceStart', { change: describeChange(t, last - first, definition) })}
            </span>
          </>
        )}
      </span>
    </li>
  );
}
