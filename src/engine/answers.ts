/**
 * The answer each option on offer would get: the turn the run's own machine adds on choosing it,
 * worked out with XState's pure `transition`, which computes the next snapshot without acting.
 * The player prepares these while the trainee reads, so that choosing only has to show one.
 */
import { transition, type SnapshotFrom } from 'xstate';
import type { ScenarioMachine } from './compile.ts';
import { eventsOnOffer } from './run.ts';
import type { Scenario } from './scenario.ts';
import { transcript, type ChoiceTurn } from './transcript.ts';

export function answersOnOffer(
  scenario: Scenario,
  logic: ScenarioMachine,
  snapshot: SnapshotFrom<ScenarioMachine>,
): ChoiceTurn[] {
  const at = snapshot.context.timeline.at(-1)?.step;
  if (at === undefined || !scenario.scenes[at]?.choice) return [];
  return eventsOnOffer(scenario, at, snapshot.context).flatMap((event) => {
    const [next] = transition(logic, snapshot, event);
    const answer = transcript(scenario, next.context).findLast((turn) => turn.kind === 'choice');
    return answer ? [answer] : [];
  });
}
