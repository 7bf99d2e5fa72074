/**
 * Saved runs: a versioned envelope holding the run's events (the source of truth), its persisted
 * snapshot, and the scenario's id, version and content hash. Loading checks each of them and
 * replays the events, so a save from another scenario version or one edited by hand is refused
 * with a reason instead of being half-loaded.
 */
import * as z from 'zod/mini';
import type { ScenarioMachine } from './compile.ts';
import { canonicalJson, contentHash } from './hash.ts';
import { replay, type RunSnapshot } from './replay.ts';
import type { Scenario } from './scenario.ts';
import type { RunEvent } from './run.types.ts';

export const SAVE_FORMAT = 'driehoek.run';
/** Bump when the envelope changes; keep reading versions down to MIN_READABLE_SAVE_VERSION. */
export const SAVE_VERSION = 1;
export const MIN_READABLE_SAVE_VERSION = 1;

const RunEventSchema = z.union([
  z.strictObject({ type: z.literal('choice.select'), option: z.string() }),
  z.strictObject({ type: z.literal('scene.continue') }),
]);

const RunSaveSchema = z.object({
  format: z.literal(SAVE_FORMAT),
  saveVersion: z.int(),
  scenario: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  savedAt: z.string(),
  events: z.array(RunEventSchema),
  snapshot: z.record(z.string(), z.unknown()),
  checksum: z.string(),
});

export type RunSave = z.infer<typeof RunSaveSchema>;

export type RestoreRefusal =
  'not-a-save' | 'newer-save' | 'older-save' | 'other-scenario' | 'scenario-changed' | 'tampered';

export type RestoreResult =
  | { ok: true; snapshot: RunSnapshot; events: RunEvent[] }
  | { ok: false; reason: RestoreRefusal; detail: string };

const hashes = new WeakMap<Scenario, string>();

/** The fingerprint of a scenario's content (computed once per scenario object: saves need it often). */
export function scenarioHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) hashes.set(scenario, (hash = contentHash(scenario)));
  return hash;
}

/**
 * Fix the fingerprint of a scenario to the one it was released under: an archived release is
 * normalised after it was hashed (see release.ts), and its runs must still match it.
 */
export function releasedUnder(scenario: Scenario, hash: string): void {
  hashes.set(scenario, hash);
}

/** A save of the run that these events produced. */
export function createSave(
  scenario: Scenario,
  machine: ScenarioMachine,
  events: readonly RunEvent[],
  now: Date = new Date(),
): RunSave {
  const snapshot = replay(machine, events);
  if (!snapshot) throw new Error('These events do not make a run of this scenario.');
  const persisted = machine.getPersistedSnapshot(snapshot) as unknown as Record<string, unknown>;
  const body = { events: [...events], snapshot: persisted };
  return {
    format: SAVE_FORMAT,
    saveVersion: SAVE_VERSION,
    scenario: { id: scenario.id, version: scenario.version, hash: scenarioHash(scenario) },
    savedAt: now.toISOString(),
    ...body,
    checksum: contentHash(body),
  };
}

/** Check a save against the scenario and rebuild its run, or say why it cannot be loaded. */
export function restoreSave(
  scenario: Scenario,
  machine: ScenarioMachine,
  data: unknown,
): RestoreResult {
  const refuse = (reason: RestoreRefusal, detail: string): RestoreResult => ({
    ok: false,
    reason,
    detail,
  });
  const parsed = RunSaveSchema.safeParse(data);
  if (!parsed.success) return refuse('not-a-save', 'The data is not a saved Driehoek run.');
  const save = parsed.data;
  if (save.saveVersion > SAVE_VERSION) {
    return refuse('newer-save', `Saved by a newer Driehoek (save version ${save.saveVersion}).`);
  }
  if (save.saveVersion < MIN_READABLE_SAVE_VERSION) {
    return refuse('older-save', `Saved by an older Driehoek (save version ${save.saveVersion}).`);
  }
  if (save.scenario.id !== scenario.id) {
    return refuse(
      'other-scenario',
      `The save belongs to scenario '${save.scenario.id}', not '${scenario.id}'.`,
    );
  }
  if (save.scenario.hash !== scenarioHash(scenario)) {
    return refuse(
      'scenario-changed',
      `The scenario has changed since this run was saved (saved with version ${save.scenario.version}, now ${scenario.version}).`,
    );
  }
  if (save.checksum !== contentHash({ events: save.events, snapshot: save.snapshot })) {
    return refuse('tampered', 'The save has been changed after it was written.');
  }
  const snapshot = replay(machine, save.events);
  const matches =
    snapshot !== undefined &&
    canonicalJson(machine.getPersistedSnapshot(snapshot)) === canonicalJson(save.snapshot);
  if (!snapshot || !matches)
    return refuse('tampered', 'The saved state does not follow from the saved choices.');
  return { ok: true, snapshot, events: save.events };
}
