/**
 * What a saved flow must agree with in its case, past the shape: the steps, options, meters and
 * lines it names are this case's, and each position is one the flow could stand in. These are the
 * flow's own invariants (tests/facilitation/invariants.ts), checked where a wrong one would make a
 * screen read a step, option or line that is not there.
 */
import {
  availableOptions,
  HIERARCHIES,
  isEnding,
  stepOf,
  visibleLines,
  type RunContext,
  type Scenario,
} from '../engine/index.ts';
import type { FlowContext, FlowPosition, Phase, RoomChoice } from './flow.types.ts';
import { majorityOf } from './votes.ts';

const AFTER_DECISION: readonly Phase[] = ['revealing', 'consequences'];
const AT_A_CHOICE: readonly Phase[] = ['options', 'discussion', 'voting', 'voted'];
const VOTING: readonly Phase[] = ['voting', 'voted', ...AFTER_DECISION];

/** True when the saved context fits this case, in every position including those BACK returns to. */
export function fitsCase(scenario: Scenario, phase: Phase, context: FlowContext): boolean {
  return (
    context.scenarioId === scenario.id &&
    positionFits(scenario, { ...context, phase }) &&
    context.past.every((position) => positionFits(scenario, position))
  );
}

/** A scene or ending of the case: its own, never a name every object has (`toString`). */
const isStep = (scenario: Scenario, id: string) =>
  Object.hasOwn(scenario.scenes, id) || Object.hasOwn(scenario.endings, id);

const optionIdsOf = (scenario: Scenario, sceneId: string) =>
  Object.hasOwn(scenario.scenes, sceneId)
    ? (scenario.scenes[sceneId]?.choice?.options.map((o) => o.id) ?? [])
    : [];

const within = (ids: readonly string[], allowed: readonly string[]) =>
  ids.every((id) => allowed.includes(id));
const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && within(a, b) && within(b, a);

function positionFits(scenario: Scenario, p: FlowPosition): boolean {
  if (!isStep(scenario, p.at)) return false;
  return (
    phaseFits(scenario, p) &&
    linesFit(scenario, p) &&
    runFits(scenario, p.run) &&
    p.choices.every((choice) => choiceFits(scenario, choice)) &&
    p.earlierPaths.every(
      (path) =>
        isStep(scenario, path.leftAt) &&
        path.choices.every((choice) => choiceFits(scenario, choice)),
    )
  );
}

/** The phase fits the step, and the votes, verdicts and decisions fit the phase. */
function phaseFits(scenario: Scenario, p: FlowPosition): boolean {
  const decided = AFTER_DECISION.includes(p.phase);
  const offered = availableOptions(scenario, p.run, p.at).map((o) => o.id);
  const history = p.run.history;
  return (
    isEnding(scenario, p.at) === (p.phase === 'ending' || p.phase === 'debrief') &&
    (optionIdsOf(scenario, p.at).length > 0 || !(AT_A_CHOICE.includes(p.phase) || decided)) &&
    VOTING.includes(p.phase) === (p.votes !== null) &&
    (!p.votes || sameIds(Object.keys(p.votes.counts), offered)) &&
    (decided || p.revealed === 0) &&
    (p.phase !== 'consequences' || p.revealed === HIERARCHIES.length) &&
    (!decided || p.choices.at(-1)?.scene === p.at) &&
    // The flow's decisions and the run's history move in lockstep, the decided one a step ahead.
    p.choices.length === history.length + (decided ? 1 : 0) &&
    history.every((h, i) => h.scene === p.choices[i]?.scene && h.option === p.choices[i]?.option)
  );
}

/** Lines shown: at least the first of a scene or ending, never more than the step has. */
function linesFit(scenario: Scenario, p: FlowPosition): boolean {
  if (p.phase === 'consequences')
    return p.linesShown <= (optionOf(scenario, p.choices.at(-1))?.reaction?.length ?? 0);
  const lines = stepOf(scenario, p.at)?.lines;
  if (p.phase !== 'scene' && p.phase !== 'ending') return p.linesShown <= (lines?.length ?? 0);
  const visible = visibleLines(lines, p.run).length;
  return p.linesShown >= Math.min(1, visible) && p.linesShown <= visible;
}

const optionOf = (scenario: Scenario, choice: RoomChoice | undefined) =>
  choice && scenario.scenes[choice.scene]?.choice?.options.find((o) => o.id === choice.option);

function choiceFits(scenario: Scenario, choice: RoomChoice): boolean {
  const options = optionIdsOf(scenario, choice.scene);
  return (
    options.includes(choice.option) &&
    within(choice.offered, options) &&
    choice.offered.includes(choice.option) &&
    sameIds(Object.keys(choice.votes.counts), choice.offered) &&
    (choice.decidedBy !== 'majority' || majorityOf(choice.votes) === choice.option) &&
    runFits(scenario, choice.runBefore)
  );
}

/** The run's meters are the case's, within their bounds; its flags, steps and choices the case's. */
function runFits(scenario: Scenario, run: RunContext): boolean {
  const meters = Object.keys(run.meters);
  const caseMeters = Object.values(scenario.meters);
  return (
    meters.length === caseMeters.length &&
    caseMeters.every((m) => {
      const value = Object.hasOwn(run.meters, m.id) ? run.meters[m.id] : undefined;
      return value !== undefined && value >= m.min && value <= m.max;
    }) &&
    within(Object.keys(run.flags), scenario.flags) &&
    run.history.every((h) => optionIdsOf(scenario, h.scene).includes(h.option)) &&
    run.timeline.every((point) => isStep(scenario, point.step)) &&
    run.landed.every((effect) => isStep(scenario, effect.landedIn))
  );
}
