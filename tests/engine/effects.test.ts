import { describe, expect, it } from 'vitest';
import {
  applyEffects,
  initialContext,
  resolveMeters,
  type RunContext,
} from '../../src/engine/index.ts';
import { scenarioFromText, noorText } from '../support/scenarios.ts';

describe('effects', () => {
  const meters = resolveMeters({
    parentTrust: { start: 90 },
    loyaltyConflict: null,
    stress: { label: 'Stress', min: -5, max: 5, start: 0 },
  });
  const noor = scenarioFromText(noorText());
  const run = (): RunContext => initialContext({ ...noor, meters, flags: ['a'] });

  it('adds meter changes and keeps meters within their bounds', () => {
    const after = applyEffects(
      run(),
      { meters: { parentTrust: 30, loyaltyConflict: -50, stress: -20 } },
      meters,
    );
    expect(after.meters).toEqual({ parentTrust: 100, loyaltyConflict: 0, stress: -5 });
  });

  it('sets and clears flags without touching the others', () => {
    const set = applyEffects(run(), { flags: { a: true } }, meters);
    expect(set.flags).toEqual({ a: true });
    expect(applyEffects(set, { flags: { a: false } }, meters).flags).toEqual({ a: false });
  });

  it('does not change the run it was given', () => {
    const before = run();
    applyEffects(before, { meters: { parentTrust: -10 }, flags: { a: true } }, meters);
    expect(before.meters.parentTrust).toBe(90);
    expect(before.flags.a).toBe(false);
  });

  it('fills in the shared vocabulary and clamps a start outside the bounds', () => {
    const resolved = resolveMeters({ workingRelationship: { start: 150 } });
    expect(resolved.workingRelationship).toMatchObject({
      min: 0,
      max: 100,
      start: 100,
      better: 'higher',
    });
    expect(Object.keys(resolveMeters(undefined))).toEqual([
      'loyaltyConflict',
      'parentTrust',
      'workingRelationship',
      'parentAgency',
    ]);
  });
});
