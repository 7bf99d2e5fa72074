/** The conversation of a run so far, turn by turn, as the player and the debrief show it. */
import { respectfulAlternative, type RespectfulAlternative } from './alternative.ts';
import { applyChoice, visibleLines } from './run.ts';
import type { Scenario } from './scenario.ts';
import type { Ending, Line, Option, Scene } from './scenario.schema.ts';
import type { ChoiceRecord, LandedEffect, RunContext, RunEvent } from './run.types.ts';

export interface SceneTurn {
  kind: 'scene';
  /** Place on the run's timeline. */
  at: number;
  step: string;
  week: number;
  /** The scene or ending as authored. */
  scene: Scene | Ending;
  ending: boolean;
  /** The lines that show, their conditions evaluated on entering. */
  lines: Line[];
  /** Delayed consequences that landed on entering this step. */
  landed: LandedEffect[];
  /** The meters on entering. */
  meters: Record<string, number>;
}

export interface ChoiceTurn {
  kind: 'choice';
  choice: ChoiceRecord;
  option: Option;
  /** The reaction lines that show, evaluated right after the choice. */
  reaction: Line[];
  /** What respected all three hierarchies here, or harmed them least, among what was on offer. */
  alternative: RespectfulAlternative | undefined;
}

export type Turn = SceneTurn | ChoiceTurn;

/**
 * The turns of a run, rebuilt from its context: the timeline keeps the meters and flags of every
 * step entered, the history every choice, and each choice was made in the step entered before it.
 */
export function transcript(scenario: Scenario, run: RunContext): Turn[] {
  const turns: Turn[] = [];
  let made = 0;
  for (const [at, point] of run.timeline.entries()) {
    const ending = Object.hasOwn(scenario.endings, point.step);
    const scene = ending ? scenario.endings[point.step] : scenario.scenes[point.step];
    if (!scene) continue;
    const then = contextAt(run, at, made);
    turns.push({
      kind: 'scene',
      at,
      step: point.step,
      week: point.week,
      scene,
      ending,
      lines: visibleLines(scene.lines, then),
      landed: run.landed.filter((effect) => effect.landedAt === at),
      meters: point.meters,
    });
    const choice = run.history[made];
    const option =
      choice && scenario.scenes[choice.scene]?.choice?.options.find((o) => o.id === choice.option);
    if (choice && option && choice.scene === point.step && at < run.timeline.length - 1) {
      const after = applyChoice(scenario, then, choice.scene, option);
      turns.push({
        kind: 'choice',
        choice,
        option,
        reaction: visibleLines(option.reaction, after),
        alternative: respectfulAlternative(scenario, then, choice.scene, choice.option),
      });
      made++;
    }
  }
  return turns;
}

/** The run as it stood right after entering timeline step `at`, with `made` choices made. */
function contextAt(run: RunContext, at: number, made: number): RunContext {
  const point = run.timeline[at];
  if (!point) return run;
  return {
    ...run,
    meters: point.meters,
    flags: point.flags,
    week: point.week,
    timeline: run.timeline.slice(0, at + 1),
    history: run.history.slice(0, made),
    landed: run.landed.filter((effect) => effect.landedAt <= at),
    pending: [],
  };
}

/** The events that made a run: a choice where a scene had one, continuing where it had none. */
export function eventsOf(scenario: Scenario, run: RunContext): RunEvent[] {
  let made = 0;
  return run.timeline.slice(0, -1).map((point): RunEvent => {
    if (!scenario.scenes[point.step]?.choice) return { type: 'scene.continue' };
    return { type: 'choice.select', option: run.history[made++]?.option ?? '' };
  });
}
