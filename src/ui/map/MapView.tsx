/**
 * A case as a map: the laid-out graph (nodes are buttons, so Tab reaches each; lines and labels are
 * drawing only), the selected scene beside it, and the same graph as a text outline below.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Language, type Scenario } from '../../engine/index.ts';
import { scenarioMap, type MapEdge, type MapNode, type ScenarioMap } from '../../map/graph.ts';
import { NODE_HEIGHT, NODE_WIDTH, type MapLayout, type Point } from '../../map/layout.ts';
import { layoutInWorker } from '../../map/layout-client.ts';
import type { MapPath } from '../../map/path.ts';
import { VERDICT_MARKS } from '../lens/verdicts.ts';
import { MapOutline } from './MapOutline.tsx';
import type { MapFindings } from '../../map/findings.ts';
import { SceneDetails } from './SceneDetails.tsx';
import { usePanZoom } from './use-pan-zoom.ts';

interface Props {
  scenario: Scenario;
  language: Language;
  /** A run's path to highlight. */
  path?: MapPath;
  /** The validator's findings to mark (an own case or a draft file). */
  findings?: MapFindings;
  /** Start a test run at a scene ("play from here"). */
  onPlayFrom?: (sceneId: string) => void;
  /** How many runs took each edge (a class's paths): drawn thicker, with the number beside. */
  heat?: ReadonlyMap<string, number>;
  /** Whether the text outline starts open; by default when the map is small enough. */
  outlineOpen?: boolean;
}

type Laid = { layout: MapLayout; ms: number } | { error: string };

const NO_FINDINGS: MapFindings = new Map();

export function MapView({
  scenario,
  language,
  path,
  findings = NO_FINDINGS,
  onPlayFrom,
  heat,
  outlineOpen,
}: Props) {
  const { t } = useTranslation();
  const map = useMemo(() => scenarioMap(scenario), [scenario]);
  // A layout belongs to the map it was made for: another case's layout is never drawn.
  const [made, setMade] = useState<{ map: ScenarioMap; laid: Laid }>();
  const laid = made?.map === map ? made.laid : undefined;
  useEffect(() => {
    const abort = new AbortController();
    layoutInWorker(map, abort.signal).then(
      (result) => setMade({ map, laid: result }),
      (error: unknown) => {
        if (!abort.signal.aborted) setMade({ map, laid: { error: String(error) } });
      },
    );
    return () => abort.abort();
  }, [map]);
  const [selected, setSelected] = useState<string>();
  const onPath = useMemo(() => new Set([...(path?.nodes ?? []), ...(path?.edges ?? [])]), [path]);
  const title = (node: MapNode) => localize(node.title, language);

  return (
    <div className="map">
      {laid === undefined && <p role="status">{t('map.laying')}</p>}
      {laid && 'error' in laid && (
        <p role="alert">{t('map.layoutFailed', { reason: laid.error })}</p>
      )}
      <div className="map-body">
        {laid && 'layout' in laid ? (
          <Canvas
            nodes={map.nodes}
            edges={map.edges}
            layout={laid.layout}
            onPath={onPath}
            selected={selected}
            onSelect={setSelected}
            start={map.start}
            title={title}
            findings={findings}
            heat={heat}
          />
        ) : (
          <div className="map-frame" />
        )}
        {/* Scrolls as a whole beside the map: a labelled region the keyboard can reach. */}
        <aside
          className="map-side"
          aria-live="polite"
          aria-label={t('map.details.region')}
          tabIndex={0}
        >
          {selected ? (
            <SceneDetails
              scenario={scenario}
              nodeId={selected}
              language={language}
              onSelect={setSelected}
              findings={findings.get(selected)}
              onPlayFrom={onPlayFrom}
            />
          ) : (
            <p>{t('map.details.none')}</p>
          )}
        </aside>
      </div>
      {laid && 'layout' in laid && (
        <p className="map-timing">{t('map.timing', { ms: Math.round(laid.ms) })}</p>
      )}
      <MapOutline
        map={map}
        title={title}
        onSelect={setSelected}
        onPath={onPath}
        findings={findings}
        heat={heat}
        open={outlineOpen}
      />
    </div>
  );
}

interface CanvasProps {
  nodes: MapNode[];
  edges: MapEdge[];
  layout: MapLayout;
  onPath: Set<string>;
  selected: string | undefined;
  onSelect: (id: string) => void;
  start: string;
  title: (node: MapNode) => string;
  findings: MapFindings;
  heat: ReadonlyMap<string, number> | undefined;
}

