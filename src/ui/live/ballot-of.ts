/**
 * What the phones should see, derived from the presenter's flow state: nothing yet, the ballot of
 * the current choice point (open or closed), or its decision with the verdicts revealed so far.
 * Texts are cut to the protocol's limits: a very long option still gets voted on, and the
 * projector shows it whole.
 */
import {
  availableOptions,
  HIERARCHIES,
  localize,
  type Language,
  type Scenario,
} from '../../engine/index.ts';
import { optionLabel, type FlowContext, type Phase } from '../../facilitation/index.ts';
import type { Ballot, Reveal } from '../../room/protocol.ts';

export type PhoneStageWanted =
  | { stage: 'waiting' }
  | { stage: 'open' | 'closed'; ballot: Ballot }
  | { stage: 'revealed'; reveal: Reveal };

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * One id per choice point taken on a path: a "what if" that comes back to a choice point votes
 * again, on a new ballot; a vote reopened after BACK keeps its id and its votes.
 */
export function ballotId(context: FlowContext, index = context.choices.length): string {
  return `${context.earlierPaths.length}.${index}.${context.at}`.slice(0, 80);
}

export function ballotOf(scenario: Scenario, context: FlowContext, lang: Language): Ballot | null {
  const scene = scenario.scenes[context.at];
  const options = availableOptions(scenario, context.run, context.at);
  if (!scene?.choice || options.length < 2) return null;
  return {
    id: ballotId(context),
    caseTitle: clip(localize(scenario.title, lang), 200),
    question: clip(localize(scene.choice.prompt ?? scene.title, lang), 600),
    options: options.map((option, i) => ({
      id: option.id,
      label: optionLabel(i),
      text: clip(localize(option.text, lang), 600),
    })),
  };
}

type Translate = (key: string) => string;

/** The decided option and the verdicts revealed so far, in the lens's order. */
export function revealOf(context: FlowContext, lang: Language, t: Translate): Reveal | null {
  const decided = context.choices.at(-1);
  if (!decided || decided.scene !== context.at) return null;
  return {
    ballot: ballotId(context, context.choices.length - 1),
    option: decided.option,
    verdicts: HIERARCHIES.slice(0, context.revealed).map((hierarchy) => {
      const { verdict, why } = decided.verdicts[hierarchy];
      return {
        hierarchy,
        verdict,
        label: `${t(`lens.hierarchy.${hierarchy}`)}: ${t(`lens.verdict.${verdict}`)}`,
        text: clip(localize(why, lang), 1200),
      };
    }),
  };
}

/** The phones' stage for a flow state. */
export function phoneStageFor(
  scenario: Scenario,
  phase: Phase,
  context: FlowContext,
  lang: Language,
  t: Translate,
): PhoneStageWanted {
  if (phase === 'voting' || phase === 'voted') {
    const ballot = ballotOf(scenario, context, lang);
    if (ballot) return { stage: phase === 'voting' ? 'open' : 'closed', ballot };
  }
  if (phase === 'revealing' || phase === 'consequences') {
    const reveal = revealOf(context, lang, t);
    if (reveal) return { stage: 'revealed', reveal };
  }
  return { stage: 'waiting' };
}
