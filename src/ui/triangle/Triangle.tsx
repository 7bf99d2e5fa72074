import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type MeterDefinition } from '../../engine/index.ts';
import { formatDelta, sideState, type SideId } from './relationship.ts';
import './triangle.css';

export interface TriangleProps {
  /** The meters now. */
  meters: Record<string, number>;
  /** The scenario's meters; a side whose meter is not here is not tracked. */
  definitions: Record<string, MeterDefinition>;
  /** The meters before the last choice, to show what it changed. */
  previous?: Record<string, number>;
  pupilName: string;
  language: Language;
}

interface Point {
  x: number;
  y: number;
}

// Geometry in viewBox units: the SVG scales to its container, the text with it.
const PARENTS: Point = { x: 340, y: 80 };
const PUPIL: Point = { x: 150, y: 360 };
const COUNSELLOR: Point = { x: 530, y: 360 };
const LINE_HEIGHT = 22;

const SIDES: {
  id: SideId;
  from: Point;
  to: Point;
  label: Point & { anchor: 'start' | 'middle' | 'end' };
}[] = [
  // Slanted sides: labels sit outside the triangle, clear of the thickest stroke.
  { id: 'loyaltyConflict', from: PARENTS, to: PUPIL, label: { x: 215, y: 185, anchor: 'end' } },
  { id: 'parentTrust', from: PARENTS, to: COUNSELLOR, label: { x: 465, y: 185, anchor: 'start' } },
  {
    id: 'workingRelationship',
    from: PUPIL,
    to: COUNSELLOR,
    // Inside, above its side: below it, a long pupil name would run into it.
    label: { x: 340, y: 290, anchor: 'middle' },
  },
];

/** The loyalty triangle: parents, pupil and counsellor, each side showing one relationship. */
export function Triangle({ meters, definitions, previous, pupilName, language }: TriangleProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const titleId = useId();
  const sides = SIDES.map((side) => ({
    ...side,
    state: sideState(side.id, meters, definitions, previous),
  }));
  const changes = sides.flatMap(({ state }) =>
    state.delta === undefined
      ? []
      : [
          t('triangle.change', {
            side: t(`triangle.side.${state.id}`),
            from: state.from,
            to: state.value,
            delta: formatDelta(state.delta),
          }),
        ],
  );

  return (
    <div className="triangle">
      <svg
        className="triangle-svg"
        viewBox="0 0 680 440"
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{t('triangle.name', { pupil: pupilName })}</title>
        {sides.map(({ id, from, to, label, state }) => {
          const kind = state.rating ?? 'untracked';
          // The relationship first, then its state, then the meter behind it: "Ouders–Saskia /
          // sterk / loyaliteitsconflict 35" — never "conflict … strong" side by side.
          const lines =
            state.value === undefined
              ? [t(`triangle.between.${id}`, { pupil: pupilName }), t('triangle.untracked')]
              : [
                  t(`triangle.between.${id}`, { pupil: pupilName }),
                  t(`triangle.rating.${kind}`),
                  `${t(`triangle.side.${id}`).toLowerCase()} ${state.value}`,
                ];
          return (
            <g key={id} className={`triangle-side triangle-side--${kind}`} data-side={id}>
              {state.delta !== undefined && (
                // Keyed by the change so the highlight replays for every new choice.
                <line
                  key={`${state.from}-${state.value}`}
                  className="triangle-halo"
                  x1={from.x}
                  y1={from.y}
                  x2={to.x}
                  y2={to.y}
                />
              )}
              <line className="triangle-stroke" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
              <text className="triangle-label" x={label.x} y={label.y} textAnchor={label.anchor}>
                {lines.map((line, i) => (
                  <tspan
                    key={i}
                    x={label.x}
                    dy={i === 0 ? 0 : LINE_HEIGHT}
                    className={
                      ['triangle-label-name', 'triangle-label-rating', 'triangle-label-meter'][i]
                    }
                  >
                    {line}
                  </tspan>
                ))}
                {state.delta !== undefined && (
                  <tspan x={label.x} dy={LINE_HEIGHT} className="triangle-delta">
                    {formatDelta(state.delta)}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
        <Vertex at={PARENTS} name={t('triangle.parents')} above />
        <Vertex at={PUPIL} name={pupilName} role={t('triangle.pupilRole')} />
        <Vertex at={COUNSELLOR} name={t('triangle.you')} role={t('triangle.counsellorRole')} />
      </svg>

      {/* The picture is one image to assistive technology; this list carries the same facts. */}
      <ul className="visually-hidden" aria-label={t('triangle.listName')}>
        {sides.map(({ id, state }) => {
          const between = t(`triangle.between.${id}`, { pupil: pupilName });
          return (
            <li key={id}>
              {state.definition && state.rating
                ? t('triangle.item', {
                    between,
                    rating: t(`triangle.rating.${state.rating}`),
                    label: localize(state.definition.label, language),
                    value: state.value,
                  })
                : t('triangle.itemUntracked', { between })}
            </li>
          );
        })}
      </ul>
      {/* Always rendered, so that screen readers notice when a choice fills it. */}
      <p className="visually-hidden" aria-live="polite">
        {changes.join('; ')}
      </p>
    </div>
  );
}

function Vertex({
  at,
  name,
  role,
  above = false,
}: {
  at: Point;
  name: string;
  role?: string;
  above?: boolean;
}) {
  const y = above ? at.y - 32 : at.y + 38;
  return (
    <g className="triangle-vertex">
      <circle cx={at.x} cy={at.y} r={14} />
      <text x={at.x} y={y} textAnchor="middle">
        <tspan className="triangle-vertex-name">{name}</tspan>
        {role && (
          <tspan x={at.x} dy={LINE_HEIGHT} className="triangle-vertex-role">
            {role}
          </tspan>
        )}
      </text>
    </g>
  );
}
