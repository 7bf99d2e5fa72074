/**
 * The facilitation flow: how a facilitator takes a room through a case, one choice point at a time
 * (scene → options → discussion → vote → decision → verdicts → consequences → next scene).
 *
 * The case itself is stepped with the engine's pure `stepRun` — the same step its compiled machine
 * takes — and its run lives in this machine's context as plain data. That keeps the whole flow one
 * JSON-serialisable context (saved like a run, sent to the audience window) and lets xstate/graph
 * explore it; an invoked child actor would do neither. The run stays the one source of what the
 * case allows: options on offer, routes and delayed consequences all come from the engine.
 */
import { assign, setup } from 'xstate';
import {
  availableOptions,
  compileScenario,
  HIERARCHIES,
  isEnding,
  replay,
  visibleLines,
  type Scenario,
} from '../engine/index.ts';
import { caseView } from './case-view.ts';
import {
  PHASES,
  type DecidedBy,
  type FlowContext,
  type FlowEvent,
  type FlowPosition,
  type Phase,
} from './flow.types.ts';
import { resetTimer, startTimer, STOPPED_TIMER, stopTimer, withDuration } from './timer.ts';
import { countsFit, fullCounts, majorityOf } from './votes.ts';

export interface FlowOptions {
  /** The discussion timer's starting duration. */
  discussionMs?: number;
}

/** Build the flow machine for one case. */
/** Where the flow stands: what BACK restores, and what blackout and help leave alone. */
export function positionOf(c: FlowContext, phase: Phase): FlowPosition {
  return {
    phase,
    at: c.at,
    run: c.run,
    linesShown: c.linesShown,
    votes: c.votes,
    revealed: c.revealed,
    choices: c.choices,
    earlierPaths: c.earlierPaths,
  };
}

