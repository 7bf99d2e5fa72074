/**
 * A case as a map: its scenes and endings as nodes, the ways on from each as edges. Pure data, so
 * the layout worker, the map screen and the tests share one reading of the case.
 */
import {
  HIERARCHIES,
  type Hierarchy,
  type LocalizedText,
  type Route,
  type Scenario,
  type Tone,
  type VerdictKind,
} from '../engine/index.ts';
import { routeTargets } from '../engine/run.ts';

export interface MapNode {
  id: string;
  kind: 'scene' | 'ending';
  /** An ending may leave its week out: it comes when the run ends. */
  week: number | undefined;
  title: LocalizedText;
  /** Endings only. */
  tone?: Tone;
}

export interface MapEdge {
  /** Unique per map: `<from>/<option or "next">/<route entry>`. */
  id: string;
  from: string;
  to: string;
  /** The option this edge follows, numbered as the player numbers it (1 = first); none for "continue". */
  option?: { id: string; number: number; verdicts: Record<Hierarchy, VerdictKind> };
  /** Taken only under a condition: a conditional route entry, or an option offered conditionally. */
  conditional: boolean;
  /** Leads back to a scene on the way to this one: drawn as a marker, not a line across the map. */
  back: boolean;
}

export interface ScenarioMap {
  start: string;
  nodes: MapNode[];
  edges: MapEdge[];
}

export function scenarioMap(scenario: Scenario): ScenarioMap {
  const nodes: MapNode[] = [
    ...Object.entries(scenario.scenes).map(([id, scene]) => ({
      id,
      kind: 'scene' as const,
      week: scene.week,
      title: scene.title,
    })),
    ...Object.entries(scenario.endings).map(([id, ending]) => ({
      id,
      kind: 'ending' as const,
      week: ending.week,
      title: ending.title,
      tone: ending.tone,
    })),
  ];
  const edges: Omit<MapEdge, 'back'>[] = [];
  const follow = (
    from: string,
    route: Route,
    via: string,
    base: Omit<MapEdge, 'id' | 'from' | 'to' | 'back'>,
  ) =>
    routeTargets(route).forEach((to, i) => {
      const conditional = typeof route !== 'string' && route[i]?.if !== undefined;
      edges.push({
        ...base,
        id: `${from}/${via}/${i}`,
        from,
        to,
        conditional: base.conditional || conditional,
      });
    });
  for (const [id, scene] of Object.entries(scenario.scenes)) {
    if (scene.next) follow(id, scene.next, 'next', { conditional: false });
    scene.choice?.options.forEach((option, i) => {
      const verdicts = Object.fromEntries(
        HIERARCHIES.map((h) => [h, option.verdicts[h].verdict]),
      ) as Record<Hierarchy, VerdictKind>;
      follow(id, option.next, option.id, {
        option: { id: option.id, number: i + 1, verdicts },
        conditional: option.if !== undefined,
      });
    });
  }
  // A draft with a misspelt target (the validator reports it) still gets a map, without that edge.
  const ids = new Set(nodes.map((n) => n.id));
  const drawn = edges.filter((e) => ids.has(e.to));
  const back = backEdges(scenario.start, drawn);
  return {
    start: scenario.start,
    nodes,
    edges: drawn.map((e) => ({ ...e, back: back.has(e.id) })),
  };
}

/**
 * The edges that close a cycle, found by a depth-first walk from the start (iterative: a generated
 * case has a thousand scenes). Without them the map is acyclic and lays out top to bottom.
 */
function backEdges(start: string, edges: Omit<MapEdge, 'back'>[]): Set<string> {
  const out = new Map<string, Omit<MapEdge, 'back'>[]>();
  for (const edge of edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>([[start, 'open']]);
  const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
  while (stack.length) {
    const top = stack.at(-1)!;
    const edge = out.get(top.node)?.[top.next++];
    if (!edge) {
      state.set(top.node, 'done');
      stack.pop();
    } else if (state.get(edge.to) === 'open') back.add(edge.id);
    else if (!state.has(edge.to)) {
      state.set(edge.to, 'open');
      stack.push({ node: edge.to, next: 0 });
    }
  }
  return back;
}
