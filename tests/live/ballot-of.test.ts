/**
 * What the phones see is derived from the presenter's flow: waiting before a vote, the ballot open
 * and closed, the verdicts as they are revealed, a new ballot after "what if", and every message
 * within the protocol's schemas.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { createFlowMachine, type FlowSnapshot } from '../../src/facilitation/index.ts';
import { BallotSchema, RevealSchema } from '../../src/room/protocol.ts';
import { phoneStageFor } from '../../src/ui/live/ballot-of.ts';
import {
  CLOSE,
  hands,
  MAJORITY,
  NEXT,
  nextUntilStill,
  offeredAt,
  OPEN,
  REVEAL,
  stepFlow,
} from '../facilitation/support.ts';
import { loadScenario } from '../support/scenarios.ts';

const saskia = loadScenario('scenarios/saskia.yaml');
const machine = createFlowMachine(saskia);
const t = (key: string) => `«${key}»`;
const stageOf = (s: FlowSnapshot, lang: 'nl' | 'en' = 'nl') =>
  phoneStageFor(saskia, s.value, s.context, lang, t);

/** NEXT through the first scene until its options are shown. */
function atOptions(): FlowSnapshot {
  let snapshot = initialTransition(machine)[0];
  while (snapshot.value === 'scene') snapshot = stepFlow(machine, [NEXT], snapshot);
  return snapshot;
}
const atVoting = () => stepFlow(machine, [OPEN], atOptions());

describe('the phones follow the flow', () => {
  it('wait until voting opens', () => {
    expect(stageOf(initialTransition(machine)[0])).toEqual({ stage: 'waiting' });
    expect(atOptions().value).toBe('options');
    expect(stageOf(atOptions())).toEqual({ stage: 'waiting' });
    // NEXT from the discussion opens voting: only then do the phones get the ballot.
    expect(stageOf(nextUntilStill(machine, atOptions())).stage).toBe('open');
  });

  it('see the open ballot with lettered options in the room language, then closed', () => {
    const voting = atVoting();
    const open = stageOf(voting, 'en');
    expect(open.stage).toBe('open');
    if (open.stage !== 'open') return;
    expect(BallotSchema.parse(open.ballot)).toEqual(open.ballot);
    expect(open.ballot.options.map((o) => o.id)).toEqual(offeredAt(saskia, voting));
    expect(open.ballot.options.map((o) => o.label)).toEqual(
      offeredAt(saskia, voting).map((_, i) => String.fromCharCode(65 + i)),
    );
    const closed = stageOf(stepFlow(machine, [CLOSE], voting), 'en');
    expect(closed).toEqual({ stage: 'closed', ballot: open.ballot });
  });

  it('see the decision and each verdict only once it is revealed', () => {
    const voting = atVoting();
    const [first] = offeredAt(saskia, voting);
    const decided = stepFlow(machine, [hands({ [first!]: 5 }), CLOSE, MAJORITY], voting);
    const none = stageOf(decided);
    expect(none).toMatchObject({ stage: 'revealed', reveal: { option: first, verdicts: [] } });
    const two = stageOf(stepFlow(machine, [REVEAL, REVEAL], decided));
    if (two.stage !== 'revealed') throw new Error(`expected revealed, got ${two.stage}`);
    expect(RevealSchema.parse(two.reveal)).toEqual(two.reveal);
    expect(two.reveal.verdicts.map((v) => v.hierarchy)).toEqual(['emotional', 'responsibility']);
    expect(two.reveal.verdicts[0]!.label).toMatch(/«lens\.hierarchy\.emotional»/);
    const open = stageOf(voting);
    if (open.stage !== 'open') throw new Error('expected open');
    expect(two.reveal.ballot).toBe(open.ballot.id);
  });

  it('vote on a new ballot when "what if" returns to a choice point', () => {
    const voting = atVoting();
    const [first] = offeredAt(saskia, voting);
    const decided = stepFlow(machine, [hands({ [first!]: 2 }), CLOSE, MAJORITY], voting);
    const again = stepFlow(machine, [{ type: 'WHATIF', choice: 0 }, OPEN], decided);
    const before = stageOf(voting);
    const after = stageOf(again);
    if (before.stage !== 'open' || after.stage !== 'open') throw new Error('expected open ballots');
    expect(after.ballot.id).not.toBe(before.ballot.id);
    expect(after.ballot.options).toEqual(before.ballot.options);
  });
});
