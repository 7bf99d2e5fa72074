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

/**
 * The source's path as its verdicts show it: of every complete playthrough, the one that violates
 * the hierarchies most often (the cases are small enough to try every playthrough).
 */
export function mostViolatingPlaythrough(scenario: Scenario): PlayedPath {
  let best: { path: PlayedPath; violations: number } | undefined;
  for (const path of allPlaythroughs(scenario)) {
    const violations = countVerdicts(path.end, 'violates');
    if (!best || violations > best.violations) best = { path, violations };
  }
  if (!best) throw new Error(`${scenario.id} has no complete playthrough`);
  return best.path;
}

/** Every complete playthrough of a case, in the order the options are on offer. */
export function allPlaythroughs(scenario: Scenario): PlayedPath[] {
  const found: PlayedPath[] = [];
  const visit = (at: string, run: RunContext, events: RunEvent[]) => {
    const offered = eventsOnOffer(scenario, at, run);
    if (offered.length === 0) found.push({ events, end: run });
    for (const event of offered) {
      const next = stepRun(scenario, at, run, event);
      if (next) visit(next.at, next.run, [...events, event]);
    }
  };
  visit(scenario.start, enterStep(scenario, initialContext(scenario), scenario.start), []);
  return found;
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
  return { events, end: run };
}
