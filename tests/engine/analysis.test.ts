import { describe, expect, it } from 'vitest';
import { analyzeRun, respectfulPath } from '../../src/engine/index.ts';
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

describe('the debrief analysis', () => {
  const run = play(noor, [choose('lecture'), CONTINUE]).getSnapshot().context;
  const analysis = analyzeRun(noor, run);

  it('gives each choice its verdicts, violations and landed consequences', () => {
    expect(analysis.choices).toHaveLength(1);
    const [lecture] = analysis.choices;
    expect(lecture?.violated).toEqual(['responsibility']);
    expect(lecture?.strained).toEqual(['emotional', 'expertise']);
    expect(lecture?.consequences).toEqual([
      expect.objectContaining({ landedIn: 'week-later', landedWeek: 2 }),
    ]);
  });

  it('lists where each hierarchy was violated', () => {
    expect(analysis.violations).toEqual([
      { hierarchy: 'responsibility', scene: 'meeting', option: 'lecture', index: 0 },
    ]);
    expect(analysis.tally.responsibility).toEqual({ respects: 0, strains: 0, violates: 1 });
  });

  it('gives each meter over time, one point per scene or ending entered', () => {
    expect(analysis.meters.loyaltyConflict?.map((p) => [p.step, p.value])).toEqual([
      ['meeting', 20],
      ['week-later', 40],
      ['closed', 40],
    ]);
    expect(analysis.meters.parentAgency?.map((p) => p.value)).toEqual([40, 30, 30]);
  });

  it('finds the path that respects every hierarchy', () => {
    expect(respectfulPath(noor)).toEqual({
      steps: [{ scene: 'meeting', option: 'offer-meeting' }],
      ending: 'open',
      violations: 0,
      strains: 0,
    });
  });

  it('finds the least harmful path when no path respects everything', () => {
    // offer-meeting now violates two hierarchies; lecture violates one and strains two.
    const once = mutate(
      noorText(),
      'verdict: respects\n              why: { nl: "Je biedt',
      'verdict: violates\n              why: { nl: "Je biedt',
    );
    const twice = mutate(
      once,
      'verdict: respects\n              why: { nl: "Noor hoort',
      'verdict: violates\n              why: { nl: "Noor hoort',
    );
    // Unvalidated: offer-meeting now violates yet still ends well, which the validator refuses.
    const path = respectfulPath(unvalidatedScenario(twice));
    expect(path?.steps.map((s) => s.option)).toEqual(['lecture']); // fewer violations count before strains
    expect(path).toMatchObject({ ending: 'closed', violations: 1, strains: 2 });
  });
});
