/**
 * What the presenter and the audience show of the flow, derived from its context and the case:
 * the lines so far, the options with their letters, the pages of the projector and what comes next.
 * Pure, so both windows derive the same from the same saved flow.
 */
import {
  applyChoice,
  availableOptions,
  HIERARCHIES,
  isEnding,
  stepOf,
  stepRun,
  visibleLines,
  type Line,
  type Option,
  type RunContext,
  type Scenario,
} from '../../engine/index.ts';
import { optionLabel, type FlowContext, type Phase } from '../../facilitation/index.ts';

/** A, B, C… for the option at this index: what the room calls out and raises hands for. */
/** Option letters as the room report has them: A, B, C… */
export const letterOf = optionLabel;

export interface LetteredOption {
  letter: string;
  option: Option;
}

/** The options on offer where the flow stands, with their letters. */
export function optionsOf(scenario: Scenario, context: FlowContext): LetteredOption[] {
  return availableOptions(scenario, context.run, context.at).map((option, i) => ({
    letter: letterOf(i),
    option,
  }));
}

/** The letter of an option among those offered at a decided choice point. */
export function letterIn(offered: readonly string[], option: string): string {
  const index = offered.indexOf(option);
  return index < 0 ? '?' : letterOf(index);
}

/** The decided option of the current choice point, while its verdicts and reaction are on screen. */
export function decidedHere(scenario: Scenario, context: FlowContext): Option | undefined {
  const decided = context.choices.at(-1);
  if (!decided || decided.scene !== context.at) return undefined;
  return scenario.scenes[context.at]?.choice?.options.find((o) => o.id === decided.option);
}

/** The run right after the decided option, as the case's own step would make it. */
export function runAfterDecision(scenario: Scenario, context: FlowContext): RunContext | undefined {
  const option = decidedHere(scenario, context);
  return option && applyChoice(scenario, context.run, context.at, option, false);
}

/** Every line of what is on screen in this phase: the scene's or ending's, or the reaction's. */
export function allLines(scenario: Scenario, context: FlowContext, phase: Phase): Line[] {
  if (phase === 'consequences') {
    const option = decidedHere(scenario, context);
    const after = runAfterDecision(scenario, context);
    return option && after ? visibleLines(option.reaction, after) : [];
  }
  return visibleLines(stepOf(scenario, context.at)?.lines, context.run);
}

/** The lines shown so far in this phase. */
export function shownLines(scenario: Scenario, context: FlowContext, phase: Phase): Line[] {
  const lines = allLines(scenario, context, phase);
  // Before the reaction, or at the options, the scene's lines are shown whole.
  const shownAll = !['scene', 'consequences', 'ending'].includes(phase);
  return shownAll ? lines : lines.slice(0, context.linesShown);
}

/**
 * What the presenter's Next does from here, as a key for the room's messages, and the line it
 * shows when it shows one.
 */
export type Upcoming =
  | { kind: 'line'; line: Line }
  | { kind: 'page'; page: number; pages: number }
  | {
      kind:
        | 'options'
        | 'discussion'
        | 'voting'
        | 'closeVoting'
        | 'decide'
        | 'consequences'
        | 'scene'
        | 'ending'
        | 'debrief'
        | 'nothing';
    }
  | { kind: 'verdict'; hierarchy: (typeof HIERARCHIES)[number] };

export function upcoming(
  scenario: Scenario,
  context: FlowContext,
  phase: Phase,
  page: { page: number; pages: number },
): Upcoming {
  if (page.page + 1 < page.pages) return { kind: 'page', page: page.page + 2, pages: page.pages };
  const lines = allLines(scenario, context, phase);
  const nextLine = lines[context.linesShown];
  /** Where the case goes after this step, as the engine steps it (conditional routes included). */
  const onward = (): Upcoming => {
    const option = phase === 'consequences' ? decidedHere(scenario, context) : undefined;
    const event = option
      ? { type: 'choice.select' as const, option: option.id }
      : { type: 'scene.continue' as const };
    const next = stepRun(scenario, context.at, context.run, event, false);
    return { kind: next && isEnding(scenario, next.at) ? 'ending' : 'scene' };
  };
  switch (phase) {
    case 'scene':
      if (nextLine) return { kind: 'line', line: nextLine };
      return scenario.scenes[context.at]?.choice ? { kind: 'options' } : onward();
    case 'options':
      return { kind: 'discussion' };
    case 'discussion':
      return { kind: 'voting' };
    case 'voting':
      return { kind: 'closeVoting' };
    case 'voted':
      return { kind: 'decide' };
    case 'revealing': {
      const hierarchy = HIERARCHIES[context.revealed];
      return hierarchy ? { kind: 'verdict', hierarchy } : { kind: 'consequences' };
    }
    case 'consequences':
      return nextLine ? { kind: 'line', line: nextLine } : onward();
    case 'ending':
      return nextLine ? { kind: 'line', line: nextLine } : { kind: 'debrief' };
    case 'debrief':
      return { kind: 'nothing' };
  }
}

/**
 * The projector's pages: blocks of text that fit its screen at its type size without scrolling,
 * packed in order by an estimate of the lines each takes. The budget is set for 1024×768 and
 * 1280×720 (the end-to-end test measures both); a block never shares a page it would overflow.
 */
export const PAGE_BUDGET_LINES = 13;
/** Characters on one projected line: the content column is about 60 characters of 26 px wide. */
const CHARS_PER_LINE = 52;

export const linesOf = (text: string) => Math.max(1, Math.ceil(text.length / CHARS_PER_LINE));

export function paginate<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  budget = PAGE_BUDGET_LINES,
): T[][] {
  const pages: T[][] = [];
  let used = 0;
  for (const item of items) {
    const cost = linesOf(textOf(item)) + 0.5; // the gap between blocks
    const current = pages.at(-1);
    if (current && used + cost <= budget) {
      current.push(item);
      used += cost;
    } else {
      pages.push([item]);
      used = cost;
    }
  }
  return pages;
}

/** The phases in which the projector shows pages, and Next turns them before moving the flow. */
export const PAGED_PHASES: readonly Phase[] = [
  'options',
  'discussion',
  'voting',
  'voted',
  'debrief',
];
