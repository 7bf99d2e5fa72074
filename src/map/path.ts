/** A run's way through a case's map: the scenes it entered and the edges it took. */
import { initialContext, stepRun, type RunEvent, type Scenario } from '../engine/index.ts';
import { enterStep } from '../engine/run.ts';
import type { ScenarioMap } from './graph.ts';

export interface MapPath {
  /** Node ids in the order the run entered them. */
  nodes: string[];
  /** Ids of the edges it took, in order. */
  edges: string[];
}

/** The path of a run's events; it stops where an event does not fit the case (another version). */
export function pathOnMap(
  scenario: Scenario,
  map: ScenarioMap,
  events: readonly RunEvent[],
): MapPath {
  let at = scenario.start;
  let run = enterStep(scenario, initialContext(scenario), at);
  const path: MapPath = { nodes: [at], edges: [] };
  for (const event of events) {
    const next = stepRun(scenario, at, run, event);
    if (!next) break;
    const via = event.type === 'choice.select' ? event.option : 'next';
    const edge = map.edges.find(
      (e) => e.from === at && e.to === next.at && e.id.startsWith(`${at}/${via}/`),
    );
    if (edge) path.edges.push(edge.id);
    path.nodes.push(next.at);
    ({ at, run } = next);
  }
  return path;
}