export function createFlowMachine(scenario: Scenario, { discussionMs = 0 }: FlowOptions = {}) {
  const start = replay(compileScenario(scenario), []);
  if (!start) throw new Error(`${scenario.id}: the case does not start`);

  const { offered, stepLines, reactionLines, stepped, entering } = caseView(scenario);
  const logic = setup({
    types: {} as { context: FlowContext; events: FlowEvent },
    guards: {
      moreStepLines: ({ context }) => context.linesShown < stepLines(context),
      moreReactionLines: ({ context }) => context.linesShown < reactionLines(context),
      hasChoice: ({ context }) => scenario.scenes[context.at]?.choice !== undefined,
      /** The case can move on from here, and lands on an ending (true) or a scene (false). */
      leadsToEnding: ({ context }, params: { ending: boolean }) => {
        const next = stepped(context);
        return next !== undefined && isEnding(scenario, next.at) === params.ending;
      },
      countsFit: ({ context, event }) =>
        event.type === 'VOTES.SET' && countsFit(event.counts, offered(context)),
      hasMajority: ({ context }) => majorityOf(context.votes) !== undefined,
      onOffer: ({ context, event }) =>
        event.type === 'DECIDE.PICK' && offered(context).includes(event.option),
      moreVerdicts: ({ context }) => context.revealed < HIERARCHIES.length,
      whatIfPossible: ({ context, event }) =>
        event.type === 'WHATIF' &&
        Number.isInteger(event.choice) &&
        event.choice >= 0 &&
        event.choice < context.choices.length,
      backTo: ({ context }, params: { phase: Phase }) =>
        context.past.at(-1)?.phase === params.phase,
    },
    actions: {
      /** Push the position before a step, so BACK can undo exactly that step. */
      remember: assign(({ context }, params: { phase: Phase }) => ({
        past: context.past.concat(positionOf(context, params.phase)),
      })),
      back: assign(({ context }) => {
        const last = context.past.at(-1);
        if (!last) return {};
        const { at, run, linesShown, votes, revealed, choices, earlierPaths } = last;
        const position = { at, run, linesShown, votes, revealed, choices, earlierPaths };
        return { ...position, past: context.past.slice(0, -1) };
      }),
      showLine: assign(({ context }) => ({ linesShown: context.linesShown + 1 })),
      /** Follow the case's route (after a scene, or after the decided option) into the next step. */
      advance: assign(({ context }) => {
        const next = stepped(context);
        if (!next) return {};
        return {
          ...entering(next.at, next.run),
          timer: resetTimer(context.timer),
        };
      }),
      openVoting: assign(({ context }) => ({
        votes: { counts: fullCounts({}, offered(context)), source: 'hands' as const },
      })),
      setVotes: assign(({ context, event }) =>
        event.type === 'VOTES.SET'
          ? { votes: { counts: fullCounts(event.counts, offered(context)), source: event.source } }
          : {},
      ),
      decide: assign(({ context, event }, params: { by: DecidedBy }) => {
        const option =
          params.by === 'majority'
            ? majorityOf(context.votes)
            : event.type === 'DECIDE.PICK'
              ? event.option
              : undefined;
        const chosen = availableOptions(scenario, context.run, context.at).find(
          (o) => o.id === option,
        );
        if (!chosen || !context.votes) return {};
        const choice = {
          scene: context.at,
          offered: offered(context),
          votes: context.votes,
          option: chosen.id,
          decidedBy: params.by,
          verdicts: chosen.verdicts,
          runBefore: context.run,
        };
        return { choices: context.choices.concat(choice), revealed: 0 };
      }),
      revealVerdict: assign(({ context }) => ({ revealed: context.revealed + 1 })),
      startConsequences: assign(({ context }) => ({
        linesShown: Math.min(1, reactionLines(context)),
      })),
      /** Keep the path so far for the debrief, then stand again before the chosen choice point. */
      whatIf: assign(({ context, event }) => {
        const index = event.type === 'WHATIF' ? event.choice : -1;
        const from = context.choices[index];
        if (!from) return {};
        return {
          ...entering(from.scene, from.runBefore),
          linesShown: visibleLines(scenario.scenes[from.scene]?.lines, from.runBefore).length,
          choices: context.choices.slice(0, index),
          earlierPaths: context.earlierPaths.concat({
            choices: context.choices,
            leftAt: context.at,
          }),
        };
      }),
      // Timer events outside their type change nothing; the narrowing is for the compiler.
      startTimer: assign(({ context, event }) =>
        event.type === 'TIMER.START' ? { timer: startTimer(context.timer, event.now) } : {},
      ),
      stopTimer: assign(({ context, event }) =>
        event.type === 'TIMER.STOP' ? { timer: stopTimer(context.timer, event.now) } : {},
      ),
      resetTimer: assign(({ context }) => ({ timer: resetTimer(context.timer) })),
      setDuration: assign(({ context, event }) =>
        event.type === 'TIMER.DURATION' ? { timer: withDuration(context.timer, event.ms) } : {},
      ),
      toggleBlackout: assign(({ context }) => ({ blackout: !context.blackout })),
      toggleHelp: assign(({ context }) => ({ help: !context.help })),
    },
  });

  const remember = (phase: Phase) => ({ type: 'remember', params: { phase } }) as const;
  /** "What if" works from every phase once a choice point has been decided. */
  const whatIf = (phase: Phase) =>
    ({
      WHATIF: {
        guard: 'whatIfPossible',
        target: '#flow.options',
        actions: [remember(phase), 'whatIf'],
      },
    }) as const;
  /** Out of a step: into the next scene or the ending the case leads to. */
  const advance = (phase: Phase) =>
    [
      {
        guard: { type: 'leadsToEnding', params: { ending: true } },
        target: 'ending',
        actions: [remember(phase), 'advance'],
      },
      {
        guard: { type: 'leadsToEnding', params: { ending: false } },
        target: 'scene',
        actions: [remember(phase), 'advance'],
      },
    ] as const;

  return logic.createMachine({
    id: 'flow',
    initial: isEnding(scenario, scenario.start) ? 'ending' : 'scene',
    context: {
      scenarioId: scenario.id,
      ...entering(scenario.start, start.context),
      choices: [],
      earlierPaths: [],
      past: [],
      timer: { ...STOPPED_TIMER, durationMs: discussionMs },
      blackout: false,
      help: false,
    },
    on: {
      // BACK restores the position before the last step, phase included.
      BACK: PHASES.map((phase) => ({
        guard: { type: 'backTo', params: { phase } },
        target: `.${phase}`,
        actions: 'back',
      })),
      'BLACKOUT.TOGGLE': { actions: 'toggleBlackout' },
      'HELP.TOGGLE': { actions: 'toggleHelp' },
      'TIMER.START': { actions: 'startTimer' },
      'TIMER.STOP': { actions: 'stopTimer' },
      'TIMER.RESET': { actions: 'resetTimer' },
      'TIMER.DURATION': { actions: 'setDuration' },
    },
    states: {
      /** The scene's lines appear one by one; after the last: its options, or its route onward. */
      scene: {
        on: {
          ...whatIf('scene'),
          NEXT: [
            { guard: 'moreStepLines', actions: [remember('scene'), 'showLine'] },
            { guard: 'hasChoice', target: 'options', actions: remember('scene') },
            ...advance('scene'),
          ],
        },
      },
      /** The options on offer are shown; the room reads them. */
      options: {
        on: {
          ...whatIf('options'),
          NEXT: { target: 'discussion', actions: remember('options') },
          DISCUSS: { target: 'discussion', actions: remember('options') },
          'VOTING.OPEN': { target: 'voting', actions: [remember('options'), 'openVoting'] },
        },
      },
      /** The room discusses, with the timer if the facilitator wants one. */
      discussion: {
        on: {
          ...whatIf('discussion'),
          NEXT: { target: 'voting', actions: [remember('discussion'), 'openVoting'] },
          'VOTING.OPEN': { target: 'voting', actions: [remember('discussion'), 'openVoting'] },
        },
      },
      /** Votes come in (typed hands or phones); they are not undo steps. Only CLOSE ends it. */
      voting: {
        on: {
          ...whatIf('voting'),
          'VOTES.SET': { guard: 'countsFit', actions: 'setVotes' },
          'VOTING.CLOSE': { target: 'voted', actions: remember('voting') },
        },
      },
      /** The vote is closed and its counts frozen; the decision is an explicit event. */
      voted: {
        on: {
          ...whatIf('voted'),
          'DECIDE.MAJORITY': {
            guard: 'hasMajority',
            target: 'revealing',
            actions: [remember('voted'), { type: 'decide', params: { by: 'majority' } }],
          },
          'DECIDE.PICK': {
            guard: 'onOffer',
            target: 'revealing',
            actions: [remember('voted'), { type: 'decide', params: { by: 'facilitator' } }],
          },
        },
      },
      /** The room's option is decided; its verdicts show one hierarchy at a time, in order. */
      revealing: {
        on: {
          ...whatIf('revealing'),
          'REVEAL.NEXT': {
            guard: 'moreVerdicts',
            actions: [remember('revealing'), 'revealVerdict'],
          },
          NEXT: [
            { guard: 'moreVerdicts', actions: [remember('revealing'), 'revealVerdict'] },
            { target: 'consequences', actions: [remember('revealing'), 'startConsequences'] },
          ],
        },
      },
      /** The reaction to the decision, line by line; then the case's route to the next step. */
      consequences: {
        on: {
          ...whatIf('consequences'),
          NEXT: [
            { guard: 'moreReactionLines', actions: [remember('consequences'), 'showLine'] },
            ...advance('consequences'),
          ],
        },
      },
      /** The ending's lines, one by one. */
      ending: {
        on: {
          ...whatIf('ending'),
          NEXT: [
            { guard: 'moreStepLines', actions: [remember('ending'), 'showLine'] },
            { target: 'debrief', actions: remember('ending') },
          ],
        },
      },
      /** The room debrief: the path in `choices`, earlier paths in `earlierPaths`. */
      debrief: { on: { ...whatIf('debrief') } },
    },
  });
}

export type FlowMachine = ReturnType<typeof createFlowMachine>;
