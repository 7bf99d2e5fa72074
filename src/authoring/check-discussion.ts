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
      const at = ['scenes', sceneId, 'choice', 'discuss', i];
      // A plain text is in the scenario's first language (the translation check says if more are due).
      const texts: [string, string, typeof at][] =
        typeof prompt === 'string'
          ? [[file.languages[0] ?? 'nl', prompt, at]]
          : Object.entries(prompt).map(([language, text]) => [language, text, [...at, language]]);
      for (const [language, text, path] of texts) {
        const length = [...text].length;
        if (length <= MAX_DISCUSS_CHARS) continue;
        found.push(
          finding(
            'discuss-too-long',
            path,
            { language, length, limit: MAX_DISCUSS_CHARS },
            { severity: 'warning' },
          ),
        );
      }
    }
  }
  return found;
}
