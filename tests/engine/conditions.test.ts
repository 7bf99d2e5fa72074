import { describe, expect, it } from 'vitest';
import { holds, type Condition, type RunContext } from '../../src/engine/index.ts';

const run: RunContext = {
  meters: { parentTrust: 55 },
  flags: { told: true, cried: false },
  week: 2,
  pending: [],
  landed: [],
  history: [
    {
      index: 0,
      scene: 'intake',
      option: 'listen',
      week: 1,
      metersAfter: { parentTrust: 55 },
      verdicts: {
        emotional: { verdict: 'respects', why: 'x' },
        responsibility: { verdict: 'respects', why: 'x' },
        expertise: { verdict: 'respects', why: 'x' },
      },
    },
  ],
  timeline: [{ step: 'intake', week: 1, meters: { parentTrust: 60 }, flags: { told: false } }],
};

const table: [string, Condition | undefined, boolean][] = [
  ['no condition', undefined, true],
  ['a set flag', { flag: 'told' }, true],
  ['an unset flag', { flag: 'cried' }, false],
  ['an undeclared flag', { flag: 'other' }, false],
  ['atLeast, equal', { meter: 'parentTrust', atLeast: 55 }, true],
  ['atLeast, above', { meter: 'parentTrust', atLeast: 56 }, false],
  ['atMost, equal', { meter: 'parentTrust', atMost: 55 }, true],
  ['atMost, below', { meter: 'parentTrust', atMost: 54 }, false],
  ['a range containing the value', { meter: 'parentTrust', atLeast: 50, atMost: 60 }, true],
  ['chose, made', { chose: 'listen' }, true],
  ['chose, not made', { chose: 'lecture' }, false],
  ['visited', { visited: 'intake' }, true],
  ['not visited', { visited: 'later' }, false],
  ['all true', { all: [{ flag: 'told' }, { chose: 'listen' }] }, true],
  ['all with one false', { all: [{ flag: 'told' }, { flag: 'cried' }] }, false],
  ['any with one true', { any: [{ flag: 'cried' }, { flag: 'told' }] }, true],
  ['any all false', { any: [{ flag: 'cried' }, { visited: 'x' }] }, false],
  ['violated, on a clean run', { violated: 'any' }, false],
  ['not violated, on a clean run', { not: { violated: 'emotional' } }, true],
  ['not', { not: { flag: 'cried' } }, true],
  ['nested', { not: { any: [{ flag: 'cried' }, { meter: 'parentTrust', atMost: 10 }] } }, true],
];

describe('conditions', () => {
  it.each(table)('%s', (_name, condition, expected) => {
    expect(holds(condition, run)).toBe(expected);
  });
});

describe('violated', () => {
  const clean = run.history[0]!;
  const strained = { verdict: 'strains' as const, why: 'x' };
  const violating = { verdict: 'violates' as const, why: 'x' };
  const after = (verdicts: Partial<typeof clean.verdicts>): RunContext => ({
    ...run,
    history: [
      clean,
      { ...clean, index: 1, option: 'push', verdicts: { ...clean.verdicts, ...verdicts } },
    ],
  });

  it('holds once a choice violates the hierarchy asked about, or any with "any"', () => {
    const run = after({ responsibility: violating, expertise: strained });
    expect(holds({ violated: 'responsibility' }, run)).toBe(true);
    expect(holds({ violated: 'any' }, run)).toBe(true);
    expect(holds({ violated: 'emotional' }, run)).toBe(false);
    expect(holds({ violated: 'expertise' }, run)).toBe(false);
  });

  it('a strain is not a violation', () => {
    expect(holds({ violated: 'any' }, after({ emotional: strained, expertise: strained }))).toBe(
      false,
    );
  });
});
