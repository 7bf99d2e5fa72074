/**
 * What would have respected the three hierarchies at a choice point: the coach's feedback names it
 * beside the verdicts on the option the trainee chose.
 */
import { availableOptions } from './run.ts';
import type { Scenario } from './scenario.ts';
import type { Option } from './scenario.schema.ts';
import type { RunContext } from './run.types.ts';
import { HIERARCHIES } from './vocabulary.ts';

export interface RespectfulAlternative {
  /** The best options on offer, in the order the case lists them. */
  options: Option[];
  /** Whether those options respect all three hierarchies; if not, they are only the least harmful. */
  respectsAll: boolean;
  /** How many hierarchies each of them violates and strains (0 and 0 when `respectsAll`). */
  violations: number;
  strains: number;
  /** Whether the option chosen is one of them. */
  chosen: boolean;
}

/**
 * Among the options on offer in `scene` with the run as it stood before the choice, those that
 * respect all three hierarchies; where none does, those with the fewest violations, then the
 * fewest strains. Undefined for a scene without a choice or with nothing on offer.
 */
export function respectfulAlternative(
  scenario: Scenario,
  before: RunContext,
  scene: string,
  chosen?: string,
): RespectfulAlternative | undefined {
  const scored = availableOptions(scenario, before, scene).map((option) => {
    const verdicts = HIERARCHIES.map((h) => option.verdicts[h].verdict);
    return {
      option,
      violations: verdicts.filter((v) => v === 'violates').length,
      strains: verdicts.filter((v) => v === 'strains').length,
    };
  });
  const [best] = [...scored].sort((a, b) => a.violations - b.violations || a.strains - b.strains);
  if (!best) return undefined;
  const options = scored
    .filter((s) => s.violations === best.violations && s.strains === best.strains)
    .map((s) => s.option);
  return {
    options,
    respectsAll: best.violations === 0 && best.strains === 0,
    violations: best.violations,
    strains: best.strains,
    chosen: options.some((option) => option.id === chosen),
  };
}
