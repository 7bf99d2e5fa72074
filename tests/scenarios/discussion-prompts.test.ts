/** Both cases give a room two or three questions of their own at every choice, in Dutch and English. */
import { describe, expect, it } from 'vitest';
import { discussionPrompts, localize, type Scenario } from '../../src/engine/index.ts';
import { MAX_DISCUSS_CHARS } from '../../src/authoring/index.ts';
import { loadScenario } from '../support/scenarios.ts';

describe.each(['saskia', 'timo', 'thuiszitters-buikpijn'])('discussion prompts of %s', (name) => {
  const scenario: Scenario = loadScenario(`scenarios/${name}.yaml`);
  const withChoice = Object.keys(scenario.scenes).filter((id) => scenario.scenes[id]?.choice);

  it('has authored prompts at every choice point, so none are derived', () => {
    expect(withChoice.length).toBeGreaterThan(3);
    for (const sceneId of withChoice) {
      const authored = scenario.scenes[sceneId]!.choice!.discuss ?? [];
      expect(authored.length, sceneId).toBeGreaterThanOrEqual(2);
      expect(authored.length, sceneId).toBeLessThanOrEqual(3);
      expect(discussionPrompts(scenario, sceneId)).toEqual(authored);
    }
  });

  it('writes each prompt as a question in both languages, short enough for a projector', () => {
    for (const sceneId of withChoice) {
      for (const prompt of discussionPrompts(scenario, sceneId)) {
        expect(typeof prompt, sceneId).toBe('object');
        for (const lang of ['nl', 'en'] as const) {
          const text = (prompt as Record<string, string | undefined>)[lang] ?? '';
          expect(text, `${sceneId} ${lang}`).toMatch(/\?$/);
          expect([...text].length, `${sceneId} ${lang}`).toBeLessThanOrEqual(MAX_DISCUSS_CHARS);
        }
      }
    }
  });

  it('never names an option of its choice: the room decides before it knows the verdicts', () => {
    for (const sceneId of withChoice) {
      const choice = scenario.scenes[sceneId]!.choice!;
      const prompts = choice.discuss!.map((p) => `${localize(p, 'nl')} ${localize(p, 'en')}`);
      for (const option of choice.options)
        for (const prompt of prompts) expect(prompt, sceneId).not.toContain(option.id);
      expect(prompts.join(' '), sceneId).not.toMatch(/respect|schend|violat|strain|belast/i);
    }
  });
});
