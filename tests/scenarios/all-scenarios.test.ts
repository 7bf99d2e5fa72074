/** Model-based checks that hold for every scenario, explored with xstate/graph. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { availableOptions, eventsOnOffer, compileScenario, localize, respectfulPath, type Option, type RunEvent, type Scenario } from '../../src/engine/index.ts';
import { choose, CONTINUE, loadScenario, play } from '../support/scenarios.ts';

const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml'));

/** Every situation a run can be in (everything but the history in the key), with its shortest path. */
function explore(scenario: Scenario) {
  const machine = compileScenario(scenario);
  return getShortestPaths(machine, {
    events: (snapshot) =>
      snapshot.status === 'active' ? eventsOnOffer(scenario, String(snapshot.value), snapshot.context) : [],
    serializeState: ({ value, context }) =>
      JSON.stringify([value, context.week, context.meters, context.flags, context.pending, context.history.map((c) => c.option)]),
  });
}

/** Play by one fixed rule, e.g. "always the longest option"; returns the ending reached. */
function playByRule(scenario: Scenario, pick: (options: Option[]) => Option) {
  const actor = play(scenario);
  for (let step = 0; step < 100 && actor.getSnapshot().status === 'active'; step++) {
    const snapshot = actor.getSnapshot();
    const scene = String(snapshot.value);
    const options = availableOptions(scenario, snapshot.context, scene);
    actor.send(scenario.scenes[scene]?.choice ? choose(pick(options).id) : CONTINUE);
  }
  return String(actor.getSnapshot().value);
}

const length = (o: Option, lang: 'nl' | 'en') => localize(o.text, lang).length;
const longest = (lang: 'nl' | 'en') => (os: Option[]) =>
  os.reduce((a, b) => (length(b, lang) > length(a, lang) ? b : a));

/** Words that make an answer sound kind or deferential: a trainee must not win by counting them. */
const WARM_WORDS = {
  nl: ['begrijp', 'snap', 'fijn', 'graag', 'samen', 'gerust', 'natuurlijk', 'echt', 'even', 'u', 'jullie', 'mag ik', 'zou', 'misschien', 'helemaal', 'goed', 'dank', 'prima'],
  en: ['understand', 'glad', 'together', 'of course', 'really', 'just', 'may i', 'would', 'perhaps', 'please', 'totally', 'thank', 'good', 'fine', 'happy'],
};
/** How many warm words an option has: phrases as written, single words also as stems (begrijp-t). */
function warmth(o: Option, lang: 'nl' | 'en'): number {
  const words = localize(o.text, lang).toLowerCase().split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const text = ` ${words.join(' ')} `;
  return WARM_WORDS[lang].reduce((sum, warm) => {
    if (warm.includes(' ')) return sum + text.split(` ${warm} `).length - 1;
    const stem = warm.length >= 4;
    return sum + words.filter((w) => w === warm || (stem && w.startsWith(warm))).length;
  }, 0);
}
const warmest = (lang: 'nl' | 'en') => (os: Option[]) =>
  os.reduce((a, b) => (warmth(b, lang) > warmth(a, lang) ? b : a));

const RULES: [string, (options: Option[]) => Option][] = [
  ['always the longest answer in Dutch', longest('nl')],
  ['always the longest answer in English', longest('en')],
  ['always the shortest answer', (os) => os.reduce((a, b) => (length(b, 'nl') < length(a, 'nl') ? b : a))],
  ['always the first answer', (os) => os[0] as Option],
  ['always the last answer', (os) => os.at(-1) as Option],
  ['always the warmest answer in Dutch', warmest('nl')],
  ['always the warmest answer in English', warmest('en')],
];

describe.each(files)('scenarios/%s', (file) => {
  const scenario = loadScenario(`scenarios/${file}`);
  const paths = explore(scenario);

  it('meets the minimum size: 3+ scenes over time, 4+ choice points of 3+ options, 3+ endings', () => {
    const scenes = Object.values(scenario.scenes);
    const choices = scenes.filter((s) => s.choice);
    expect(scenes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scenes.map((s) => s.week)).size).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeGreaterThanOrEqual(4);
    for (const scene of choices) expect(scene.choice?.options.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(scenario.endings).length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(scenario.endings).map((e) => e.tone))).toEqual(new Set(['good', 'mixed', 'poor']));
  });

  it('reaches every ending from the start', () => {
    const reached = new Set(paths.filter((p) => p.state.status === 'done').map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(scenario.endings).sort());
  });

  it('reaches every scene from the start', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const id of Object.keys(scenario.scenes)) expect(reached, id).toContain(id);
  });

  it('keeps every meter within its bounds in every explored situation', () => {
    expect(paths.length).toBeGreaterThan(10);
    for (const { state } of paths) {
      for (const [id, value] of Object.entries(state.context.meters)) {
        const { min, max } = scenario.meters[id] ?? { min: NaN, max: NaN };
        expect(value, `${id} in ${String(state.value)}`).toBeGreaterThanOrEqual(min);
        expect(value, `${id} in ${String(state.value)}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('replays each explored path to the same situation through a live actor', () => {
    for (const path of paths.filter((p) => p.state.status === 'done')) {
      // The first step is the machine's own start (xstate.init), not a trainee's event.
      const events = path.steps
        .map((s) => s.event as { type: string })
        .filter((e): e is RunEvent => e.type !== 'xstate.init');
      expect(events.length).toBeGreaterThan(0);
      const actor = play(scenario, events);
      expect(actor.getSnapshot().value).toBe(path.state.value);
      expect(actor.getSnapshot().context.meters).toEqual(path.state.context.meters);
    }
  });

  it('has a fully respectful path to a good ending', () => {
    const path = respectfulPath(scenario);
    expect(path).toMatchObject({ violations: 0, strains: 0 });
    expect(scenario.endings[path?.ending ?? '']?.tone).toBe('good');
  });

  it.each(RULES)('cannot be won by a simple rule: %s', (_name, rule) => {
    const ending = playByRule(scenario, rule);
    expect(scenario.endings[ending]?.tone, `ended in ${ending}`).not.toBe('good');
  });
});
