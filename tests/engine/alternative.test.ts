import { describe, expect, it } from 'vitest';
import {
  initialContext,
  respectfulAlternative,
  transcript,
  type ChoiceTurn,
} from '../../src/engine/index.ts';
import {
  choose,
  mutate,
  noorText,
  play,
  scenarioFromText,
  unvalidatedScenario,
} from '../support/scenarios.ts';

const noor = scenarioFromText(noorText());
const before = initialContext(noor);
const ids = (alternative: ReturnType<typeof respectfulAlternative>) =>
  alternative?.options.map((o) => o.id);

/**
 * Noor with the verdict whose rationale starts with `why` turned into `verdict`. Unvalidated where
 * offer-meeting then violates: it still ends well, which the validator refuses (a case error, not
 * an engine one).
 */
const withVerdict = (text: string, why: string, verdict: string) =>
  mutate(
    text,
    `verdict: respects\n              why: { nl: "${why}`,
    `verdict: ${verdict}\n              why: { nl: "${why}`,
  );

describe('the respectful alternative at a choice point', () => {
  it('names the option that respects all three, and says the trainee did not choose it', () => {
    const alternative = respectfulAlternative(noor, before, 'meeting', 'lecture');
    expect(ids(alternative)).toEqual(['offer-meeting']);
    expect(alternative).toMatchObject({ respectsAll: true, violations: 0, strains: 0 });
    expect(alternative?.chosen).toBe(false);
  });

  it('says so when the trainee chose it', () => {
    expect(respectfulAlternative(noor, before, 'meeting', 'offer-meeting')?.chosen).toBe(true);
  });

  it('where none respects all three, gives the least harmful: fewest violations first', () => {
    // offer-meeting now violates two hierarchies; lecture violates one and strains two.
    const text = withVerdict(
      withVerdict(noorText(), 'Je biedt', 'violates'),
      'Noor hoort',
      'violates',
    );
    const alternative = respectfulAlternative(
      unvalidatedScenario(text),
      before,
      'meeting',
      'lecture',
    );
    expect(ids(alternative)).toEqual(['lecture']);
    expect(alternative).toMatchObject({
      respectsAll: false,
      violations: 1,
      strains: 2,
      chosen: true,
    });
  });

  it('breaks a tie in violations by the fewest strains', () => {
    // offer-meeting violates one and strains none; lecture violates one and strains two.
    const text = withVerdict(noorText(), 'Je biedt', 'violates');
    const alternative = respectfulAlternative(unvalidatedScenario(text), before, 'meeting');
    expect(ids(alternative)).toEqual(['offer-meeting']);
    expect(alternative).toMatchObject({
      respectsAll: false,
      violations: 1,
      strains: 0,
      chosen: false,
    });
  });

  it('names every option that is equally good, in the case’s order', () => {
    const text = mutate(
      mutate(
        mutate(noorText(), 'verdict: strains', 'verdict: respects'),
        'verdict: violates',
        'verdict: respects',
      ),
      'verdict: strains',
      'verdict: respects',
    );
    const alternative = respectfulAlternative(scenarioFromText(text), before, 'meeting', 'lecture');
    expect(ids(alternative)).toEqual(['lecture', 'offer-meeting']);
    expect(alternative).toMatchObject({ respectsAll: true, chosen: true });
  });

  it('only weighs the options on offer in the run as it stood', () => {
    const text = mutate(
      noorText(),
      '        - id: offer-meeting\n',
      '        - id: offer-meeting\n          if: { meter: loyaltyConflict, atMost: 30 }\n',
    );
    const scenario = scenarioFromText(text);
    const start = initialContext(scenario);
    expect(ids(respectfulAlternative(scenario, start, 'meeting'))).toEqual(['offer-meeting']);
    const tense = { ...start, meters: { ...start.meters, loyaltyConflict: 60 } };
    const alternative = respectfulAlternative(scenario, tense, 'meeting', 'lecture');
    expect(ids(alternative)).toEqual(['lecture']);
    expect(alternative?.respectsAll).toBe(false);
  });

  it('is nothing in a scene without a choice', () => {
    expect(respectfulAlternative(noor, before, 'week-later')).toBeUndefined();
  });

  it('comes with each choice in the conversation', () => {
    const run = play(noor, [choose('lecture')]).getSnapshot().context;
    const turn = transcript(noor, run).find((t): t is ChoiceTurn => t.kind === 'choice');
    expect(ids(turn?.alternative)).toEqual(['offer-meeting']);
    expect(turn?.alternative?.chosen).toBe(false);
  });
});