function Canvas({
  nodes,
  edges,
  layout,
  onPath,
  selected,
  onSelect,
  start,
  title,
  findings,
  heat,
}: CanvasProps) {
  const { t } = useTranslation();
  const { view, frame, fit, showAtTop, reveal, zoomIn, zoomOut, handlers } = usePanZoom(layout);
  // The map opens at a readable size on its start; "fit" (or 0) shows all of it.
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    showAtTop(layout.nodes[start] ?? { x: layout.width / 2, y: 0 });
  }, [showAtTop, layout, start]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const heatMax = Math.max(1, ...(heat?.values() ?? []));
  // Tab order follows the drawing: top to bottom, then left to right.
  const ordered = useMemo(
    () =>
      [...nodes].sort((a, b) => {
        const pa = layout.nodes[a.id]!;
        const pb = layout.nodes[b.id]!;
        return pa.y - pb.y || pa.x - pb.x;
      }),
    [nodes, layout],
  );
  const backFrom = useMemo(() => {
    const back = new Map<string, MapEdge[]>();
    for (const edge of edges)
      if (edge.back) back.set(edge.from, [...(back.get(edge.from) ?? []), edge]);
    return back;
  }, [edges]);

  return (
    <div className="map-canvas">
      <div className="map-tools">
        <button type="button" onClick={zoomIn} aria-label={t('map.zoomIn')}>
          +
        </button>
        <button type="button" onClick={zoomOut} aria-label={t('map.zoomOut')}>
          −
        </button>
        <button type="button" onClick={fit}>
          {t('map.fit')}
        </button>
        <span className="map-keys">{t('map.keys')}</span>
      </div>
      <div
        ref={frame}
        className="map-frame"
        // A pan-and-zoom viewport: its content is reached by moving the view (and each node by Tab).
        data-pan-viewport=""
        role="group"
        aria-label={t('map.canvas', { count: nodes.length })}
        tabIndex={0}
        {...handlers}
      >
        <svg width="100%" height="100%">
          <defs>
            {/* Sized in the map's units, so a thick line (a path, a class's heat) keeps a
                plain arrowhead rather than one grown with its width. */}
            {(['map-arrow', 'map-arrow-strong'] as const).map((id) => (
              <marker
                key={id}
                id={id}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerUnits="userSpaceOnUse"
                markerWidth={id === 'map-arrow' ? 10 : 16}
                markerHeight={id === 'map-arrow' ? 10 : 16}
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className={id.replace('map-arrow', 'map-arrowhead')} />
              </marker>
            ))}
          </defs>
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
            <g aria-hidden="true">
              {edges.map((edge) => {
                const laid = layout.edges[edge.id];
                if (!laid) return null;
                const taken = onPath.has(edge.id);
                const runs = heat?.get(edge.id) ?? 0;
                return (
                  <g
                    key={edge.id}
                    className={`map-edge${edge.conditional ? ' conditional' : ''}${taken ? ' taken' : ''}${runs ? ' heat' : ''}`}
                  >
                    <path
                      d={line(laid.points)}
                      markerEnd={`url(#${taken || runs ? 'map-arrow-strong' : 'map-arrow'})`}
                      style={runs ? { strokeWidth: 1.5 + (7 * runs) / heatMax } : undefined}
                    />
                    {edge.option && (
                      <text
                        x={laid.label.x}
                        y={laid.label.y}
                        className="map-edge-label"
                        textAnchor="middle"
                        dominantBaseline="middle"
                      >
                        {edge.option.number} {VERDICT_MARKS[edge.option.verdicts.emotional]}
                        {VERDICT_MARKS[edge.option.verdicts.responsibility]}
                        {VERDICT_MARKS[edge.option.verdicts.expertise]}
                        {/* Below the marks, inside the room the layout kept for the label. */}
                        {runs > 0 && (
                          <tspan x={laid.label.x} dy="1.1em">
                            ×{runs}
                          </tspan>
                        )}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
            {ordered.map((node) => {
              const at = layout.nodes[node.id]!;
              const backs = backFrom.get(node.id) ?? [];
              const kind =
                node.kind === 'ending'
                  ? t('map.node.ending', { tone: t(`map.tone.${node.tone}`) })
                  : node.id === start
                    ? `${t('map.node.start')} · ${t('map.node.scene', { week: node.week })}`
                    : t('map.node.scene', { week: node.week });
              return (
                <foreignObject
                  key={node.id}
                  x={at.x - NODE_WIDTH / 2}
                  y={at.y - NODE_HEIGHT / 2}
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT + backs.length * 22}
                >
                  <button
                    type="button"
                    className={`map-node ${node.kind}${node.tone ? ` tone-${node.tone}` : ''}${onPath.has(node.id) ? ' on-path' : ''}${findings.has(node.id) ? ' has-findings' : ''}`}
                    aria-pressed={selected === node.id}
                    onClick={() => onSelect(node.id)}
                    onFocus={() => reveal(at)}
                  >
                    <span className="map-node-kind">
                      {kind}
                      {onPath.has(node.id) && ` · ${t('map.node.onPath')}`}
                      {findings.has(node.id) &&
                        ` · ${t('map.node.findings', { count: findings.get(node.id)!.length })}`}
                    </span>
                    <span className="map-node-title">{title(node)}</span>
                  </button>
                  {backs.map((edge) => {
                    const target = byId.get(edge.to);
                    const name = target ? title(target) : edge.to;
                    return (
                      <button
                        key={edge.id}
                        type="button"
                        className="map-back"
                        onClick={() => onSelect(edge.to)}
                      >
                        {edge.option
                          ? t('map.backTo', { number: edge.option.number, title: name })
                          : t('map.backToNext', { title: name })}
                      </button>
                    );
                  })}
                </foreignObject>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}

/** A line through dagre's points, its bends rounded. */
function line(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  if (rest.length < 2)
    return `M${first.x},${first.y} ${rest.map((p) => `L${p.x},${p.y}`).join(' ')}`;
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const control = rest[i]!;
    const next = rest[i + 1]!;
    const end =
      i === rest.length - 2 ? next : { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 };
    d += ` Q${control.x},${control.y} ${end.x},${end.y}`;
  }
  return d;
}
