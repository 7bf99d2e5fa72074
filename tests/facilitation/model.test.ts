/** Model-based checks of the facilitation flow, explored with xstate/graph over Noor and Saskia. */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { adjacencyMapToArray, getAdjacencyMap } from 'xstate/graph';
import { HIERARCHIES, isEnding, type Scenario } from '../../src/engine/index.ts';
import {
  createFlowMachine,
  PHASES,
  positionOf,
  revealedVerdicts,
  type FlowEvent,
  type FlowSnapshot,
  type Phase,
} from '../../src/facilitation/index.ts';
import { loadScenario, noorText, scenarioFromText } from '../support/scenarios.ts';
import { inconsistencies } from './invariants.ts';
import {
  stepFlow,
  BACK,
  BLACKOUT,
  CLOSE,
  hands,
  MAJORITY,
  NEXT,
  OPEN,
  offeredAt,
  pick,
  REVEAL,
} from './support.ts';

const DISCUSS: FlowEvent = { type: 'DISCUSS' };

/**
 * The room's main road: NEXT, open, a vote for each option alone, close, the majority. Wider event
 * sets (ties, picks, BACK, "what if") are explored in full on Noor; on Saskia they are tried from a
 * sample of the states reached, since each one multiplies a state space of thousands.
 */
function roadEvents(scenario: Scenario) {
  return (snapshot: FlowSnapshot): FlowEvent[] => {
    const votes =
      snapshot.value === 'voting'
        ? offeredAt(scenario, snapshot).map((o) => hands({ [o]: 1 }))
        : [];
    return [NEXT, OPEN, CLOSE, MAJORITY, ...votes];
  };
}

/** Every event worth trying where the flow stands: votes for each option alone and a tie. */
function allEvents(scenario: Scenario) {
  return (snapshot: FlowSnapshot): FlowEvent[] => {
    const offered = offeredAt(scenario, snapshot);
    const votes = offered.map((option) => hands({ [option]: 1 }));
    if (offered.length > 1) votes.push(tie(offered));
    const whatIfs = snapshot.context.choices.map((_, choice): FlowEvent => ({
      type: 'WHATIF',
      choice,
    }));
    return [
      NEXT,
      BACK,
      DISCUSS,
      OPEN,
      CLOSE,
      MAJORITY,
      REVEAL,
      BLACKOUT,
      ...votes,
      ...offered.map(pick),
      ...whatIfs,
    ];
  };
}

const tie = (offered: string[]) => hands(Object.fromEntries(offered.map((o) => [o, 1])));

/** The flow's position in the key; BACK's stack, earlier paths, the timer and blackout stay out. */
const keyOf = ({ value, context: c }: FlowSnapshot) =>
  JSON.stringify([
    value,
    c.at,
    c.linesShown,
    c.revealed,
    c.votes?.counts,
    c.choices.map((x) => [x.option, x.decidedBy]),
    c.run.meters,
    c.run.flags,
    c.run.pending.length,
  ]);

/** Where a snapshot stands in the flow (what BACK restores and blackout must not touch). */
const standing = ({ value, context }: FlowSnapshot) => positionOf(context, value as Phase);

/** At most about `size` items, spread evenly over the list. */
const sampleOf = <T>(items: T[], size: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / size)) === 0);

const cases: [string, Scenario, 'all' | 'road'][] = [
  ['Noor', scenarioFromText(noorText()), 'all'],
  ['Saskia', loadScenario('scenarios/saskia.yaml'), 'road'],
  ['Timo', loadScenario('scenarios/timo.yaml'), 'road'],
];

