/** What a debrief needs from a run: verdicts per choice, meters over time, violations, the respectful path. */
import { applyChoice, availableOptions, enterStep, initialContext, routeTarget } from './run.ts';
import type { Scenario } from './scenario.ts';
import type { Option } from './scenario.schema.ts';
import { HIERARCHIES, type Hierarchy, type VerdictKind } from './vocabulary.ts';
import type { ChoiceRecord, LandedEffect, RunContext } from './run.types.ts';

export interface ChoiceAnalysis {
  choice: ChoiceRecord;
  option: Option;
  /** The hierarchies this choice violated and strained. */
  violated: Hierarchy[];
  strained: Hierarchy[];
  /** The delayed consequences of this choice that have landed, and where. */
  consequences: LandedEffect[];
}

export interface MeterPoint {
  step: string;
  week: number;
  value: number;
}

export interface RunAnalysis {
  choices: ChoiceAnalysis[];
  /** Each meter's value at every scene and ending the run entered. */
  meters: Record<string, MeterPoint[]>;
  /** Every violation of a hierarchy, in the order they were made. */
  violations: { hierarchy: Hierarchy; scene: string; option: string; index: number }[];
  /** How many choices respected, strained and violated each hierarchy. */
  tally: Record<Hierarchy, Record<VerdictKind, number>>;
}

/** The debrief analysis of a run so far. */
export function analyzeRun(scenario: Scenario, run: RunContext): RunAnalysis {
  const choices = run.history.map((choice) => {
    const option = findOption(scenario, choice.scene, choice.option);
    const having = (kind: VerdictKind) =>
      HIERARCHIES.filter((h) => choice.verdicts[h].verdict === kind);
    return {
      choice,
      option,
      violated: having('violates'),
      strained: having('strains'),
      consequences: run.landed.filter((effect) => effect.fromChoice === choice.index),
    };
  });
  const meters = Object.fromEntries(
    Object.keys(scenario.meters).map((id) => [
      id,
      run.timeline.map((point) => ({
        step: point.step,
        week: point.week,
        value: point.meters[id] ?? 0,
      })),
    ]),
  );
  const tally = Object.fromEntries(
    HIERARCHIES.map((h) => [h, { respects: 0, strains: 0, violates: 0 }]),
  ) as RunAnalysis['tally'];
  for (const { choice } of choices)
    for (const h of HIERARCHIES) tally[h][choice.verdicts[h].verdict]++;
  const violations = choices.flatMap(({ choice, violated }) =>
    violated.map((hierarchy) => ({
      hierarchy,
      scene: choice.scene,
      option: choice.option,
      index: choice.index,
    })),
  );
  return { choices, meters, violations, tally };
}

function findOption(scenario: Scenario, scene: string, id: string): Option {
  const option = scenario.scenes[scene]?.choice?.options.find((o) => o.id === id);
  if (!option) throw new Error(`Option '${id}' is not in scene '${scene}'.`);
  return option;
}

export interface RespectfulPath {
  /** The options to choose, in order, with the scene each is chosen in. */
  steps: { scene: string; option: string }[];
  ending: string;
  /** How many verdicts along the path violate and strain a hierarchy (0 and 0: fully respectful). */
  violations: number;
  strains: number;
}

/**
 * The path from the start to an ending that respects the hierarchies best: fewest violations,
 * then fewest strains, then the best ending, then the fewest choices. A uniform-cost search over
 * the run's situations.
 */
export function respectfulPath(scenario: Scenario): RespectfulPath | undefined {
  const toneRank = { good: 0, mixed: 1, poor: 2 } as const;
  interface Node {
    step: string;
    run: RunContext;
    steps: RespectfulPath['steps'];
    violations: number;
    strains: number;
  }
  const cost = (n: Node) => n.violations * 1e6 + n.strains * 1e3 + n.steps.length;
  const start = scenario.start;
  const frontier: Node[] = [
    {
      step: start,
      run: enterStep(scenario, initialContext(scenario), start),
      steps: [],
      violations: 0,
      strains: 0,
    },
  ];
  const settled = new Set<string>();
  let best: (Node & { rank: number }) | undefined;
  while (frontier.length) {
    frontier.sort((a, b) => cost(a) - cost(b));
    const node = frontier.shift() as Node;
    if (best && cost(node) > cost(best)) break;
    const ending = scenario.endings[node.step];
    if (ending) {
      const rank = toneRank[ending.tone];
      if (!best || cost(node) < cost(best) || (cost(node) === cost(best) && rank < best.rank))
        best = { ...node, rank };
      continue;
    }
    const key = JSON.stringify([
      node.step,
      node.run.meters,
      node.run.flags,
      node.run.pending,
      node.run.week,
    ]);
    if (settled.has(key)) continue;
    settled.add(key);
    const scene = scenario.scenes[node.step];
    if (!scene) continue;
    if (!scene.choice) {
      if (!scene.next) continue;
      const target = routeTarget(scene.next, node.run);
      if (target)
        frontier.push({ ...node, step: target, run: enterStep(scenario, node.run, target) });
      continue;
    }
    for (const option of availableOptions(scenario, node.run, node.step)) {
      const after = applyChoice(scenario, node.run, node.step, option);
      const target = routeTarget(option.next, after);
      if (!target) continue;
      const verdicts = HIERARCHIES.map((h) => option.verdicts[h].verdict);
      frontier.push({
        step: target,
        run: enterStep(scenario, after, target),
        steps: [...node.steps, { scene: node.step, option: option.id }],
        violations: node.violations + verdicts.filter((v) => v === 'violates').length,
        strains: node.strains + verdicts.filter((v) => v === 'strains').length,
      });
    }
  }
  return (
    best && {
      steps: best.steps,
      ending: best.step,
      violations: best.violations,
      strains: best.strains,
    }
  );
}
