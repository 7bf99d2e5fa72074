/** The validator on reflection questions: ids, `about`, conditions, questions never asked. */
import { describe, expect, it } from 'vitest';
import { validateScenarioText, type Problem } from '../../src/authoring/index.ts';
import { mutate, noorText, withoutToneWarning } from '../support/scenarios.ts';

const FILE = 'scenarios/noor.yaml';
const problems = (text: string, lang: 'nl' | 'en' = 'en'): Problem[] =>
  withoutToneWarning(validateScenarioText(text, FILE, { lang }).problems);
const errors = (text: string, lang: 'nl' | 'en' = 'en') =>
  problems(text, lang).filter((p) => p.severity === 'error');

/** The 1-based line and column where `marker` first occurs. */
function positionOf(text: string, marker: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(marker)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const FIRST_QUESTION = '  - id: on-top-homework\n    text: ';
const OLD_STYLE =
  '  - { nl: "Wie staat bovenaan als het om huiswerk thuis gaat?", en: "Who is on top when it comes to homework at home?" }\n';
/** Noor with its first question as reflection questions were written before they had ids. */
const oldStyle = () => {
  const text = noorText();
  const start = text.indexOf(FIRST_QUESTION);
  const end = text.indexOf('\n  - id:', start + 1) + 1;
  return text.slice(0, start) + OLD_STYLE + text.slice(end);
};

describe('reflection questions in the validator', () => {
  it('accepts the documented example as it is', () => {
    expect(problems(noorText())).toEqual([]);
  });

  it('says once, at the question, that a plain question needs an id, and shows how to write it', () => {
    const text = oldStyle();
    const [problem, ...more] = errors(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'reflection-no-id',
      ...positionOf(text, '{ nl: "Wie staat'),
    });
    expect(problem?.message).toBe(
      'reflection question 1: a reflection question is no longer a plain text, but a question with an id and a text.',
    );
    expect(problem?.hint).toContain('- id: own-line\n        text: { nl: ');
    const dutch = errors(text, 'nl')[0];
    expect(dutch?.message).toContain(
      'reflectievraag 1: een reflectievraag is geen losse tekst meer',
    );
    expect(dutch?.hint).toContain('- id: eigen-grens');
  });

  it('asks for an id where a question has a text but no id', () => {
    const text = mutate(noorText(), FIRST_QUESTION, '  - text: ');
    const [problem, ...more] = errors(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'reflection-no-id',
      message: 'reflection question 1: the question has no id.',
    });
  });

  it('reports a duplicate id at the second question', () => {
    const text = mutate(noorText(), '  - id: father-decides', '  - id: on-top-homework');
    const [problem, ...more] = errors(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({
      code: 'reflection-duplicate-id',
      ...positionOf(text, 'on-top-homework\n    about'),
    });
    expect(problem?.message).toBe(
      "reflection question 3 ('on-top-homework'), id: reflection question 1 already has the id 'on-top-homework'.",
    );
  });

  it('suggests a scene with a choice for a misspelt about, and explains a scene without one', () => {
    const misspelt = mutate(
      noorText(),
      'about: meeting\n    if: { chose: lecture }',
      'about: meting\n    if: { chose: lecture }',
    );
    const [unknown] = errors(misspelt);
    expect(unknown).toMatchObject({
      code: 'about-unknown-scene',
      ...positionOf(misspelt, 'meting'),
    });
    expect(unknown?.message).toContain("'meting' is not a known scene. Did you mean 'meeting'?");
    expect(errors(misspelt, 'nl')[0]?.message).toContain("Bedoelde je 'meeting'?");

    const choiceless = mutate(
      noorText(),
      'about: meeting\n    if: { chose: lecture }',
      'about: week-later\n    if: { chose: lecture }',
    );
    const [noChoice, ...more] = errors(choiceless);
    expect(more).toEqual([]);
    expect(noChoice?.code).toBe('about-without-choice');
    expect(noChoice?.message).toContain("scene 'week-later' has no choice");
    const ending = mutate(
      noorText(),
      'about: meeting\n    if: { chose: lecture }',
      'about: closed\n    if: { chose: lecture }',
    );
    expect(errors(ending)[0]?.message).toContain("'closed' is an ending");
  });

  it('checks a question’s condition like a line’s: unknown names, and flags read but never set', () => {
    const unknown = mutate(noorText(), 'if: { chose: lecture }', 'if: { chose: lectur }');
    const [problem] = errors(unknown);
    expect(problem).toMatchObject({ code: 'unknown-option', ...positionOf(unknown, 'lectur }') });
    expect(problem?.message).toContain("Did you mean 'lecture'?");

    const declared = mutate(
      noorText(),
      'flags: [lecturedNoor]',
      'flags: [lecturedNoor, fatherThanked]',
    );
    const neverSet = mutate(
      declared,
      'if: { chose: offer-meeting }',
      'if: { flag: fatherThanked }',
    );
    const found = problems(neverSet);
    expect(found.filter((p) => p.severity === 'error')).toEqual([]);
    expect(found.find((p) => p.code === 'flag-never-set')).toMatchObject(
      positionOf(neverSet, 'fatherThanked }'),
    );
  });

  it('warns about a question no playthrough gets', () => {
    // Lecturing and offering the meeting are options of the same choice: no run chooses both.
    const both = '{ all: [{ chose: lecture }, { chose: offer-meeting }] }';
    const text = mutate(noorText(), 'if: { chose: offer-meeting }', `if: ${both}`);
    const found = problems(text);
    expect(found.filter((p) => p.severity === 'error')).toEqual([]);
    const [warning, ...more] = found.filter((p) => p.code === 'reflection-never-asked');
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', ...positionOf(text, both) });
    expect(warning?.message).toContain(
      "in no playthrough is a choice made in scene 'meeting' while the condition holds",
    );
    expect(
      problems(text, 'nl').find((p) => p.code === 'reflection-never-asked')?.message,
    ).toContain('wordt nooit gesteld');
  });
});
