/** The flow played as a facilitator would, on Noor: votes, ties, the timer, "what if", saves. */
import { describe, expect, it } from 'vitest';
import { createActor, transition } from 'xstate';
import {
  createFlowMachine,
  remainingMs,
  restore,
  revealedVerdicts,
  snapshotOf,
  type FlowEvent,
} from '../../src/facilitation/index.ts';
import { noorText, scenarioFromText } from '../support/scenarios.ts';
import {
  BACK,
  BLACKOUT,
  CLOSE,
  hands,
  MAJORITY,
  NEXT,
  offeredAt,
  OPEN,
  pick,
  nextUntilStill,
  playRoom,
  REVEAL,
  stepFlow,
} from './support.ts';

const noor = scenarioFromText(noorText());
const machine = createFlowMachine(noor, { discussionMs: 300_000 });
/** Noor's single choice point: the scene's line, then the options, discussion, voting. */
const TO_VOTING: FlowEvent[] = [NEXT, NEXT, OPEN];
const [first, second] = offeredAt(noor, stepFlow(machine, TO_VOTING)) as [string, string];

describe('the facilitation flow on Noor', () => {
  it('takes the majority of the typed hands, and records how it was decided', () => {
    const s = stepFlow(machine, [
      ...TO_VOTING,
      hands({ [first]: 2, [second]: 7 }),
      CLOSE,
      MAJORITY,
    ]);
    expect(s.value).toBe('revealing');
    expect(s.context.choices).toMatchObject([
      {
        scene: 'meeting',
        option: second,
        decidedBy: 'majority',
        votes: { counts: { [first]: 2, [second]: 7 }, source: 'hands' },
      },
    ]);
  });

  it('takes live phone votes as they come, the last count standing', () => {
    const phones = (n: number): FlowEvent => ({
      type: 'VOTES.SET',
      counts: { [first]: n, [second]: 1 },
      source: 'phones',
    });
    const s = stepFlow(machine, [...TO_VOTING, phones(0), phones(3), CLOSE]);
    expect(s.context.votes).toEqual({ counts: { [first]: 3, [second]: 1 }, source: 'phones' });
    // Votes after closing change nothing.
    expect(stepFlow(machine, [phones(9)], s).context.votes).toEqual(s.context.votes);
  });

  it('refuses counts for options not on offer and negative counts', () => {
    const voting = stepFlow(machine, TO_VOTING);
    expect(voting.can(hands({ nobody: 3 }))).toBe(false);
    expect(voting.can(hands({ [first]: -1 }))).toBe(false);
    expect(voting.can(hands({ [first]: 1.5 }))).toBe(false);
  });

  it('on a tie the facilitator decides; the facilitator may overrule a majority too', () => {
    const tied = stepFlow(machine, [...TO_VOTING, hands({ [first]: 4, [second]: 4 }), CLOSE]);
    expect(tied.can(MAJORITY)).toBe(false);
    expect(stepFlow(machine, [NEXT, NEXT], tied).context.choices).toEqual([]);
    expect(stepFlow(machine, [pick(second)], tied).context.choices[0]).toMatchObject({
      option: second,
      decidedBy: 'facilitator',
    });
    const clear = stepFlow(machine, [...TO_VOTING, hands({ [first]: 9 }), CLOSE, pick(second)]);
    expect(clear.context.choices[0]).toMatchObject({ option: second, decidedBy: 'facilitator' });
  });

  it('reveals the verdicts in order, then the consequences', () => {
    let s = stepFlow(machine, [...TO_VOTING, hands({ [first]: 1 }), CLOSE, MAJORITY]);
    const order: string[][] = [];
    for (let i = 0; i < 3; i++) {
      s = transition(machine, s, REVEAL)[0];
      order.push(revealedVerdicts(s.context).map((v) => v.hierarchy));
    }
    expect(order).toEqual([
      ['emotional'],
      ['emotional', 'responsibility'],
      ['emotional', 'responsibility', 'expertise'],
    ]);
    expect(s.can(REVEAL)).toBe(false);
    expect(transition(machine, s, NEXT)[0].value).toBe('consequences');
  });

  it('keeps time as data: start, stop, reset, a duration, no clock read', () => {
    const discussing = stepFlow(machine, [NEXT, NEXT]);
    expect(discussing.value).toBe('discussion');
    const s = stepFlow(
      machine,
      [
        { type: 'TIMER.START', now: 1_000 },
        { type: 'TIMER.STOP', now: 61_000 },
        { type: 'TIMER.START', now: 100_000 },
      ],
      discussing,
    );
    expect(remainingMs(s.context.timer, 130_000)).toBe(300_000 - 90_000);
    expect(s.value).toBe('discussion');
    const reset = stepFlow(
      machine,
      [{ type: 'TIMER.RESET' }, { type: 'TIMER.DURATION', ms: 60_000 }],
      s,
    );
    expect(reset.context.timer).toEqual({ durationMs: 60_000, elapsedMs: 0, runningSince: null });
  });

  it('"what if" from the debrief plays the other option and keeps both paths', () => {
    const firstRoom = playRoom(noor, () => first, machine).at(-1)!;
    expect(firstRoom.value).toBe('debrief');
    const again = stepFlow(machine, [{ type: 'WHATIF', choice: 0 }], firstRoom);
    expect(again.value).toBe('options');
    expect(again.context.at).toBe('meeting');
    const voted = stepFlow(machine, [OPEN, hands({ [second]: 5 }), CLOSE, MAJORITY], again);
    const both = nextUntilStill(machine, voted);
    expect(both.value).toBe('debrief');
    expect(both.context.choices.map((c) => c.option)).toEqual([second]);
    expect(
      both.context.earlierPaths.map((p) => [p.leftAt, p.choices.map((c) => c.option)]),
    ).toEqual([[firstRoom.context.at, [first]]]);
  });

  it('BACK steps back over NEXT and over a decision, but not before the start', () => {
    const decided = stepFlow(machine, [...TO_VOTING, hands({ [first]: 1 }), CLOSE, MAJORITY]);
    const undone = stepFlow(machine, [BACK], decided);
    expect(undone.value).toBe('voted');
    expect(undone.context.choices).toEqual([]);
    const start = stepFlow(machine, [BACK, BACK, BACK, BACK, BACK], decided);
    expect([start.value, start.context.linesShown, start.can(BACK)]).toEqual(['scene', 1, false]);
  });

  it('blackout and help keep the position', () => {
    const s = stepFlow(machine, [NEXT, BLACKOUT, { type: 'HELP.TOGGLE' }, NEXT]);
    expect(s.value).toBe('discussion');
    expect([s.context.blackout, s.context.help]).toEqual([true, true]);
    // Toggling is no step: BACK undoes the NEXT, not the blackout.
    expect(stepFlow(machine, [BACK], s).value).toBe('options');
  });
});

