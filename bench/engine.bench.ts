/**
 * npm run bench — the engine against inkjs on one generated graph of 1,000 scenes.
 *
 * Driehoek: parse + validate the YAML (with a breakdown per step), compile, load, time per choice.
 * inkjs: the same graph as ink, compiled once; load = new Story(json), time per choice.
 * Both walks take the same path (checked), so the per-choice figures compare like with like.
 * The targets are ratios against inkjs in the same run, since machines (and their load) differ:
 * source text → checked ≤ 0.25× inkjs's compile, time per choice ≤ 0.1× inkjs's.
 * Exit code 1 when a ratio is missed: this is a budget check. Absolute figures are printed only.
 */
import { cpus, loadavg } from 'node:os';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { Story } from 'inkjs';
import { createActor, type Actor } from 'xstate';
import {
  availableOptions,
  compileScenario,
  normalizeScenario,
  visibleLines,
  type Scenario,
  type ScenarioMachine,
} from '../src/engine/index.ts';
import {
  checkScenarioSource,
  MAX_SCENARIO_BYTES,
  parseScenarioText,
  ScenarioSchema,
} from '../src/authoring/index.ts';
// Internal steps of checkScenarioSource, timed one by one for the breakdown only.
import { checkEndingTones } from '../src/authoring/check-ending-tones.ts';
import { checkExplored } from '../src/authoring/check-graph.ts';
import { checkLengthTell } from '../src/authoring/check-length-tell.ts';
import { checkReferences } from '../src/authoring/check-references.ts';
import { checkSameVerdicts } from '../src/authoring/check-same-verdicts.ts';
import { checkTranslations } from '../src/authoring/check-translations.ts';
import { checkViolationPaths } from '../src/authoring/check-violation-paths.ts';
import { explore } from '../src/authoring/situations.ts';
import { generateScenario, toInk, toYaml } from './generate.ts';

const SCENES = 1000;
/** Source text → checked (parse + check), as a share of inkjs compiling the same graph. */
const CHECK_RATIO_TARGET = 0.25;
/** Time per choice, as a share of inkjs's time per choice on the same path. */
const CHOICE_RATIO_TARGET = 0.1;
/** Timed runs of the validator, after the first (untimed: it checks that the file is valid). */
const VALIDATE_SAMPLES = 15;
/** Which available option to take at each step (index modulo the options on offer): every route kind gets used. */
const PATTERN = [0, 2, 1, 0, 1, 2, 0];

// ── Measuring ────────────────────────────────────────────────────────────────────────────────

interface Stats {
  median: number;
  p95: number;
  runs: number;
}

/** Run fn warm-up times untimed (JIT, caches), then time it `runs` times. */
function measure(runs: number, warmup: number, fn: () => void): Stats {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

const ms = (value: number) =>
  (value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3)) + ' ms';
const µs = (value: number) => (value * 1000).toFixed(1) + ' µs';
const stat = (s: Stats, unit = ms) => `${unit(s.median)} (p95 ${unit(s.p95)}, n=${s.runs})`;

function table(rows: string[][]) {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log('  ' + row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  │ '));
    if (i === 0) console.log('  ' + widths.map((w) => '─'.repeat(w)).join('──┼─'));
  }
}

// ── The validator, timed ─────────────────────────────────────────────────────────────────────

/**
 * The validator's two public steps, each timed: parse (size, YAML; positions are parsed only once a problem needs one) and
 * check (schema, names, translations, and the graph of every playthrough). The budget is for the
 * check; parsing is reported beside it.
 */
