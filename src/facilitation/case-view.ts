/** What the flow reads of the case where it stands, always through the engine's run. */
import {
  applyChoice,
  availableOptions,
  stepOf,
  stepRun,
  visibleLines,
  type Option,
  type RunContext,
  type Scenario,
} from '../engine/index.ts';
import type { FlowContext } from './flow.types.ts';

/** The flow's questions about one case, answered from the run in the flow's context. */
export function caseView(scenario: Scenario) {
  const offered = (c: FlowContext) => availableOptions(scenario, c.run, c.at).map((o) => o.id);
  const stepLines = (c: FlowContext) => visibleLines(stepOf(scenario, c.at)?.lines, c.run).length;
  const decidedOption = (c: FlowContext): Option | undefined => {
    const choice = c.choices.at(-1);
    return scenario.scenes[c.at]?.choice?.options.find((o) => o.id === choice?.option);
  };
  /** The reaction shows as it would right after the choice (as the engine's transcript has it). */
  const reactionLines = (c: FlowContext) => {
    const option = decidedOption(c);
    if (!option) return 0;
    return visibleLines(option.reaction, applyChoice(scenario, c.run, c.at, option, false)).length;
  };
  /** Where the case goes from here: the route of a scene, or of the option the room decided. */
  const stepped = (c: FlowContext) => {
    const option = decidedOption(c);
    const event = option
      ? { type: 'choice.select' as const, option: option.id }
      : { type: 'scene.continue' as const };
    return stepRun(scenario, c.at, c.run, event);
  };
  /** The position on entering a step: its first line shown, no votes yet, no verdicts. */
  const entering = (at: string, run: RunContext) => ({
    at,
    run,
    linesShown: Math.min(1, visibleLines(stepOf(scenario, at)?.lines, run).length),
    votes: null,
    revealed: 0,
  });

  return { offered, stepLines, decidedOption, reactionLines, stepped, entering };
}
