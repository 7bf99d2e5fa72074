/** A case teaches by contrast: at least one good, one mixed and one poor ending. */
import type { ScenarioFile } from '../engine/scenario.schema.ts';
import { TONES } from '../engine/vocabulary.ts';
import { finding, type Finding } from './problem.ts';

/** A warning at `endings:` naming the tones no ending has. */
export function checkEndingTones(file: ScenarioFile): Finding[] {
  const tones = new Set(Object.values(file.endings).map((ending) => ending.tone));
  const missing = TONES.filter((tone) => !tones.has(tone));
  if (!missing.length) return [];
  return [
    finding('ending-tone-missing', ['endings'], { missing }, { severity: 'warning', atKey: true }),
  ];
}