function validateTimed(text: string) {
  const start = performance.now();
  const parsed = parseScenarioText(text, 'bench.yaml', { lang: 'en' });
  const parse = performance.now() - start;
  if (parsed.problems) throw new Error(`parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const result = checkScenarioSource(parsed.source, 'bench.yaml', { lang: 'en' });
  const check = performance.now() - start - parse;
  return { result, parse, check, data: parsed.source.data };
}

/** The check's own steps, timed one by one: where the check's time goes. */
function checkBreakdown(data: unknown) {
  const times = { schema: 0, references: 0, graph: 0, teaching: 0 };
  let start = performance.now();
  const lap = (key: keyof typeof times) => {
    const now = performance.now();
    times[key] = now - start;
    start = now;
  };
  const parsed = ScenarioSchema.parse(data);
  lap('schema');
  checkReferences(parsed);
  checkTranslations(parsed);
  const scenario = normalizeScenario(parsed);
  lap('references');
  const explored = explore(scenario);
  checkExplored(scenario, explored);
  lap('graph');
  checkLengthTell(parsed);
  checkSameVerdicts(parsed);
  checkEndingTones(parsed);
  if (explored) checkViolationPaths(scenario, explored);
  lap('teaching');
  return times;
}

// ── The walks: same pattern, same path ───────────────────────────────────────────────────────

/** Play the scenario with the pattern; per step, what a player needs: the lines and the options on offer. */
function walkDriehoek(scenario: Scenario, actor: Actor<ScenarioMachine>, trail?: string[]) {
  let choices = 0;
  for (
    let snapshot = actor.getSnapshot();
    snapshot.status === 'active';
    snapshot = actor.getSnapshot()
  ) {
    const id = String(snapshot.value);
    trail?.push(id);
    const scene = scenario.scenes[id];
    visibleLines(scene?.lines, snapshot.context);
    if (!scene?.choice) {
      actor.send({ type: 'scene.continue' });
      continue;
    }
    const options = availableOptions(scenario, snapshot.context, id);
    const option = options[(PATTERN[choices % PATTERN.length] ?? 0) % options.length];
    if (!option) throw new Error(`no option on offer in ${id}`);
    actor.send({ type: 'choice.select', option: option.id });
    choices++;
  }
  trail?.push(String(actor.getSnapshot().value));
  return choices;
}

/** The same walk on ink: each knot prints its id first, which is how the trail is read. */
function walkInk(story: Story, trail?: string[]) {
  let choices = 0;
  for (;;) {
    const text = story.ContinueMaximally();
    if (trail) trail.push(...[...text.matchAll(/^(s\d{4}|end_\w+) — /gm)].map((m) => m[1] ?? ''));
    const offered = story.currentChoices.length;
    if (!offered) return choices;
    story.ChooseChoiceIndex((PATTERN[choices % PATTERN.length] ?? 0) % offered);
    choices++;
  }
}

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

function main() {
  console.log(`Driehoek engine benchmark — ${SCENES} generated scenes`);
  console.log(
    `node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );

  const file = generateScenario(SCENES);
  const yaml = toYaml(file);
  const bytes = Buffer.byteLength(yaml);
  const options = Object.values(file.scenes).reduce(
    (n, s) => n + (s.choice?.options.length ?? 0),
    0,
  );
  console.log(
    `scenario: ${SCENES} scenes, ${Object.keys(file.endings).length} endings, ${options} options, ${(bytes / 1024).toFixed(0)} KiB of YAML (file limit ${MAX_SCENARIO_BYTES / 1024} KiB)`,
  );

  // The generated file must be valid, or every figure below is meaningless: fail loudly.
  const first = validateTimed(yaml);
  const { scenario } = first.result;
  if (!scenario) {
    const errors = first.result.problems.filter((p) => p.severity === 'error');
    console.error(
      `The generated scenario has ${errors.length} error(s); first ones:`,
      errors.slice(0, 5),
    );
    process.exit(2);
  }
  if (first.result.problems.length)
    console.log(`(${first.result.problems.length} warning(s) from the validator)`);
  // Only the figures are kept, not each sample's scenario: a validator run holds one scenario.
  const timed = Array.from({ length: VALIDATE_SAMPLES }, () => {
    const { parse, check } = validateTimed(yaml);
    return { parse, check };
  });
  const parse = summarize(timed.map((t) => t.parse));
  const validate = summarize(timed.map((t) => t.check));
  const whole = summarize(timed.map((t) => t.parse + t.check));
  const breakdown = Array.from({ length: VALIDATE_SAMPLES }, () => checkBreakdown(first.data));
  const keys = ['schema', 'references', 'graph', 'teaching'] as const;
  const step = (key: (typeof keys)[number]) => summarize(breakdown.map((t) => t[key]));

  const compile = measure(20, 3, () => compileScenario(scenario));
  const load = measure(20, 3, () => createActor(compileScenario(scenario)).start());

  // ink: compile once (not what a player does), then load the JSON as a player does.
  const inkSource = toInk(file);
  const compileStart = performance.now();
  const inkErrors: string[] = [];
  const compiler = new Compiler(
    inkSource,
    new CompilerOptions(null, [], false, (message) => inkErrors.push(message)),
  );
  let compiled: ReturnType<typeof compiler.Compile>;
  try {
    compiled = compiler.Compile();
  } catch (error) {
    throw new Error(`ink compile: ${inkErrors.slice(0, 5).join('\n') || String(error)}`);
  }
  const inkCompile = performance.now() - compileStart;
  const json = compiled.ToJson();
  if (!json) throw new Error('ink: no JSON');
  const inkLoad = measure(20, 3, () => new Story(json));

  // Same path on both: check it once, outside the timings.
  const machine = compileScenario(scenario);
  const ourTrail: string[] = [];
  const inkTrail: string[] = [];
  const checkActor = createActor(machine).start();
  const checkStory = new Story(json);
  const choices = walkDriehoek(scenario, checkActor, ourTrail);
  const inkChoices = walkInk(checkStory, inkTrail);
  if (choices !== inkChoices || ourTrail.join() !== inkTrail.join()) {
    const at = ourTrail.findIndex((id, i) => id !== inkTrail[i]);
    throw new Error(
      `walks differ at step ${at}: Driehoek ${ourTrail.slice(at, at + 3)} vs ink ${inkTrail.slice(at, at + 3)}`,
    );
  }
  // The same effects ran: the flags and meters end up the same.
  const { flags, meters } = checkActor.getSnapshot().context;
  for (const [name, value] of Object.entries({ ...flags, ...meters })) {
    if (checkStory.variablesState[name] !== value)
      throw new Error(`${name}: Driehoek ${value}, ink ${String(checkStory.variablesState[name])}`);
  }

  // Per choice: the walk's time over its choices; a fresh actor / story each time, made untimed.
  const perChoice = (walk: () => void, setup: () => void) => {
    const samples: number[] = [];
    for (let i = 0; i < 55; i++) {
      setup();
      const start = performance.now();
      walk();
      if (i >= 5) samples.push((performance.now() - start) / choices);
    }
    return summarize(samples);
  };
  let actor = createActor(machine).start();
  const ours = perChoice(
    () => walkDriehoek(scenario, actor),
    () => (actor = createActor(machine).start()),
  );
  let story = new Story(json);
  const ink = perChoice(
    () => walkInk(story),
    () => (story = new Story(json)),
  );

  console.log(
    `\nwalk: ${choices} choices, ${ourTrail.length} steps from ${ourTrail[0]} to ${ourTrail.at(-1)}, the same path in both engines\n`,
  );
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) + '×' : '—');
  table([
    ['metric', 'Driehoek', 'inkjs', 'Driehoek/inkjs'],
    ['validate: check the parsed scenario (schema, names, graph)', stat(validate), '—', ''],
    ['parse the YAML (a sound file needs no positions)', stat(parse), '—', ''],
    [
      'first run, before the code is optimised (parse + check)',
      `${ms(first.parse)} + ${ms(first.check)}`,
      '—',
      '',
    ],
    [
      'source text → checked (ours: parse + check; ink: compile)',
      stat(whole),
      ms(inkCompile),
      ratio(whole.median, inkCompile),
    ],
    ['compile scenario → machine', stat(compile), '—', ''],
    [
      'time to load (ours: compile + start; ink: new Story(json))',
      stat(load),
      stat(inkLoad),
      ratio(load.median, inkLoad.median),
    ],
    ['time per choice', stat(ours, µs), stat(ink, µs), ratio(ours.median, ink.median)],
  ]);

  const sumOfMedians = keys.reduce((sum, key) => sum + step(key).median, 0);
  console.log(`\nthe check, step by step (median of ${VALIDATE_SAMPLES} runs):`);
  table([
    ['step', 'time', 'share'],
    ...keys.map((key) => [
      {
        schema: 'schema (zod)',
        references: 'names and translations',
        graph: 'graph of every playthrough (xstate/graph)',
        teaching: 'domain checks (tells, verdicts, tones, violation paths)',
      }[key],
      stat(step(key)),
      `${((100 * step(key).median) / sumOfMedians).toFixed(0)}%`,
    ]),
  ]);

  const checkRatio = whole.median / inkCompile;
  const choiceRatio = ours.median / ink.median;
  const targets: [string, boolean, string][] = [
    [
      `source text → checked ≤ ${CHECK_RATIO_TARGET}× inkjs compile`,
      checkRatio <= CHECK_RATIO_TARGET,
      `${checkRatio.toFixed(3)}×: ${ms(whole.median)} vs ${ms(inkCompile)}`,
    ],
    [
      `time per choice ≤ ${CHOICE_RATIO_TARGET}× inkjs`,
      choiceRatio <= CHOICE_RATIO_TARGET,
      `${choiceRatio.toFixed(3)}×: ${µs(ours.median)} vs ${µs(ink.median)}`,
    ],
  ];
  console.log('\ntargets:');
  for (const [name, ok, detail] of targets)
    console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name} (${detail})`);
  process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;
}

main();
