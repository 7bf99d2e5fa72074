/**
 * How a class played one version of a case, from its admitted runs: the endings reached, an item
 * analysis per choice point with each option's verdicts, violations and strains per hierarchy,
 * the meters per week (median and spread), and the answers to each reflection question beside
 * the choice it asks about.
 */
import {
  HIERARCHIES,
  type Hierarchy,
  type LocalizedText,
  type Scenario,
  type Tone,
  type VerdictKind,
} from '../engine/index.ts';
import type { ClassRun } from './class-runs.ts';

export interface OptionShare {
  id: string;
  /** As the player numbers it: 1 is the first option written. */
  number: number;
  text: LocalizedText;
  verdicts: Record<Hierarchy, VerdictKind>;
  count: number;
  /** count / the runs that made this choice (0 when none did). */
  share: number;
}

export interface ChoicePoint {
  scene: string;
  title: LocalizedText;
  week: number | undefined;
  /** Runs that made this choice. */
  asked: number;
  options: OptionShare[];
}

export interface HierarchyFigures {
  violates: number;
  strains: number;
  /** Where: per choice point, only those with any. */
  at: { scene: string; violates: number; strains: number }[];
}

export interface MeterWeek {
  week: number;
  /** Runs that were still going that week. */
  n: number;
  median: number;
  min: number;
  max: number;
}

export interface Response {
  runId: string;
  /** The run's place in the class's list of runs, from 1: "student 3" on screen and in files. */
  number: number;
  participant: string | null;
  answer: string;
  /** The option this run chose at the question's `about` scene, if it has one and got there. */
  chose?: string;
}

export interface ClassReport {
  runs: number;
  ended: number;
  endings: { id: string; title: LocalizedText; tone: Tone; count: number }[];
  choicePoints: ChoicePoint[];
  hierarchies: Record<Hierarchy, HierarchyFigures>;
  meters: { id: string; label: LocalizedText | undefined; weeks: MeterWeek[] }[];
  responses: {
    id: string;
    text: LocalizedText;
    about?: string;
    /** Runs whose path brought this question (answered or not). */
    asked: number;
    answers: Response[];
  }[];
}

export function classReport(scenario: Scenario, runs: readonly ClassRun[]): ClassReport {
  const endings = Object.entries(scenario.endings).map(([id, ending]) => ({
    id,
    title: ending.title,
    tone: ending.tone,
    count: runs.filter((r) => r.ended && r.at === id).length,
  }));
  const chosenIn = (run: ClassRun, scene: string) =>
    run.run.history.find((choice) => choice.scene === scene)?.option;
  const choicePoints = Object.entries(scenario.scenes)
    .filter(([, scene]) => scene.choice)
    .map(([id, scene]): ChoicePoint => {
      const made = runs.map((run) => chosenIn(run, id)).filter((o) => o !== undefined);
      return {
        scene: id,
        title: scene.title,
        week: scene.week,
        asked: made.length,
        options: scene.choice!.options.map((option, i) => {
          const count = made.filter((o) => o === option.id).length;
          return {
            id: option.id,
            number: i + 1,
            text: option.text,
            verdicts: Object.fromEntries(
              HIERARCHIES.map((h) => [h, option.verdicts[h].verdict]),
            ) as Record<Hierarchy, VerdictKind>,
            count,
            share: made.length ? count / made.length : 0,
          };
        }),
      };
    });
  const hierarchies = Object.fromEntries(
    HIERARCHIES.map((h) => {
      const at = choicePoints
        .map(({ scene, options }) => ({
          scene,
          violates: sum(options.filter((o) => o.verdicts[h] === 'violates').map((o) => o.count)),
          strains: sum(options.filter((o) => o.verdicts[h] === 'strains').map((o) => o.count)),
        }))
        .filter((x) => x.violates + x.strains > 0);
      return [
        h,
        { violates: sum(at.map((x) => x.violates)), strains: sum(at.map((x) => x.strains)), at },
      ];
    }),
  ) as Record<Hierarchy, HierarchyFigures>;
  const meters = Object.values(scenario.meters).map((meter) => ({
    id: meter.id,
    label: meter.label,
    weeks: meterWeeks(runs.map((run) => run.analysis.meters[meter.id] ?? [])),
  }));
  const responses = (scenario.reflection ?? []).map((question) => ({
    id: question.id,
    text: question.text,
    about: question.about,
    // An export lists every question its path brought, with an empty answer when unanswered.
    asked: runs.filter((run) => Object.hasOwn(run.answers, question.id)).length,
    answers: runs
      .map((run, i) => ({ run, number: i + 1 }))
      .filter(({ run }) => run.answers[question.id]?.trim())
      .map(({ run, number }) => ({
        runId: run.runId,
        number,
        participant: run.participant,
        answer: run.answers[question.id]!.trim(),
        chose: question.about ? chosenIn(run, question.about) : undefined,
      })),
  }));
  return {
    runs: runs.length,
    ended: runs.filter((r) => r.ended).length,
    endings,
    choicePoints,
    hierarchies,
    meters,
    responses,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Each run's value at the end of each week, then per week the class's median and range. */
function meterWeeks(series: readonly { week: number; value: number }[][]): MeterWeek[] {
  const byWeek = new Map<number, number[]>();
  for (const points of series) {
    const endOfWeek = new Map<number, number>();
    for (const point of points) endOfWeek.set(point.week, point.value);
    for (const [week, value] of endOfWeek) byWeek.set(week, [...(byWeek.get(week) ?? []), value]);
  }
  return [...byWeek]
    .sort(([a], [b]) => a - b)
    .map(([week, values]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length / 2;
      const median =
        sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      return { week, n: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)! };
    });
}
