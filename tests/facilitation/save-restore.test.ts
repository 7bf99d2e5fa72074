/**
 * A saved or received flow that was damaged or edited by hand is refused by `restore`, and what it
 * lets through never makes the screens' selectors or the next step throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { availableOptions, discussionPrompts, type Scenario } from '../../src/engine/index.ts';
import { caseView } from '../../src/facilitation/case-view.ts';
import {
  createFlowMachine,
  PHASES,
  restore,
  revealedVerdicts,
  snapshotOf,
  type FlowSave,
  type FlowSnapshot,
} from '../../src/facilitation/index.ts';
import { loadScenario, noorText, scenarioFromText } from '../support/scenarios.ts';
import { inconsistencies } from './invariants.ts';
import { BACK, NEXT, playRoom, stepFlow } from './support.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261202) });

const noor = scenarioFromText(noorText());
const saskia = loadScenario('scenarios/saskia.yaml');
const noorMachine = createFlowMachine(noor);
const saskiaMachine = createFlowMachine(saskia);

/** A save as it arrives: parsed JSON, nothing shared with the live flow. */
const wire = (snapshot: FlowSnapshot) =>
  JSON.parse(JSON.stringify(snapshotOf(snapshot))) as FlowSave;

/** Every position of a room that takes the first option on offer, then "what if" on the first. */
function positions(scenario: Scenario) {
  const machine = createFlowMachine(scenario);
  const played = playRoom(scenario, (offered) => offered[0]!, machine);
  const whatIf = stepFlow(machine, [{ type: 'WHATIF', choice: 0 }], played.at(-1));
  return [...played, whatIf];
}
const noorPlayed = positions(noor);
const saskiaPlayed = positions(saskia);

describe('a valid save', () => {
  it.each([
    ['Noor', noor, noorMachine, noorPlayed],
    ['Saskia', saskia, saskiaMachine, saskiaPlayed],
  ] as const)('of every position a room reaches in %s comes back the same', (_, s, m, played) => {
    expect(played.map((p) => p.value)).toEqual(expect.arrayContaining([...PHASES]));
    for (const snapshot of played) {
      const restored = restore(m, s, wire(snapshot));
      expect(restored?.value, `${snapshot.value} at ${snapshot.context.at}`).toBe(snapshot.value);
      expect(restored?.context).toEqual(snapshot.context);
    }
  });
});

/** Noor in the consequences of its choice point: a decision, votes, a run with history, a past. */
const decided = noorPlayed.find((s) => s.value === 'consequences')!;
const atScene = noorPlayed.find((s) => s.value === 'scene' && s.context.at === 'week-later')!;
const atEnding = noorPlayed.find((s) => s.value === 'ending')!;
const afterWhatIf = noorPlayed.at(-1)!;

type Json = Record<string, unknown> & FlowSave['context'];
/** A copy of a save, changed by `damage`: the context is handed over loosely typed, as JSON is. */
function damaged(from: FlowSnapshot, damage: (c: Json, save: Record<string, unknown>) => void) {
  const save = wire(from) as unknown as Record<string, unknown> & FlowSave;
  damage(save.context as Json, save);
  return save;
}
const set = (value: unknown) => value as never;