describe.each(cases)('the flow over %s', (_name, scenario, explored) => {
  const machine = createFlowMachine(scenario);
  const events = explored === 'all' ? allEvents(scenario) : roadEvents(scenario);
  const adjacency = getAdjacencyMap(machine, { events, serializeState: keyOf });
  const states = Object.values(adjacency).map((entry) => entry.state);
  const edges = adjacencyMapToArray(adjacency);
  const sample = explored === 'all' ? states : sampleOf(states, 600);
  /** The explored edges, and from the sample every other event tried once. */
  const triedEdges = edges.concat(
    explored === 'all'
      ? []
      : sample.flatMap((state) =>
          allEvents(scenario)(state).map((event) => ({
            state,
            event,
            nextState: transition(machine, state, event)[0],
          })),
        ),
  );
  const edgesOf = (type: FlowEvent['type']) =>
    triedEdges.filter((edge) => edge.event.type === type);

  it('reaches every phase, every scene and every ending of the case', () => {
    expect(new Set(states.map((s) => s.value))).toEqual(new Set(PHASES));
    const visited = new Set(states.map((s) => s.context.at));
    for (const step of [...Object.keys(scenario.scenes), ...Object.keys(scenario.endings)])
      expect(visited, step).toContain(step);
    const debriefs = states.filter((s) => s.value === 'debrief').map((s) => s.context.at);
    expect(new Set(debriefs)).toEqual(new Set(Object.keys(scenario.endings)));
  });

  it('never reaches an inconsistent context', () => {
    expect(states.length).toBeGreaterThan(50);
    for (const state of states) expect(inconsistencies(scenario, state)).toEqual([]);
    for (const { nextState } of triedEdges)
      expect(inconsistencies(scenario, nextState)).toEqual([]);
  });

  it('closes a vote once, and takes no decision while voting is open', () => {
    const voted = states.filter((s) => s.value === 'voted');
    const voting = states.filter((s) => s.value === 'voting');
    expect(voted.length).toBeGreaterThan(0);
    for (const s of voted) expect(s.can(CLOSE)).toBe(false);
    for (const s of voting) {
      expect(s.can(MAJORITY)).toBe(false);
      for (const option of offeredAt(scenario, s)) expect(s.can(pick(option))).toBe(false);
    }
    // A decision is only ever taken by a decision event, from a closed vote.
    for (const { state, event, nextState } of triedEdges) {
      if (nextState.context.choices.length > state.context.choices.length) {
        expect(state.value).toBe('voted');
        expect(event.type).toMatch(/^DECIDE\./);
        expect(nextState.context.choices.at(-1)?.decidedBy).toBe(
          event.type === 'DECIDE.PICK' ? 'facilitator' : 'majority',
        );
      }
    }
  });

  it('never decides on NEXT', () => {
    const nexts = edgesOf('NEXT');
    expect(nexts.some((e) => e.state.value === 'voted')).toBe(true);
    for (const { state, nextState } of nexts) {
      expect(nextState.context.choices).toEqual(state.context.choices);
      if (state.value === 'voting' || state.value === 'voted')
        expect(nextState.value).toBe(state.value);
    }
  });

  it('needs the facilitator on a tie', () => {
    const voting = states.filter((s) => s.value === 'voting' && offeredAt(scenario, s).length > 1);
    const ties = sampleOf(voting, 50).map((s) =>
      stepFlow(machine, [tie(offeredAt(scenario, s)), CLOSE], s),
    );
    for (const s of ties) {
      expect(s.can(MAJORITY)).toBe(false);
      const [option] = offeredAt(scenario, s);
      expect(transition(machine, s, pick(option!))[0].context.choices.at(-1)).toMatchObject({
        option,
        decidedBy: 'facilitator',
      });
    }
  });

  it('reveals emotional, then responsibility, then expertise, and only then the consequences', () => {
    for (const { state, event, nextState } of triedEdges) {
      if (
        nextState.value === 'consequences' &&
        state.value !== 'consequences' &&
        event.type !== 'BACK'
      ) {
        expect(state.value).toBe('revealing');
        expect(state.context.revealed).toBe(3);
      }
      if (nextState.context.revealed > state.context.revealed && state.value === 'revealing') {
        expect(['NEXT', 'REVEAL.NEXT']).toContain(event.type);
        expect(nextState.context.revealed).toBe(state.context.revealed + 1);
        const shown = revealedVerdicts(nextState.context).map((v) => v.hierarchy);
        expect(shown).toEqual(HIERARCHIES.slice(0, shown.length));
      }
    }
    for (const s of states.filter((x) => x.value === 'revealing' && x.context.revealed === 3))
      expect(s.can(REVEAL)).toBe(false);
  });

  it('"what if" stands again at the same choice point, counts reset, the earlier path kept', () => {
    const whatIfs = edgesOf('WHATIF');
    expect(whatIfs.length).toBeGreaterThan(0);
    for (const { state, event, nextState } of whatIfs) {
      if (event.type !== 'WHATIF') continue;
      const from = state.context.choices[event.choice]!;
      expect(nextState.value).toBe('options');
      expect(nextState.context.at).toBe(from.scene);
      expect(nextState.context.run).toEqual(from.runBefore);
      expect(nextState.context.votes).toBeNull();
      expect(nextState.context.choices).toEqual(state.context.choices.slice(0, event.choice));
      expect(nextState.context.earlierPaths.at(-1)).toEqual({
        choices: state.context.choices,
        leftAt: state.context.at,
      });
      // and the room can decide differently this time
      expect(nextState.can(OPEN)).toBe(true);
    }
  });

  it('reaches the room debrief with one entry per choice point decided', () => {
    const debriefs: FlowSnapshot[] = states.filter((s) => s.value === 'debrief');
    expect(debriefs.length).toBeGreaterThan(0);
    for (const s of debriefs) {
      const choicePoints = s.context.run.timeline.filter((p) => scenario.scenes[p.step]?.choice);
      expect(s.context.choices).toHaveLength(choicePoints.length);
      expect(isEnding(scenario, s.context.at)).toBe(true);
      expect(s.context.choices.map((c) => [c.scene, c.option])).toEqual(
        s.context.run.history.map((h) => [h.scene, h.option]),
      );
      for (const c of s.context.choices)
        expect(Object.keys(c.verdicts).sort()).toEqual([...HIERARCHIES].sort());
    }
  });

  it('BACK undoes exactly one step', () => {
    let undone = 0;
    for (const { state, nextState } of triedEdges) {
      if (nextState.context.past.length !== state.context.past.length + 1) continue;
      const [back] = transition(machine, nextState, BACK);
      expect(standing(back)).toEqual(standing(state));
      expect(back.context.past).toEqual(state.context.past);
      undone++;
    }
    expect(undone).toBeGreaterThan(states.length / 2);
    // The start has nothing to undo.
    const [start] = states;
    expect(start!.can(BACK)).toBe(false);
  });

  it('blackout toggles without moving the flow', () => {
    const blackouts = edgesOf('BLACKOUT.TOGGLE');
    expect(blackouts.length).toBe(explored === 'all' ? states.length : sample.length);
    for (const { state, nextState } of blackouts) {
      expect(standing(nextState)).toEqual(standing(state));
      expect(nextState.context.blackout).toBe(!state.context.blackout);
      expect(nextState.context.past).toBe(state.context.past);
    }
  });
});
