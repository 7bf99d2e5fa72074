/** The validator on a choice's discussion prompts: an empty list, translations, length. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_DISCUSS_CHARS,
  validateScenarioText,
  type Problem,
} from '../../src/authoring/index.ts';
import {
  mutate,
  noorText,
  noorWithoutDiscussion,
  withoutToneWarning,
} from '../support/scenarios.ts';

const FILE = 'scenarios/noor.yaml';
const problems = (text: string, lang: 'nl' | 'en' = 'en'): Problem[] =>
  withoutToneWarning(validateScenarioText(text, FILE, { lang }).problems);

/** The 1-based line and column where `marker` first occurs. */
function positionOf(text: string, marker: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(marker)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const LEADS = '      leads: { expertise: parents }\n';
/** Noor with `discuss:` written as given (in place of its own), right after the meeting's `leads:`. */
const withDiscuss = (discuss: string) =>
  mutate(noorWithoutDiscussion(), LEADS, `${LEADS}${discuss}`);
const prompt = (nl: string, en: string) => `        - { nl: "${nl}", en: "${en}" }\n`;

describe('discussion prompts in the validator', () => {
  it('accepts the documented example, whose choice has prompts, and the same without them', () => {
    expect(problems(noorText())).toEqual([]);
    expect(
      validateScenarioText(noorText(), FILE).scenario?.scenes.meeting?.choice?.discuss,
    ).toHaveLength(2);
    expect(problems(noorWithoutDiscussion())).toEqual([]);
  });

  it('accepts prompts in both languages', () => {
    const text = withDiscuss(
      `      discuss:\n${prompt('Van wie is het huiswerk thuis?', 'Whose matter is homework at home?')}`,
    );
    expect(problems(text)).toEqual([]);
    expect(validateScenarioText(text, FILE).scenario?.scenes.meeting?.choice?.discuss).toEqual([
      { nl: 'Van wie is het huiswerk thuis?', en: 'Whose matter is homework at home?' },
    ]);
  });

  it('says an empty list needs questions or can be left out, in English and Dutch', () => {
    const text = withDiscuss('      discuss: []\n');
    const [problem, ...more] = problems(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      code: 'discuss-empty',
      ...positionOf(text, '[]'),
      message: "scene 'meeting', discuss: 'discuss:' is there, but without questions.",
    });
    expect(problem?.hint).toContain("or leave out 'discuss:'");
    const [dutch] = problems(text, 'nl');
    expect(dutch?.message).toBe(
      "scène 'meeting', discuss: 'discuss:' staat er, maar zonder vragen.",
    );
    expect(dutch?.hint).toContain("of laat 'discuss:' weg");
  });

  it('reports a prompt without Dutch at the prompt, numbered', () => {
    const text = withDiscuss(
      `      discuss:\n${prompt('Van wie is dit?', 'Whose is this?')}        - { en: "Who leads here?" }\n`,
    );
    const [problem, ...more] = problems(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'missing-translation',
      ...positionOf(text, '{ en: "Who leads'),
      message: "scene 'meeting', discussion prompt 2: the text has no nl version.",
    });
    expect(problems(text, 'nl')[0]?.message).toBe(
      "scène 'meeting', gespreksvraag 2: de tekst heeft geen nl-versie.",
    );
  });

  it('asks for the English of a prompt when the scenario declares English', () => {
    const text = withDiscuss('      discuss:\n        - "Wie gaat hierover?"\n');
    const [problem, ...more] = problems(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'untranslated-text',
      ...positionOf(text, '"Wie gaat'),
      message:
        "scene 'meeting', discussion prompt 1: this text is in one language only, but the scenario is in nl, en.",
    });
    const missingEn = withDiscuss('      discuss:\n        - { nl: "Wie gaat hierover?" }\n');
    expect(problems(missingEn)[0]).toMatchObject({
      code: 'missing-translation',
      message: "scene 'meeting', discussion prompt 1: the text has no en version.",
    });
  });

  it('reports an empty prompt as an empty text', () => {
    const text = withDiscuss('      discuss:\n        - ""\n');
    expect(problems(text)[0]).toMatchObject({ code: 'too-small', ...positionOf(text, '""') });
  });

  it('warns about a prompt too long to read on a projector, in the language that is too long', () => {
    const long = `Wie ${'x'.repeat(MAX_DISCUSS_CHARS)}?`;
    const text = withDiscuss(`      discuss:\n${prompt(long, 'Who leads here?')}`);
    const found = problems(text);
    expect(found.filter((p) => p.severity === 'error')).toEqual([]);
    const [warning, ...more] = found;
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'discuss-too-long',
      ...positionOf(text, `"${long}"`),
    });
    expect(warning?.message).toBe(
      `scene 'meeting', discussion prompt 1, nl: the nl text is ${long.length} characters; on a projector, more than ${MAX_DISCUSS_CHARS} is hard to read at the back of the room.`,
    );
    expect(problems(text, 'nl')[0]?.message).toContain(
      `de nl-tekst is ${long.length} tekens; op een projectiescherm`,
    );
    const atLimit = withDiscuss(
      `      discuss:\n${prompt('x'.repeat(MAX_DISCUSS_CHARS), 'Who leads here?')}`,
    );
    expect(problems(atLimit)).toEqual([]);
  });

  it('measures a plain-text prompt too, and points at the text itself', () => {
    const long = `Wie ${'x'.repeat(MAX_DISCUSS_CHARS)}?`;
    const text = withDiscuss(`      discuss:\n        - "${long}"\n`);
    const found = problems(text);
    expect(found.map((p) => [p.code, p.severity])).toEqual([
      ['untranslated-text', 'error'],
      ['discuss-too-long', 'warning'],
    ]);
    for (const problem of found) expect(problem).toMatchObject(positionOf(text, `"${long}"`));
    expect(found[1]?.message).toContain("scene 'meeting', discussion prompt 1: the nl text is");
  });

  it('names the field when discuss is misspelt', () => {
    const text = withDiscuss(`      discus:\n${prompt('Wie?', 'Who?')}`);
    expect(problems(text)[0]).toMatchObject({
      code: 'unknown-field',
      ...positionOf(text, 'discus:'),
      message: "scene 'meeting', discus: there is no field 'discus'. Did you mean 'discuss'?",
    });
  });

  it('documents the length it warns at', () => {
    const guide = readFileSync('docs/scenario-format.md', 'utf8');
    expect(guide).toContain(
      `longer than ${MAX_DISCUSS_CHARS} characters in a language is a warning`,
    );
  });
});
