import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localize, type Language, type MeterDefinition } from '../../engine/index.ts';
import { betterWay, describeChange, meterChange } from './meter-change.ts';
import { sideState, type SideId, type SideState } from './relationship.ts';
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
  /**
   * Coach mode: each side shows its state, its meter (and which way is better) and what the last
   * choice changed. Without it (reflect mode) the triangle only names the three relationships:
   * no numbers, changes, rating words or styles that judge — those wait for the debrief.
   */
  judging?: boolean;
}

// The drawing in viewBox units; the labels are HTML around it, so they keep their size on a phone.
const PARENTS = '100,8';
const PUPIL = '8,152';
const COUNSELLOR = '192,152';
const SIDES: { id: SideId; from: string; to: string; area: 'left' | 'right' | 'bottom' }[] = [
  { id: 'loyaltyConflict', from: PARENTS, to: PUPIL, area: 'left' },
  { id: 'parentTrust', from: PARENTS, to: COUNSELLOR, area: 'right' },
  { id: 'workingRelationship', from: PUPIL, to: COUNSELLOR, area: 'bottom' },
];

/** The loyalty triangle: parents, pupil and counsellor, each side showing one relationship. */
export function Triangle({
  meters,
  definitions,
  previous,
  pupilName,
  language,
  judging = true,
}: TriangleProps) {
  const { t } = useTranslation(undefined, { lng: language });
  const sides = SIDES.map((side) => ({
    ...side,
    state: sideState(side.id, meters, definitions, judging ? previous : undefined),
  }));
  const changes = sides.flatMap(({ state }) =>
    state.delta === undefined || !state.definition
      ? []
      : [
          t('triangle.change', {
            side: t(`triangle.side.${state.id}`),
            from: state.from,
            to: state.value,
            change: describeChange(t, state.delta, state.definition),
          }),
        ],
  );

  return (
    <div className={judging ? 'triangle' : 'triangle triangle--neutral'}>
      {/* One image to assistive technology; the list below carries the same facts. */}
      <div
        className="triangle-figure"
        role="img"
        aria-label={t('triangle.name', { pupil: pupilName })}
      >
        <p className="triangle-vertex triangle-at-parents">
          <span className="triangle-vertex-name">{t('triangle.parents')}</span>
        </p>
        <svg className="triangle-drawing" viewBox="0 0 200 160" preserveAspectRatio="none">
          {sides.map(({ id, from, to, state }) => {
            const [x1, y1] = from.split(',');
            const [x2, y2] = to.split(',');
            const kind = judging ? (state.rating ?? 'untracked') : 'neutral';
            return (
              <g key={id} className={`triangle-side triangle-side--${kind}`} data-side-line={id}>
                {state.delta !== undefined && (
                  // Keyed by the change so the highlight replays for every new choice.
                  <line
                    key={`${state.from}-${state.value}`}
                    className="triangle-halo"
                    {...{ x1, y1, x2, y2 }}
                  />
                )}
                <line className="triangle-stroke" {...{ x1, y1, x2, y2 }} />
              </g>
            );
          })}
          {[PARENTS, PUPIL, COUNSELLOR].map((at) => {
            const [x, y] = at.split(',');
            // A line of no length with round caps: a dot that stays round however the box stretches.
            return <line key={at} className="triangle-dot" x1={x} y1={y} x2={x} y2={y} />;
          })}
        </svg>
        {sides.map(({ id, area, state }) => (
          <SideLabel
            key={id}
            area={area}
            state={state}
            judging={judging}
            between={t(`triangle.between.${id}`, { pupil: pupilName })}
            t={t}
          />
        ))}
        <p className="triangle-vertex triangle-at-pupil">
          <span className="triangle-vertex-name">{pupilName}</span>
          <span className="triangle-vertex-role">{t('triangle.pupilRole')}</span>
        </p>
        <p className="triangle-vertex triangle-at-counsellor">
          <span className="triangle-vertex-name">{t('triangle.you')}</span>
          <span className="triangle-vertex-role">{t('triangle.counsellorRole')}</span>
        </p>
      </div>

      <ul className="visually-hidden" aria-label={t('triangle.listName')}>
        {sides.map(({ id, state }) => {
          const between = t(`triangle.between.${id}`, { pupil: pupilName });
          if (!judging) return <li key={id}>{between}</li>;
          return (
            <li key={id}>
              {state.definition && state.rating
                ? t('triangle.item', {
                    between,
                    rating: t(`triangle.rating.${state.rating}`),
                    label: localize(state.definition.label, language),
                    value: state.value,
                    direction: betterWay(t, state.definition),
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

/** One side's words: who it is between; in coach mode its state, its meter and the last change. */
function SideLabel({
  area,
  state,
  judging,
  between,
  t,
}: {
  area: string;
  state: SideState;
  judging: boolean;
  between: string;
  t: TFunction;
}) {
  const { definition, rating, value, delta } = state;
  const change = definition && delta !== undefined ? meterChange(delta, definition) : undefined;
  const kind = judging ? (rating ?? 'untracked') : 'neutral';
  return (
    <p
      className={`triangle-label triangle-at-${area} triangle-label--${kind}`}
      data-side={state.id}
    >
      <span className="triangle-label-name">{between}</span>
      {!definition && <span className="triangle-label-untracked">{t('triangle.untracked')}</span>}
      {judging && definition && rating && (
        <>
          {/* The relationship's state, then the meter behind it, each on its own line. */}
          <span className="triangle-label-rating">{t(`triangle.rating.${rating}`)}</span>
          <span className="triangle-label-meter">
            {t('triangle.meter', { side: t(`triangle.sideLabel.${state.id}`), value })}
          </span>
          <span className="triangle-label-better">{betterWay(t, definition)}</span>
          {change && (
            <span className={`triangle-delta ${change.className}`}>
              {describeChange(t, delta!, definition)}
            </span>
          )}
        </>
      )}
    </p>
  );
}
