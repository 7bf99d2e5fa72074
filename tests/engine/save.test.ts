import { describe, expect, it } from 'vitest';
import { compileScenario, createSave, restoreSave, SAVE_VERSION } from '../../src/engine/index.ts';
import { choose, CONTINUE, mutate, noorText, scenarioFromText } from '../support/scenarios.ts';

const noor = scenarioFromText(noorText());
const machine = compileScenario(noor);
const events = [choose('lecture')];
const fresh = () =>
  JSON.parse(JSON.stringify(createSave(noor, machine, events, new Date('2026-11-01T10:00:00Z'))));

describe('saved runs', () => {
  it('round-trip through JSON to the same run', () => {
    const result = restoreSave(noor, machine, fresh());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot.value).toBe('week-later');
    expect(result.snapshot.context.flags.lecturedNoor).toBe(true);
    expect(result.events).toEqual(events);
  });

  it('carry the scenario id, version and content hash', () => {
    const save = fresh();
    expect(save).toMatchObject({
      format: 'driehoek.run',
      saveVersion: SAVE_VERSION,
      scenario: { id: 'noor', version: '1.0.0' },
    });
    expect(save.scenario.hash).toMatch(/^[0-9a-f]{14}$/);
  });

  it('refuse what is not a save', () => {
    expect(restoreSave(noor, machine, { hello: 1 })).toMatchObject({
      ok: false,
      reason: 'not-a-save',
    });
    expect(restoreSave(noor, machine, null)).toMatchObject({ ok: false, reason: 'not-a-save' });
  });

  it('refuse a save from a newer version of the save format', () => {
    expect(restoreSave(noor, machine, { ...fresh(), saveVersion: SAVE_VERSION + 1 })).toMatchObject(
      { ok: false, reason: 'newer-save' },
    );
  });

  it('refuse a save of another scenario', () => {
    const save = fresh();
    expect(
      restoreSave(noor, machine, { ...save, scenario: { ...save.scenario, id: 'saskia' } }),
    ).toMatchObject({ ok: false, reason: 'other-scenario' });
  });

  it('refuse a save made with different scenario content', () => {
    const edited = scenarioFromText(mutate(noorText(), 'parentAgency: -10', 'parentAgency: -15'));
    const result = restoreSave(edited, compileScenario(edited), fresh());
    expect(result).toMatchObject({ ok: false, reason: 'scenario-changed' });
  });

  it('refuse a save whose snapshot was edited', () => {
    const save = fresh();
    save.snapshot.context.meters.parentAgency = 100;
    expect(restoreSave(noor, machine, save)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('refuse a save whose events and snapshot were edited together', () => {
    // A consistent-looking forgery: a new checksum, but the snapshot does not follow from the events.
    const forged = createSave(noor, machine, [choose('offer-meeting'), CONTINUE]);
    const save = { ...fresh(), events: forged.events, checksum: forged.checksum };
    expect(restoreSave(noor, machine, save)).toMatchObject({ ok: false, reason: 'tampered' });
  });

  it('refuse to save events that are not a run of the scenario', () => {
    expect(() => createSave(noor, machine, [choose('nonsense')])).toThrow(/do not make a run/);
  });
});
