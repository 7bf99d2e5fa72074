/** The map as text: scenes by week, each with its choices and where they lead; then the endings. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFindings } from '../../map/findings.ts';
import type { MapEdge, MapNode, ScenarioMap } from '../../map/graph.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';

interface Props {
  map: ScenarioMap;
  title: (node: MapNode) => string;
  onSelect: (id: string) => void;
  onPath: Set<string>;
  findings: MapFindings;
  /** How many runs took each edge (a class's paths). */
  heat?: ReadonlyMap<string, number>;
  /** Whether it starts open; by default when the map has up to OPEN_UP_TO nodes. */
  open?: boolean;
}

/** Up to this size the outline is open at once; a larger one is written out when it is opened. */
const OPEN_UP_TO = 300;

export function MapOutline(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(props.open ?? props.map.nodes.length <= OPEN_UP_TO);
  return (
    <details
      className="map-outline"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h3>{t('map.outline.heading')}</h3>
      </summary>
      {/* A thousand scenes are thousands of list items: not rendered while nobody reads them. */}
      {open && <OutlineBody {...props} />}
    </details>
  );
}

function OutlineBody({ map, title, onSelect, onPath, findings, heat }: Props) {
  const { t } = useTranslation();
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const scenes = map.nodes.filter((n) => n.kind === 'scene');
  const weeks = [...new Set(scenes.map((n) => n.week ?? 0))].sort((a, b) => a - b);
  const endings = map.nodes.filter((n) => n.kind === 'ending');
  const select = (node: MapNode) => (
    <button type="button" className="map-link" onClick={() => onSelect(node.id)}>
      {title(node)}
    </button>
  );
  const marks = (node: MapNode) => (
    <>
      {onPath.has(node.id) && ` · ${t('map.node.onPath')}`}
      {findings.has(node.id) &&
        ` · ${t('map.node.findings', { count: findings.get(node.id)!.length })}`}
    </>
  );
  const edgeText = (edge: MapEdge) => {
    const target = byId.get(edge.to);
    const verdicts = edge.option
      ? (['emotional', 'responsibility', 'expertise'] as const)
          .map(
            (h) =>
              `${t(`lens.hierarchy.${h}`)} ${VERDICT_MARKS[edge.option!.verdicts[h]]} ${t(`lens.verdict.${edge.option!.verdicts[h]}`)}`,
          )
          .join(', ')
      : '';
    return (
      <li key={edge.id} className={onPath.has(edge.id) ? 'on-path' : undefined}>
        {edge.option
          ? `${t('map.outline.option', { number: edge.option.number })} (${verdicts})`
          : '→'}{' '}
        {t('map.outline.to')} {target ? select(target) : edge.to}
        {edge.conditional && ` (${t('map.details.onlyIf')})`}
        {onPath.has(edge.id) && ` · ${t('map.node.onPath')}`}
        {heat?.has(edge.id) && ` · ${t('map.outline.runs', { count: heat.get(edge.id) })}`}
      </li>
    );
  };
  return (
    <>
      {weeks.map((week) => (
        <section key={week} aria-label={t('map.outline.week', { week })}>
          <h4>{t('map.outline.week', { week })}</h4>
          <ul>
            {scenes
              .filter((n) => (n.week ?? 0) === week)
              .map((node) => (
                <li key={node.id}>
                  {select(node)}
                  {marks(node)}
                  <ul>{map.edges.filter((e) => e.from === node.id).map(edgeText)}</ul>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section aria-label={t('map.outline.endings')}>
        <h4>{t('map.outline.endings')}</h4>
        <ul>
          {endings.map((node) => (
            <li key={node.id}>
              {select(node)} — {t(`map.tone.${node.tone}`)}
              {marks(node)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
