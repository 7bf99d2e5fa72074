import { describe, expect, it } from 'vitest';
import { availableOptions, visibleLines } from '../../src/engine/index.ts';
import {
  choose,
  CONTINUE,
  mutate,
  noorText,
  play,
  scenarioFromText,
  unvalidatedScenario,
} from '../support/scenarios.ts';

const noor = scenarioFromText(noorText());

describe('a compiled scenario', () => {
  it('starts in the start scene, with the start meters on the timeline', () => {
    const snapshot = play(noor).getSnapshot();
    expect(snapshot.value).toBe('meeting');
    expect(snapshot.hasTag('choosing')).toBe(true);
    expect(snapshot.context.week).toBe(1);
    expect(snapshot.context.timeline).toEqual([
      {
        step: 'meeting',
        week: 1,
        meters: { loyaltyConflict: 20, parentAgency: 40 },
        flags: { lecturedNoor: false },
      },
    ]);
  });

  it('records a choice with its verdicts and applies its effects', () => {
    const { context, value } = play(noor, [choose('lecture')]).getSnapshot();
    expect(value).toBe('week-later');
    expect(context.history).toHaveLength(1);
    expect(context.history[0]).toMatchObject({
      index: 0,
      scene: 'meeting',
      option: 'lecture',
      week: 1,
    });
    expect(context.history[0]?.verdicts.responsibility.verdict).toBe('violates');
    expect(context.history[0]?.metersAfter.parentAgency).toBe(30);
    expect(context.flags.lecturedNoor).toBe(true);
  });

  it('lands a delayed effect in the week it is due, linked to its choice', () => {
    const afterChoice = play(noor, [choose('lecture')]).getSnapshot().context;
    // Chosen in week 1 with weeks: 1 → lands on entering the week-2 scene.
    expect(afterChoice.pending).toHaveLength(0);
    expect(afterChoice.landed).toEqual([
      expect.objectContaining({ fromChoice: 0, dueWeek: 2, landedIn: 'week-later', landedWeek: 2 }),
    ]);
    expect(afterChoice.meters.loyaltyConflict).toBe(40);
  });

  it('routes on the state the delayed effect left behind', () => {
    expect(play(noor, [choose('lecture'), CONTINUE]).getSnapshot().value).toBe('closed');
    const respectful = play(noor, [choose('offer-meeting'), CONTINUE]).getSnapshot();
    expect(respectful.value).toBe('open');
    expect(respectful.status).toBe('done');
    expect(respectful.hasTag('ending')).toBe(true);
  });

  it('shows a conditional line only when its condition holds', () => {
    const scene = noor.scenes['week-later'];
    const lectured = play(noor, [choose('lecture')]).getSnapshot().context;
    const offered = play(noor, [choose('offer-meeting')]).getSnapshot().context;
    expect(visibleLines(scene?.lines, lectured)).toHaveLength(1);
    expect(visibleLines(scene?.lines, offered)).toHaveLength(0);
  });

  it('ignores an option that is not on offer', () => {
    const gated = unvalidatedScenario(
      mutate(
        noorText(),
        '        - id: lecture\n',
        '        - id: lecture\n          if: { flag: lecturedNoor }\n',
      ),
    );
    const actor = play(gated);
    expect(
      availableOptions(gated, actor.getSnapshot().context, 'meeting').map((o) => o.id),
    ).toEqual(['offer-meeting']);
    expect(actor.getSnapshot().can(choose('lecture'))).toBe(false);
    actor.send(choose('lecture'));
    expect(actor.getSnapshot().value).toBe('meeting');
    expect(actor.getSnapshot().context.history).toHaveLength(0);
  });

  it('lands every pending effect at an ending, even one not yet due', () => {
    const early = unvalidatedScenario(mutate(noorText(), 'weeks: 1', 'weeks: 5'));
    const snapshot = play(early, [choose('lecture'), CONTINUE]).getSnapshot();
    expect(snapshot.value).toBe('open'); // routed before the effect landed
    expect(snapshot.context.pending).toHaveLength(0);
    expect(snapshot.context.landed[0]).toMatchObject({ landedIn: 'open', dueWeek: 6 });
    expect(snapshot.context.meters.loyaltyConflict).toBe(40);
  });
});
