/** The selected scene or ending of the map: its lines, options with verdicts, effects and routes. */
import { useTranslation } from 'react-i18next';
import {
  HIERARCHIES,
  localize,
  type Effects,
  type Language,
  type Route,
  type Scenario,
} from '../../engine/index.ts';
import { routeTargets } from '../../engine/run.ts';
import type { Problem } from '../../authoring/problem.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

interface Props {
  scenario: Scenario;
  nodeId: string;
  language: Language;
  /** Select another node (a route's target). */
  onSelect: (id: string) => void;
  /** The validator's findings about this scene or ending. */
  findings?: readonly Problem[];
  /** Start a test run here; absent where the map offers none. */
  onPlayFrom?: (sceneId: string) => void;
}

export function SceneDetails({
  scenario,
  nodeId,
  language,
  onSelect,
  findings,
  onPlayFrom,
}: Props) {
  const { t } = useTranslation();
  const scene = scenario.scenes[nodeId];
  const ending = scenario.endings[nodeId];
  const step = scene ?? ending;
  if (!step) return <p>{t('map.details.none')}</p>;
  const title = (id: string) => {
    const target = scenario.scenes[id] ?? scenario.endings[id];
    return target ? localize(target.title, language) : id;
  };
  const targets = (route: Route) => (
    <>
      {routeTargets(route).map((id, i) => (
        <span key={`${id}-${i}`}>
          {i > 0 && ', '}
          <button type="button" className="map-link" onClick={() => onSelect(id)}>
            {title(id)}
          </button>
          {typeof route !== 'string' && route[i]?.if && ` (${t('map.details.onlyIf')})`}
        </span>
      ))}
    </>
  );
  const effects = (e: Effects | undefined) => {
    const parts = [
      ...Object.entries(e?.meters ?? {}).map(
        ([id, by]) =>
          `${localize(scenario.meters[id]?.label ?? id, language)} ${by > 0 ? '+' : '−'}${Math.abs(by)}`,
      ),
      ...Object.entries(e?.flags ?? {}).map(([flag, on]) =>
        t(on ? 'map.details.flagOn' : 'map.details.flagOff', { flag }),
      ),
    ];
    return parts.length ? parts.join(', ') : undefined;
  };
  const present = (scene?.present ?? []).map((id) => scenario.cast[id]?.name ?? id);
  return (
    <article className="map-details" aria-labelledby="map-details-heading">
      <h3 id="map-details-heading">
        {t('map.details.heading', { title: localize(step.title, language) })}
      </h3>
      {step.week !== undefined && <p>{t('map.details.week', { week: step.week })}</p>}
      {scene && onPlayFrom && (
        <p>
          <button type="button" className="primary" onClick={() => onPlayFrom(nodeId)}>
            {t('map.details.playFrom')}
          </button>{' '}
          <span className="map-play-hint">{t('map.details.playFromHint')}</span>
        </p>
      )}
      {findings && findings.length > 0 && (
        <section className="map-findings" aria-labelledby="map-findings-heading">
          <h4 id="map-findings-heading">{t('map.details.findings')}</h4>
          <ul>
            {findings.map((problem, i) => (
              <li key={i}>
                <strong>{t(`map.details.severity.${problem.severity}`)}</strong> (
                {t('map.details.line', { line: problem.line })}): {problem.message}{' '}
                <span className="map-play-hint">↳ {problem.hint}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {present.length > 0 && <p>{t('map.details.present', { names: present.join(', ') })}</p>}
      {(step.lines?.length ?? 0) > 0 && (
        <>
          <h4>{t('map.details.lines')}</h4>
          {step.lines?.map((line, i) => (
            <p key={i} className={line.speaker ? 'line' : 'line narration'}>
              {line.speaker && (
                <span className="speaker">
                  {scenario.cast[line.speaker]?.name ?? line.speaker}:{' '}
                </span>
              )}
              {localize(line.text, language)}
              {line.if && <em> {t('map.details.lineIf')}</em>}
            </p>
          ))}
        </>
      )}
      {ending && (
        <>
          <h4>{t('map.details.outcome')}</h4>
          <p>
            {t(`map.tone.${ending.tone}`)} — {localize(ending.outcome, language)}
          </p>
        </>
      )}
      {scene?.next && (
        <p>
          {t('map.details.continues', { targets: '' })}
          {targets(scene.next)}
        </p>
      )}
      {scene?.choice && (
        <>
          <h4>{t('map.details.options')}</h4>
          <ol className="map-options">
            {scene.choice.options.map((option) => {
              const immediate = effects(option.effects);
              return (
                <li key={option.id}>
                  <p>
                    {localize(option.text, language)}
                    {option.if && <em> ({t('map.details.onlyIf')})</em>}
                  </p>
                  <ul className="map-verdicts">
                    {HIERARCHIES.map((h) => (
                      <li key={h}>
                        <span aria-hidden="true">{VERDICT_MARKS[option.verdicts[h].verdict]} </span>
                        <strong>
                          {t(`lens.hierarchy.${h}`)}:{' '}
                          {t(`lens.verdict.${option.verdicts[h].verdict}`)}
                        </strong>{' '}
                        — {localize(option.verdicts[h].why, language)}
                      </li>
                    ))}
                  </ul>
                  {immediate && <p>{t('map.details.effects', { effects: immediate })}</p>}
                  {option.later?.map((later, i) => (
                    <p key={i}>
                      {t('map.details.delayed', {
                        weeks: later.weeks,
                        note: localize(later.note, language),
                      })}
                      {effects(later.effects) && ` (${effects(later.effects)})`}
                    </p>
                  ))}
                  <p>
                    {t('map.details.leadsTo', { targets: '' })}
                    {targets(option.next)}
                  </p>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </article>
  );
}