describe('a damaged or edited save is refused', () => {
  it('starts from saves that restore', () => {
    for (const s of [decided, atScene, atEnding, afterWhatIf])
      expect(
        restore(
          noorMachine,
          noor,
          damaged(s, () => {}),
        ),
      ).toBeDefined();
  });

  it.each<[string, FlowSnapshot, (c: Json, save: Record<string, unknown>) => void]>([
    ['linesShown "x"', atScene, (c) => (c.linesShown = set('x'))],
    ['linesShown negative', atScene, (c) => (c.linesShown = -1)],
    ['linesShown fractional', atScene, (c) => (c.linesShown = 0.5)],
    ['more lines shown than the scene has', atScene, (c) => (c.linesShown = 2)],
    ['more reaction lines shown than there are', decided, (c) => (c.linesShown = 1)],
    ['more ending lines shown than it has', atEnding, (c) => (c.linesShown = 9)],
    ['run.meters null', decided, (c) => (c.run.meters = set(null))],
    ['a meter of another case', decided, (c) => (c.run.meters.parentTrust = 50)],
    ['a meter missing', decided, (c) => delete c.run.meters.loyaltyConflict],
    ['a meter beyond its bounds', decided, (c) => (c.run.meters.loyaltyConflict = 1000)],
    ['a meter that is no number', decided, (c) => (c.run.meters.loyaltyConflict = set('10'))],
    ['a flag of another case', decided, (c) => (c.run.flags.promisedSilence = true)],
    ['a week below zero', decided, (c) => (c.run.week = -1)],
    ['a history entry of another scene', decided, (c) => (c.run.history = set([{}]))],
    ['a timeline step not in the case', atScene, (c) => (c.run.timeline[0]!.step = 'nowhere')],
    ['at no-such-scene', atScene, (c) => (c.at = 'no-such-scene')],
    ['at a name every object has', atScene, (c) => (c.at = 'toString')],
    ['at an ending outside the ending phases', decided, (c) => (c.at = 'open')],
    ['at a scene in the ending phase', atEnding, (c) => (c.at = 'meeting')],
    [
      'voting at a scene without a choice',
      atScene,
      (c, s) => ((s.phase = 'voting'), (c.votes = { counts: {}, source: 'hands' })),
    ],
    ['options at a scene without a choice', atScene, (_, s) => (s.phase = 'options')],
    ['revealed 99', decided, (c) => (c.revealed = 99)],
    ['revealed 4', decided, (c) => (c.revealed = 4)],
    ['revealed fractional', decided, (c) => (c.revealed = 1.5)],
    ['verdicts revealed before a decision', atScene, (c) => (c.revealed = 1)],
    ['a choice whose option is not in its scene', decided, (c) => (c.choices[0]!.option = 'nope')],
    ['a choice offering a stranger', decided, (c) => c.choices[0]!.offered.push('nope')],
    ['a choice of no scene', decided, (c) => (c.choices[0]!.scene = 'nowhere')],
    ['a choice at a scene without a choice', decided, (c) => (c.choices[0]!.scene = 'week-later')],
    ['a choice without its verdicts', decided, (c) => (c.choices[0]!.verdicts = set({}))],
    [
      'a verdict of an unknown kind',
      decided,
      (c) => (c.choices[0]!.verdicts.emotional.verdict = set('fine')),
    ],
    ['a choice missing from the run', decided, (c) => (c.choices = [])],
    ['negative votes', decided, (c) => (c.votes!.counts[c.choices[0]!.option] = -2)],
    ['fractional votes', decided, (c) => (c.votes!.counts[c.choices[0]!.option] = 1.5)],
    ['votes for a stranger', decided, (c) => (c.votes!.counts.nope = 1)],
    ['votes of an unknown source', decided, (c) => (c.votes!.source = set('email'))],
    ['votes in the scene phase', atScene, (c) => (c.votes = { counts: {}, source: 'hands' })],
    ['no votes after a decision', decided, (c) => (c.votes = null)],
    [
      'a choice with negative votes',
      decided,
      (c) => (c.choices[0]!.votes.counts[c.choices[0]!.option] = -1),
    ],
    ['timer.runningSince "soon"', decided, (c) => (c.timer.runningSince = set('soon'))],
    ['a negative duration', decided, (c) => (c.timer.durationMs = -1)],
    [
      'a timer without elapsed time',
      decided,
      (c) => delete (c.timer as Partial<typeof c.timer>).elapsedMs,
    ],
    ['blackout "yes"', decided, (c) => (c.blackout = set('yes'))],
    ['help missing', decided, (c) => delete (c as Partial<Json>).help],
    ['garbage in past', decided, (c) => (c.past[0] = set({ at: { deep: [1, { x: null }] } }))],
    ['a past position at no step', decided, (c) => (c.past[0]!.at = 'nowhere')],
    ['a past position in no phase', decided, (c) => (c.past[0]!.phase = set('lobby'))],
    [
      'a past position with its own past',
      decided,
      (c) => (c.past[0] = set({ ...c.past[0], past: [] })),
    ],
    ['past no array', decided, (c) => (c.past = set('x'))],
    ['an earlier path left nowhere', afterWhatIf, (c) => (c.earlierPaths[0]!.leftAt = 'nowhere')],
    [
      'an earlier path with a stranger option',
      afterWhatIf,
      (c) => (c.earlierPaths[0]!.choices[0]!.option = 'x'),
    ],
    ['an unknown key in the context', decided, (c) => (c.extra = 1)],
    [
      'an unknown key in the run',
      decided,
      (c) => ((c.run as unknown as Record<string, unknown>).extra = 1),
    ],
    ['another case', decided, (c) => (c.scenarioId = 'saskia')],
    ['another version', decided, (_, s) => (s.version = 2)],
    ['no context', decided, (_, s) => delete s.context],
  ])('%s', (_, from, damage) => {
    expect(restore(noorMachine, noor, damaged(from, damage))).toBeUndefined();
  });

  it.each([null, 'hello', 42, [], {}, { version: 1 }])('not a save at all: %j', (data) => {
    expect(restore(noorMachine, noor, data)).toBeUndefined();
  });
});

