/**
 * The projector's pages for the phases that list things (options, prompts, the debrief's choice
 * points): the presenter counts them to know when its Next turns a page and when it moves the
 * flow; the audience shows the page the presenter is on. Both derive them from the same flow.
 */
import { discussionPrompts, localize, type Language, type Scenario } from '../../engine/index.ts';
import type { FlowContext, Phase, RoomChoice } from '../../facilitation/index.ts';
import { optionsOf, paginate, PAGED_PHASES, type LetteredOption } from './room-view.ts';

export type AudienceBlock =
  | ({ kind: 'option' } & LetteredOption)
  | { kind: 'prompt'; text: string }
  | { kind: 'choice'; index: number; choice: RoomChoice };

/** Room for the heading and the scene's title above a debrief row's text. */
const DEBRIEF_ROW_TEXT = 'x'.repeat(130);

export function audiencePages(
  scenario: Scenario,
  context: FlowContext,
  phase: Phase,
  language: Language,
): AudienceBlock[][] {
  if (!PAGED_PHASES.includes(phase)) return [];
  if (phase === 'debrief') {
    const rows = context.choices.map((choice, index) => ({
      kind: 'choice' as const,
      index,
      choice,
    }));
    return paginate(rows, () => DEBRIEF_ROW_TEXT);
  }
  const options: AudienceBlock[] = optionsOf(scenario, context).map((o) => ({
    kind: 'option',
    ...o,
  }));
  const prompts: AudienceBlock[] =
    phase === 'discussion'
      ? discussionPrompts(scenario, context.at).map((p) => ({
          kind: 'prompt',
          text: localize(p, language),
        }))
      : [];
  // After the vote each option also carries its bar: a line more.
  const extra = phase === 'voted' ? 'x'.repeat(52) : '';
  return paginate([...options, ...prompts], (block) =>
    block.kind === 'option'
      ? `${block.letter}  ${localize(block.option.text, language)}${extra}`
      : block.kind === 'prompt'
        ? block.text
        : DEBRIEF_ROW_TEXT,
  );
}
