/** Paths through a case found by the engine, not by option ids: the respectful one, the worst one. */
import {
  eventsOnOffer,
  initialContext,
  respectfulPath,
  stepRun,
  type RunContext,
  type RunEvent,
  type Scenario,
} from '../../src/engine/index.ts';
import { enterStep } from '../../src/engine/run.ts';
import { choose } from './scenarios.ts';

export interface PlayedPath {
  events: RunEvent[];
  /** The run at its ending. */
  end: RunContext;
  /** The ending's id. */
  ending: string;
}

/** The events of the engine's respectful path, played to its ending. */
export function respectfulPlaythrough(scenario: Scenario): PlayedPath {
  const path = respectfulPath(scenario);
  if (!path) throw new Error(`${scenario.id} has no respectful path`);
  const wanted = path.steps.map((step) => choose(step.option));
  return playUntilEnd(scenario, (offered) =>
    offered[0]?.type === 'scene.continue' ? offered[0] : wanted.shift(),
  );
}

/** A situation of a run: the scene or ending it is in, its context, and the events that led there. */
export interface Situation {
  at: string;
  run: RunContext;
  events: RunEvent[];
}

/**
 * Walks every playthrough of a case depth-first, in the order the options are written, and calls
 * `visit` at every situation on the way; returning true stops the walk there (the cases are small
 * enough to try every playthrough).
 */
function walk(scenario: Scenario, visit: (situation: Situation, done: boolean) => boolean | void) {
  const go = (at: string, run: RunContext, events: RunEvent[]): boolean => {
    const offered = eventsOnOffer(scenario, at, run);
    if (visit({ at, run, events }, offered.length === 0)) return true;
    for (const event of offered) {
      const next = stepRun(scenario, at, run, event);
      if (next && go(next.at, next.run, [...events, event])) return true;
    }
    return false;
  };
  go(scenario.start, enterStep(scenario, initialContext(scenario), scenario.start), []);
}

/** Every complete playthrough of a case, each with its events and the run at its ending. */
export function everyPlaythrough(scenario: Scenario): PlayedPath[] {
  const paths: PlayedPath[] = [];
  walk(scenario, ({ at, run, events }, done) => {
    if (done) paths.push({ events, end: run, ending: at });
  });
  return paths;
}

/** The first situation, in the order the options are written, that `found` accepts. */
export function firstSituation(
  scenario: Scenario,
  found: (situation: Situation) => boolean,
): Situation | undefined {
  let first: Situation | undefined;
  walk(scenario, (situation) => {
    if (found(situation)) first = situation;
    return first !== undefined;
  });
  return first;
}

/** How many verdicts of one kind a run's choices carry, over all three hierarchies. */
export function countVerdicts(run: RunContext, kind: 'violates' | 'strains'): number {
  return run.history
    .flatMap((choice) => Object.values(choice.verdicts))
    .filter((verdict) => verdict.verdict === kind).length;
}

/** How many of a run's choices carry at least one verdict of this kind. */
export function choicesWith(run: RunContext, kind: 'violates' | 'strains'): number {
  return run.history.filter((choice) =>
    Object.values(choice.verdicts).some((verdict) => verdict.verdict === kind),
  ).length;
}

/**
 * The source's path as its verdicts show it: of every complete playthrough, the one that violates
 * the hierarchies most often.
 */
export function mostViolatingPlaythrough(scenario: Scenario): PlayedPath {
  let best: PlayedPath | undefined;
  for (const path of everyPlaythrough(scenario))
    if (!best || countVerdicts(path.end, 'violates') > countVerdicts(best.end, 'violates'))
      best = path;
  if (!best) throw new Error(`${scenario.id} has no complete playthrough`);
  return best;
}

function playUntilEnd(
  scenario: Scenario,
  pick: (offered: RunEvent[]) => RunEvent | undefined,
): PlayedPath {
  let at = scenario.start;
  let run = enterStep(scenario, initialContext(scenario), at);
  const events: RunEvent[] = [];
  for (let offered = eventsOnOffer(scenario, at, run); offered.length;) {
    const event = pick(offered);
    const next = event && stepRun(scenario, at, run, event);
    if (!event || !next) throw new Error(`the path stops in ${at}`);
    events.push(event);
    ({ at, run } = next);
    offered = eventsOnOffer(scenario, at, run);
  }
  return { events, end: run, ending: at };
}
