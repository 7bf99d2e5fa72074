import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import {
  answersOnOffer,
  availableOptions,
  holds,
  reflectionQuestionsFor,
  stepRun,
  transcript,
  type RunContext,
  type RunEvent,
  type Scenario,
} from '../../src/engine/index.ts';
import { validateScenarioText } from '../../src/authoring/index.ts';
import { CONTINUE, choose, loadScenario, NOOR_PATH, noorText, play } from '../support/scenarios.ts';

// A fixed seed keeps CI deterministic; set FC_SEED to explore other inputs locally.
fc.configureGlobal({
  seed: Number(process.env.FC_SEED ?? 20261122),
  interruptAfterTimeLimit: 20_000,
});
vi.setConfig({ testTimeout: 60_000 });

const scenarioFiles = [
  NOOR_PATH,
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
];
const MAX_STEPS = 100;
const randomPicks = fc.array(fc.nat(), { minLength: MAX_STEPS, maxLength: MAX_STEPS });

/** What a pick does where the run is: take an option on offer, or continue. */
function eventOf(scenario: Scenario, scene: string, context: RunContext, pick: number): RunEvent {
  const options = availableOptions(scenario, context, scene);
  return scenario.scenes[scene]?.choice
    ? choose(options[pick % options.length]?.id ?? '')
    : CONTINUE;
}

/**
 * The steps of a random playthrough, until an ending: the run before each step, its scene, and the
 * event the pick makes there. The caller sends the event.
 */
function* randomSteps(actor: ReturnType<typeof play>, scenario: Scenario, picks: number[]) {
  for (const pick of picks) {
    const before = actor.getSnapshot();
    if (before.status === 'done') return;
    const scene = String(before.value);
    yield { before, scene, event: eventOf(scenario, scene, before.context, pick) };
  }
}

describe.each(scenarioFiles)('random playthroughs of %s', (file) => {
  const scenario = loadScenario(file);

  it('never throw, always reach an ending, and keep meters in bounds', () => {
    fc.assert(
      fc.property(randomPicks, (picks) => {
        const actor = play(scenario);
        for (const { before, scene, event } of randomSteps(actor, scenario, picks)) {
          expect(before.can(event), `${JSON.stringify(event)} in ${scene}`).toBe(true);
          actor.send(event);
        }
        const { status, context } = actor.getSnapshot();
        expect(status).toBe('done');
        for (const [id, value] of Object.entries(context.meters)) {
          const meter = scenario.meters[id];
          expect(value).toBeGreaterThanOrEqual(meter?.min ?? -Infinity);
          expect(value).toBeLessThanOrEqual(meter?.max ?? Infinity);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ask, at the end, only reflection questions whose `about` scene the run chose in', () => {
    fc.assert(
      fc.property(randomPicks, (picks) => {
        const actor = play(scenario);
        for (const { event } of randomSteps(actor, scenario, picks)) actor.send(event);
        const { context } = actor.getSnapshot();
        const chosenIn = new Set(context.history.map((choice) => choice.scene));
        const asked = reflectionQuestionsFor(scenario, context);
        for (const question of asked) {
          if (question.about !== undefined) expect(chosenIn).toContain(question.about);
          expect(holds(question.if, context)).toBe(true);
        }
        // Every question left out is one whose condition or scene does not fit this run.
        for (const question of (scenario.reflection ?? []).filter((q) => !asked.includes(q)))
          expect(
            !holds(question.if, context) ||
              (question.about !== undefined && !chosenIn.has(question.about)),
          ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('take the same steps as the plain step functions, which can leave the records out', () => {
    fc.assert(
      fc.property(randomPicks, (picks) => {
        const actor = play(scenario);
        for (const { before, scene, event } of randomSteps(actor, scenario, picks)) {
          const recorded = stepRun(scenario, scene, before.context, event);
          const unrecorded = stepRun(scenario, scene, before.context, event, false);
          actor.send(event);
          const after = actor.getSnapshot();
          expect(recorded).toEqual({ at: String(after.value), run: after.context });
          const { meters, flags, week, pending, landed, timeline } = after.context;
          expect(unrecorded?.at).toBe(String(after.value));
          expect(unrecorded?.run).toMatchObject({ meters, flags, week, pending, landed });
          expect(unrecorded?.run.history).toBe(before.context.history);
          expect(unrecorded?.run.timeline).toBe(before.context.timeline);
          expect(timeline.length).toBe(before.context.timeline.length + 1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('prepare, for each option on offer, exactly the turn the machine adds on choosing it', () => {
    fc.assert(
      fc.property(randomPicks, (picks) => {
        const actor = play(scenario);
        for (const { before, scene, event } of randomSteps(actor, scenario, picks)) {
          const answers = answersOnOffer(scenario, actor.logic, before);
          expect(actor.getSnapshot(), 'working out the answers leaves the run alone').toBe(before);
          const offered = scenario.scenes[scene]?.choice
            ? availableOptions(scenario, before.context, scene)
            : [];
          expect(answers.map((answer) => answer.option.id)).toEqual(offered.map((o) => o.id));
          actor.send(event);
          const made = transcript(scenario, actor.getSnapshot().context).findLast(
            (turn) => turn.kind === 'choice',
          );
          if (event.type === 'choice.select') {
            expect(answers.find((answer) => answer.option.id === event.option)).toEqual(made);
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('the validator on random and broken input', () => {
  const isProblemList = (text: string) => {
    const { problems, scenario } = validateScenarioText(text, 'random.yaml', { lang: 'en' });
    expect(Array.isArray(problems)).toBe(true);
    for (const problem of problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.hint.length).toBeGreaterThan(0);
    }
    // Either a scenario or at least one error: never neither.
    expect(scenario !== undefined || problems.some((p) => p.severity === 'error')).toBe(true);
  };

  it('gives a structured problem list for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), isProblemList), {
      numRuns: 300,
    });
  });

  it('gives a structured problem list for any YAML data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => isProblemList(stringify(value))),
      { numRuns: 300 },
    );
  });

  it('gives a structured problem list for the example with lines deleted, doubled or cut', () => {
    const lines = noorText().split('\n');
    const edit = fc.record({
      at: fc.nat(lines.length - 1),
      kind: fc.constantFrom('delete', 'double', 'cut', 'indent'),
      cut: fc.nat(40),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = [...lines];
        for (const { at, kind, cut } of edits) {
          const line = copy[at % copy.length] ?? '';
          if (kind === 'delete') copy.splice(at % copy.length, 1);
          if (kind === 'double') copy.splice(at % copy.length, 0, line);
          if (kind === 'cut') copy[at % copy.length] = line.slice(0, cut);
          if (kind === 'indent') copy[at % copy.length] = ` ${line}`;
        }
        isProblemList(copy.join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a structured problem list when the example’s values are replaced by random ones', () => {
    const pathsOf = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value && typeof value === 'object'
        ? [
            path,
            ...Object.entries(value).flatMap(([k, v]) =>
              pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k]),
            ),
          ]
        : [path];
    const raw = parse(noorText());
    const paths = pathsOf(raw).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.jsonValue(), (at, replacement) => {
        const copy = JSON.parse(JSON.stringify(raw));
        const path = paths[at] as (string | number)[];
        let target = copy;
        for (const step of path.slice(0, -1)) target = target[step];
        target[path.at(-1) as string | number] = replacement;
        isProblemList(stringify(copy));
      }),
      { numRuns: 300 },
    );
  });
});
