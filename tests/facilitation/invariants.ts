/** What must hold of every flow context the machine can reach; an empty list when it does. */
import {
  availableOptions,
  isEnding,
  stepOf,
  visibleLines,
  type Scenario,
} from '../../src/engine/index.ts';
import { majorityOf, type FlowSnapshot } from '../../src/facilitation/index.ts';

const BEFORE_DECISION = ['scene', 'options', 'discussion', 'voting', 'voted'];
const AFTER_DECISION = ['revealing', 'consequences'];

export function inconsistencies(scenario: Scenario, snapshot: FlowSnapshot): string[] {
  const { value: phase, context: c } = snapshot;
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) =>
    ok || problems.push(`${phase} at ${c.at}: ${problem}`);
  const history = c.run.history;

  expect(
    isEnding(scenario, c.at) === (phase === 'ending' || phase === 'debrief'),
    'ending phase iff at an ending',
  );
  // The room's decisions and the case's run move in lockstep: the run steps when the flow leaves
  // the consequences, so a decided choice point is one decision ahead of the run.
  const ahead = AFTER_DECISION.includes(phase) ? 1 : 0;
  expect(c.choices.length === history.length + ahead, 'decisions and run out of step');
  c.choices.slice(0, history.length).forEach((choice, i) => {
    expect(
      choice.scene === history[i]?.scene && choice.option === history[i]?.option,
      `decision ${i} is not the run's`,
    );
  });
  for (const choice of c.choices) {
    expect(choice.offered.includes(choice.option), 'decided an option not on offer');
    expect(
      Object.keys(choice.votes.counts).join() === choice.offered.join(),
      'counts not per offered option',
    );
    if (choice.decidedBy === 'majority')
      expect(majorityOf(choice.votes) === choice.option, 'majority without a majority');
  }
  if (AFTER_DECISION.includes(phase)) {
    expect(c.choices.at(-1)?.scene === c.at, 'decision of another scene');
    expect(c.votes !== null, 'decision without a closed vote');
  }
  if (['scene', 'options', 'discussion'].includes(phase))
    expect(c.votes === null, 'votes before voting opened');
  if (['voting', 'voted'].includes(phase)) {
    expect(c.votes !== null, 'voting without counts');
    const offered = availableOptions(scenario, c.run, c.at).map((o) => o.id);
    expect(
      Object.keys(c.votes?.counts ?? {}).join() === offered.join(),
      'counts not per offered option',
    );
  }
  if (BEFORE_DECISION.includes(phase) && phase !== 'scene')
    expect(scenario.scenes[c.at]?.choice !== undefined, 'options where there is no choice');
  expect(c.revealed >= 0 && c.revealed <= 3, 'revealed out of range');
  if (phase === 'consequences') expect(c.revealed === 3, 'consequences before all verdicts');
  if (!AFTER_DECISION.includes(phase)) expect(c.revealed === 0, 'verdicts outside a decision');
  if (phase === 'scene' || phase === 'ending') {
    const lines = visibleLines(stepOf(scenario, c.at)?.lines, c.run).length;
    expect(c.linesShown >= Math.min(1, lines) && c.linesShown <= lines, 'lines shown out of range');
  }
  return problems;
}