/** A path to a value in JSON: keys and indices from the top. */
type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, v]) => pathsOf(v, [...path, key]))];
}

type Container = Record<string | number, unknown>;
const parentOf = (root: Container, path: Path) =>
  path.slice(0, -1).reduce<Container>((node, key) => node[key] as Container, root);

/** Which value to change: the `at`-th of those at most `depth` deep (shallow ones are few but vital). */
type Mutation = {
  kind: 'set' | 'delete' | 'add';
  depth: number;
  at: number;
  value: unknown;
  key: string;
};

/** Change the JSON in place: set a value somewhere, delete a key or element, or add a key. */
function mutate(root: { save: unknown }, { kind, depth, at, value, key }: Mutation) {
  const paths = pathsOf(root.save, ['save']).filter((p) => p.length <= depth + 1);
  const path = paths[at % paths.length]!;
  const parent = parentOf(root as Container, path);
  const last = path.at(-1)!;
  if (kind === 'set') parent[last] = value;
  else if (kind === 'delete' && Array.isArray(parent)) parent.splice(last as number, 1);
  else if (kind === 'delete') delete parent[last];
  else {
    const node = parent[last];
    if (typeof node === 'object' && node !== null && !Array.isArray(node))
      Object.defineProperty(node, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
}

/** What the presenter and the audience read of a restored flow. */
function readLikeTheScreens(scenario: Scenario, snapshot: FlowSnapshot) {
  const { context } = snapshot;
  const view = caseView(scenario);
  revealedVerdicts(context);
  view.offered(context);
  view.stepLines(context);
  view.reactionLines(context);
  view.stepped(context);
  availableOptions(scenario, context.run, context.at);
  if (Object.hasOwn(scenario.scenes, context.at)) discussionPrompts(scenario, context.at);
}

describe.each([
  ['Noor', noor, noorMachine, noorPlayed],
  ['Saskia', saskia, saskiaMachine, saskiaPlayed.slice(0, 25)],
] as const)('random damage to a save of %s', (_, scenario, machine, played) => {
  const ids = [
    ...Object.keys(scenario.scenes),
    ...Object.keys(scenario.endings),
    ...Object.values(scenario.scenes).flatMap((s) => s.choice?.options.map((o) => o.id) ?? []),
    ...PHASES,
    'toString',
  ];
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.integer({ min: -2, max: 12 }),
    fc.double(),
    fc.constantFrom(...ids),
  );
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    kind: fc.constantFrom('set', 'set', 'delete', 'add'),
    depth: fc.integer({ min: 1, max: 8 }),
    at: fc.nat(),
    value,
    key: fc.oneof(fc.string(), fc.constantFrom('past', 'phase', 'extra', 'constructor')),
  });

  it('never throws, and what it restores the screens and the next step can read', () => {
    let restored = 0;
    fc.assert(
      fc.property(
        fc.nat(played.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          const root = { save: wire(played[index]!) as unknown };
          for (const m of mutations) mutate(root, m);
          const snapshot = restore(machine, scenario, root.save);
          if (!snapshot) return;
          restored++;
          readLikeTheScreens(scenario, snapshot);
          // What it lets through is a position the flow itself could stand in, BACK's too.
          expect(inconsistencies(scenario, snapshot)).toEqual([]);
          const [back] = transition(machine, snapshot, BACK);
          expect(inconsistencies(scenario, back)).toEqual([]);
          transition(machine, snapshot, NEXT);
        },
      ),
      { numRuns: 200 },
    );
    // Some damage is harmless (a count, a clock): the checks above must have met some of it.
    expect(restored).toBeGreaterThan(0);
  }, 30_000);
});
