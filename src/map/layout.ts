/**
 * Where the map's nodes and lines go: dagre, top to bottom, on the map without its back edges (they
 * are drawn as markers beside their scene). Runs in the layout worker; pure, so tests and the
 * benchmark call it directly.
 */
import dagre from '@dagrejs/dagre';
import type { ScenarioMap } from './graph.ts';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 64;
/** Room beside an edge for its label: the option's number and three verdict marks. */
const LABEL = { width: 56, height: 18 };
/**
 * Network simplex gives the tidiest ranks but grows fast (about 35 s for a thousand scenes here);
 * the longest path from the start ranks a large case in a fraction of that.
 */
const TIDY_UP_TO = 300;

export interface Point {
  x: number;
  y: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Node centres, by node id. */
  nodes: Record<string, Point>;
  /** By edge id: the line's points, and where its label sits. Back edges have none. */
  edges: Record<string, { points: Point[]; label: Point }>;
}

/** `ranker` only for the benchmark's reference: plain dagre, network simplex at every size. */
export function layoutMap(
  map: ScenarioMap,
  ranker = map.nodes.length <= TIDY_UP_TO ? 'network-simplex' : 'longest-path',
): MapLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: 'TB',
    ranker,
    nodesep: 28,
    ranksep: 56,
    edgesep: 12,
    marginx: 16,
    marginy: 16,
  });
  for (const node of map.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of map.edges)
    if (!edge.back) graph.setEdge(edge.from, edge.to, { ...LABEL, labelpos: 'c' }, edge.id);
  dagre.layout(graph);

  const nodes: MapLayout['nodes'] = {};
  for (const id of graph.nodes()) {
    const { x = 0, y = 0 } = graph.node(id);
    nodes[id] = { x, y };
  }
  const edges: MapLayout['edges'] = {};
  for (const e of graph.edges()) {
    const label = graph.edge(e);
    const points = label.points ?? [];
    edges[e.name ?? `${e.v}->${e.w}`] = {
      points: points.map(({ x, y }: Point) => ({ x, y })),
      label: { x: label.x ?? points[0]?.x ?? 0, y: label.y ?? points[0]?.y ?? 0 },
    };
  }
  const { width = 0, height = 0 } = graph.graph();
  return { width, height, nodes, edges };
}
