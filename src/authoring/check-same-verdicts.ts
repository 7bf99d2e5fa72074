/** A choice teaches only when its options differ: options that all score alike leave nothing to weigh. */
import type { Option, ScenarioFile } from '../engine/scenario.schema.ts';
import { HIERARCHIES } from '../engine/vocabulary.ts';
import { finding, type Finding } from './problem.ts';

/** The three verdicts of an option, in the order of HIERARCHIES. */
export const verdictProfile = (option: Option) =>
  HIERARCHIES.map((h) => option.verdicts[h].verdict);

/** A warning at every choice of two or more options whose verdicts are the same in each hierarchy. */
export function checkSameVerdicts(file: ScenarioFile): Finding[] {
  const found: Finding[] = [];
  for (const [sceneId, scene] of Object.entries(file.scenes)) {
    const options = scene.choice?.options ?? [];
    const [first, ...others] = options.map((option) => verdictProfile(option).join());
    if (!others.length || others.some((profile) => profile !== first)) continue;
    const { emotional, responsibility, expertise } = (options[0] as Option).verdicts;
    found.push(
      finding(
        'same-verdicts',
        ['scenes', sceneId, 'choice'],
        {
          count: options.length,
          emotional: emotional.verdict,
          responsibility: responsibility.verdict,
          expertise: expertise.verdict,
        },
        { severity: 'warning', atKey: true },
      ),
    );
  }
  return found;
}
