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
  const visit = (at: string, run: RunContext, events: RunEvent[]) => {
    const offered = eventsOnOffer(scenario, at, run);
    if (offered.length === 0) {
      const violations = run.history
        .flatMap((choice) => Object.values(choice.verdicts))
        .filter((verdict) => verdict.verdict === 'violates').length;
      if (!best || violations > best.violations) best = { path: { events, end: run }, violations };
      return;
    }
    for (const event of offered) {
      const next = stepRun(scenario, at, run, event);
      if (next) visit(next.at, next.run, [...events, event]);
    }
  };
  visit(scenario.start, enterStep(scenario, initialContext(scenario), scenario.start), []);
  if (!best) throw new Error(`${scenario.id} has no complete playthrough`);
  return best.path;
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
