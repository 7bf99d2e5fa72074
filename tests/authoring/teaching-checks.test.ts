/**
 * The validator's domain checks: a violation that ends well (error), the respectful option as the
 * longest (a tell), a choice with nothing to weigh, endings without contrast. Each fires on a small
 * case that breaks it, at the place to look at, in English and Dutch, and is silent on one that
 * does not.
 */
import { describe, expect, it } from 'vitest';
import { validateScenarioText, type Problem } from '../../src/authoring/index.ts';
import { mutate } from '../support/scenarios.ts';
import { GATE, TEACHING_CASE, verdicts } from '../support/teaching-case.ts';

const FILE = 'scenarios/lin.yaml';
const problems = (text: string, lang: 'nl' | 'en' = 'en'): Problem[] =>
  validateScenarioText(text, FILE, { lang }).problems;
const withCode = (text: string, code: string, lang: 'nl' | 'en' = 'en') =>
  problems(text, lang).filter((p) => p.code === code);

/** The 1-based line and column where `marker` first occurs (after `after`, if given). */
function positionOf(text: string, marker: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(marker, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`marker ${marker} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe('the domain checks', () => {
  it('are silent on a case that teaches: no violation ends well, no tell, contrast everywhere', () => {
    expect(problems(TEACHING_CASE)).toEqual([]);
    expect(problems(TEACHING_CASE, 'nl')).toEqual([]);
    expect(validateScenarioText(TEACHING_CASE, FILE).scenario).toBeDefined();
  });
});

describe('a violation that reaches a good ending', () => {
  it('is an error at the good ending, with the run that gets there', () => {
    const text = mutate(TEACHING_CASE, GATE, '');
    const result = validateScenarioText(text, FILE, { lang: 'en' });
    expect(result.scenario).toBeUndefined();
    const [error, ...more] = result.problems.filter(
      (p) => p.code === 'violation-reaches-good-ending',
    );
    expect(more).toEqual([]);
    expect(error).toMatchObject({
      severity: 'error',
      path: ['endings', 'good-end'],
      ...positionOf(text, 'good-end:', 'endings:'),
      message:
        "ending 'good-end': this ending has tone: good, but a playthrough with a violation reaches it too. Shortest such playthrough (2 choices): first › a-warm (violates emotional) → second › b-plain.",
    });
    expect(error?.hint).toContain('let the route to this ending check it');
    const [dutch] = withCode(text, 'violation-reaches-good-ending', 'nl');
    expect(dutch?.message).toBe(
      "einde 'good-end': dit einde heeft tone: good, maar een speelverloop met een schending komt er ook. Kortste zo'n verloop (2 keuzes): first › a-warm (schendt emotioneel) → second › b-plain.",
    );
    expect(dutch?.hint).toContain('laat de route naar dit einde daarop letten');
  });

  it('reports the shortest such run, not the first one found along the options', () => {
    // A trap at the second choice that goes straight to the good ending: now a-plain → b-trap
    // (two steps) is shorter than a-warm → aside → b-trap (three), though a-warm comes first.
    const trap = [
      '        - id: b-trap',
      '          text: { nl: "Dan sluiten we het hier af.", en: "Then we close it here." }',
      `          verdicts: ${verdicts('respects', 'violates', 'strains')}`,
      '          next: good-end',
      '  outcome:',
    ].join('\n');
    const text = mutate(TEACHING_CASE, '  outcome:', trap);
    const [error, ...more] = withCode(text, 'violation-reaches-good-ending');
    expect(more).toEqual([]);
    expect(error?.message).toContain(
      'Shortest such playthrough (2 choices): first › a-plain → second › b-trap (violates responsibility).',
    );
    expect(error).toMatchObject(positionOf(text, 'good-end:', 'endings:'));
  });

  it('follows the run: a violation kept from the good ending by its flag, or ending mixed, is fine', () => {
    // a-warm violates, and its flag routes every run after it to the poor ending (the case as is).
    expect(withCode(TEACHING_CASE, 'violation-reaches-good-ending')).toEqual([]);
    // b-warm violating: its flag `strained` routes it to the mixed ending, never the good one.
    const toMixed = mutate(
      TEACHING_CASE,
      verdicts('strains', 'strains', 'respects'),
      verdicts('strains', 'violates', 'respects'),
    );
    expect(problems(toMixed)).toEqual([]);
  });
});

const LONG_NL_A =
  'Wat heeft u thuis al geprobeerd, en wat werkte daarvan een beetje, denkt u zelf?';
const LONG_EN_A =
  'What have you already tried at home, and what of it worked a little, do you think?';
const LONG_NL_B =
  'Fijn om te horen. Hoe pakt u dat thuis aan, en wat merkt u daarvan bij Lin zelf?';
const LONG_EN_B =
  'Good to hear. How do you go about it at home, and what do you notice of it in Lin?';
const longer = (text: string, nl: boolean, en: boolean) => {
  let out = text;
  if (nl) out = mutate(out, 'nl: "Wat heeft u al geprobeerd?"', `nl: "${LONG_NL_A}"`);
  if (en) out = mutate(out, 'en: "What have you tried?"', `en: "${LONG_EN_A}"`);
  if (nl) out = mutate(out, 'nl: "Fijn. Hoe doet u dat?"', `nl: "${LONG_NL_B}"`);
  if (en) out = mutate(out, 'en: "Good. How do you do it?"', `en: "${LONG_EN_B}"`);
  return out;
};

describe('the fully respectful option as the longest (a tell)', () => {
  it('warns in the language where it is the longest at more than half the choices, at its text', () => {
    const text = longer(TEACHING_CASE, true, false);
    const found = problems(text);
    expect(found.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'respectful-longest'],
      ['warning', 'respectful-longest'],
    ]);
    const [first, second] = found;
    expect(first).toMatchObject({
      path: ['scenes', 'first', 'choice', 'options', 1, 'text', 'nl'],
      ...positionOf(text, `"${LONG_NL_A}"`),
      message:
        "scene 'first', option 2 ('a-plain'), text, nl: the option that respects all three hierarchies is the longest here (nl). That holds at more than half of the choice points with such an option (nl: 2 of 2): a trainee who always picks the longest text wins without thinking.",
    });
    expect(second).toMatchObject(positionOf(text, `"${LONG_NL_B}"`));
    expect(first?.hint).toContain('short and plain');
    const dutch = withCode(text, 'respectful-longest', 'nl');
    expect(dutch[0]?.message).toBe(
      "scène 'first', keuze 2 ('a-plain'), text, nl: de keuze die alle drie de hiërarchieën respecteert is hier de langste (nl). Dat is zo bij meer dan de helft van de keuzemomenten met zo'n keuze (nl: 2 van de 2): wie steeds de langste tekst kiest, wint zonder na te denken.",
    );
    expect(dutch[0]?.hint).toContain('kort en gewoon');
  });

  it('points at the whole text when it is the longest in both languages', () => {
    const text = longer(TEACHING_CASE, true, true);
    const found = withCode(text, 'respectful-longest');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      path: ['scenes', 'first', 'choice', 'options', 1, 'text'],
      ...positionOf(text, `{ nl: "${LONG_NL_A}"`),
    });
    expect(found[0]?.message).toContain('is the longest here (nl, en)');
    expect(found[0]?.message).toContain('(nl: 2 of 2; en: 2 of 2)');
  });

  it('is silent at half the choices or fewer', () => {
    const once = mutate(TEACHING_CASE, 'nl: "Wat heeft u al geprobeerd?"', `nl: "${LONG_NL_A}"`);
    expect(problems(once)).toEqual([]);
  });
});

describe('a choice whose options all have the same verdicts', () => {
  it('warns at the choice, naming the verdicts they share', () => {
    const text = mutate(
      TEACHING_CASE,
      verdicts('strains', 'strains', 'respects'),
      verdicts('respects', 'respects', 'respects'),
    );
    const [warning, ...more] = problems(text);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'same-verdicts',
      ...positionOf(text, 'choice:', '  second:'),
      message:
        "scene 'second': all 2 options have the same verdicts (emotional: respects, responsibility: respects, expertise: respects); there is nothing to weigh here.",
    });
    expect(warning?.hint).toContain('a tempting trap or a respectful alternative');
    const [dutch] = problems(text, 'nl');
    expect(dutch?.message).toBe(
      "scène 'second': alle 2 keuzes hebben hetzelfde oordeel (emotioneel: respecteert, verantwoordelijkheid: respecteert, deskundigheid: respecteert); hier valt niets af te wegen.",
    );
  });

  it('is silent when one option differs in one hierarchy only', () => {
    const text = mutate(
      TEACHING_CASE,
      verdicts('strains', 'strains', 'respects'),
      verdicts('respects', 'respects', 'strains'),
    );
    expect(withCode(text, 'same-verdicts')).toEqual([]);
  });
});

describe('endings without contrast', () => {
  it('warns at endings: when no ending is mixed', () => {
    const text = mutate(TEACHING_CASE, 'tone: mixed', 'tone: poor');
    const [warning, ...more] = problems(text);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({
      severity: 'warning',
      code: 'ending-tone-missing',
      ...positionOf(text, 'endings:'),
      message: 'endings: no ending has tone: mixed.',
    });
    expect(warning?.hint).toContain('at least one good, one mixed and one poor ending');
    expect(problems(text, 'nl')[0]?.message).toBe('endings: er is geen einde met tone: mixed.');
  });

  it('names every tone that is missing', () => {
    const text = mutate(
      mutate(TEACHING_CASE, 'tone: mixed', 'tone: poor'),
      'tone: good',
      'tone: poor',
    );
    expect(withCode(text, 'ending-tone-missing')[0]?.message).toBe(
      'endings: no ending has tone: good and none has tone: mixed.',
    );
    expect(withCode(text, 'ending-tone-missing', 'nl')[0]?.message).toBe(
      'endings: er is geen einde met tone: good en geen met tone: mixed.',
    );
  });
});
