/** Shared helpers for engine tests: load a scenario file, play events, read the result. */
import { readdirSync, readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { parse } from 'yaml';
import {
  compileScenario,
  normalizeScenario,
  type RunEvent,
  type Scenario,
} from '../../src/engine/index.ts';
import { ScenarioSchema, validateScenarioText, type Problem } from '../../src/authoring/index.ts';

export function loadScenario(path: string): Scenario {
  return scenarioFromText(readFileSync(path, 'utf8'), path);
}

export function scenarioFromText(text: string, file = 'test.yaml'): Scenario {
  const { scenario, problems } = validateScenarioText(text, file, { lang: 'en' });
  if (!scenario)
    throw new Error(
      `${file} does not validate:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`,
    );
  return scenario;
}

/** A scenario that passes the schema only: for engine behaviour the validator would flag. */
export function unvalidatedScenario(text: string): Scenario {
  return normalizeScenario(ScenarioSchema.parse(parse(text)));
}

export const choose = (option: string): RunEvent => ({ type: 'choice.select', option });
export const CONTINUE: RunEvent = { type: 'scene.continue' };

/** Start a live actor on a scenario and send it events; returns the actor. */
export function play(scenario: Scenario, events: RunEvent[] = []) {
  const actor = createActor(compileScenario(scenario)).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** A copy of a text with one exact piece replaced; fails when the piece is not there. */
export function mutate(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`mutate: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}

/** The ids of the built-in cases: every scenarios/*.yaml. */
export const BUILT_IN_CASES = readdirSync('scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

export const NOOR_PATH = 'docs/examples/noor.yaml';
export const noorText = () => readFileSync(NOOR_PATH, 'utf8');

/** Noor with the discussion prompts of its choice left out: for tests that write their own, or none. */
export function noorWithoutDiscussion(): string {
  const text = noorText();
  const without = text.replace(/^ {6}discuss:\n(?: {8}- .*\n)+/m, '');
  if (without === text) throw new Error('noorWithoutDiscussion: no discuss: block in Noor');
  return without;
}

/**
 * Noor, the format's example, is kept minimal: two endings, good and poor. The validator warns that
 * a case wants a mixed ending too; tests of the other checks leave that one warning out.
 */
export const NOOR_TONE_WARNING = 'ending-tone-missing';
export const withoutToneWarning = (problems: Problem[]): Problem[] =>
  problems.filter((p) => p.code !== NOOR_TONE_WARNING);
