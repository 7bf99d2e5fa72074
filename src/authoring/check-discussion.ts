/** Checks of the discussion prompts a choice puts to a room: short enough to read from a projector. */
import type { ScenarioFile } from '../engine/scenario.schema.ts';
import { finding, type Finding } from './problem.ts';

/**
 * The characters a prompt may have, per language, before it is flagged: about three lines on a
 * projected slide. A warning, not an error — a long prompt still works, it only reads badly.
 */
export const MAX_DISCUSS_CHARS = 200;

/** A warning for every translation of a prompt longer than MAX_DISCUSS_CHARS. */
export function checkDiscussion(file: ScenarioFile): Finding[] {
  const found: Finding[] = [];
  for (const [sceneId, scene] of Object.entries(file.scenes)) {
    for (const [i, prompt] of (scene.choice?.discuss ?? []).entries()) {
      // A plain text is reported by the translation check; its length counts as Dutch here.
      const texts = typeof prompt === 'string' ? { nl: prompt } : prompt;
      for (const [language, text] of Object.entries(texts)) {
        const length = [...text].length;
        if (length <= MAX_DISCUSS_CHARS) continue;
        found.push(
          finding(
            'discuss-too-long',
            ['scenes', sceneId, 'choice', 'discuss', i, language],
            { language, length, limit: MAX_DISCUSS_CHARS },
            { severity: 'warning' },
          ),
        );
      }
    }
  }
  return found;
}