describe('saving the flow', () => {
  it('restores the same position from JSON mid-flow, and goes on the same way', () => {
    const mid = stepFlow(machine, [
      ...TO_VOTING,
      hands({ [first]: 3, [second]: 1 }),
      CLOSE,
      MAJORITY,
      REVEAL,
      BLACKOUT,
    ]);
    const wire = JSON.parse(JSON.stringify(snapshotOf(mid))) as unknown;
    const restored = restore(machine, noor, wire);
    expect(restored?.value).toBe('revealing');
    expect(restored?.context).toEqual(mid.context);
    // A live actor picks up where the save left off, BACK history included.
    const actor = createActor(machine, { snapshot: restored! }).start();
    actor.send(REVEAL);
    expect(actor.getSnapshot().context.revealed).toBe(2);
    actor.send(BACK);
    actor.send(BACK);
    expect(actor.getSnapshot().context.revealed).toBe(0);
    expect(actor.getSnapshot().context.choices).toHaveLength(1);
  });

  it('refuses a save of another case, another version, or no save at all', () => {
    const save = snapshotOf(stepFlow(machine, [NEXT]));
    expect(restore(machine, noor, { ...save, version: 2 })).toBeUndefined();
    expect(restore(machine, noor, { ...save, phase: 'lobby' })).toBeUndefined();
    expect(
      restore(machine, noor, { ...save, context: { ...save.context, scenarioId: 'timo' } }),
    ).toBeUndefined();
    expect(restore(machine, noor, 'hello')).toBeUndefined();
  });
});
