import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_BYTES,
  validateScenarioText,
  type Problem,
} from '../../src/authoring/index.ts';
import { mutate, noorText, withoutToneWarning } from '../support/scenarios.ts';

const FILE = 'scenarios/noor.yaml';

/** The 1-based line and column where `marker` first occurs (after `after`, if given). */
function positionOf(text: string, marker: string, after = ''): { line: number; column: number } {
  const offset = text.indexOf(marker, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`marker ${marker} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function problems(text: string, lang: 'nl' | 'en' = 'en'): Problem[] {
  return withoutToneWarning(validateScenarioText(text, FILE, { lang }).problems);
}

function onlyError(text: string): Problem {
  const errors = problems(text).filter((p) => p.severity === 'error');
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  return errors[0] as Problem;
}

/**
 * Noor with the week-later scene ending in one option, follow-up, offered only if `flag` is set:
 * where the flag is not set, that scene is a dead end.
 */
function weekLaterOfferedOnlyIf(flag: string): string {
  const why = '{ nl: "Waarom.", en: "Why." }';
  const verdicts = ['emotional', 'responsibility', 'expertise']
    .map((hierarchy) => `            ${hierarchy}: { verdict: respects, why: ${why} }\n`)
    .join('');
  const offeredOnlyIf = [
    '    choice:',
    '      options:',
    '        - id: follow-up',
    `          if: { flag: ${flag} }`,
    '          text: { nl: "Vervolg.", en: "Follow-up." }',
    `          verdicts:\n${verdicts}          next:`,
    '            - { if: { meter: loyaltyConflict, atLeast: 40 }, goto: closed }',
    '            - goto: open',
    '',
  ].join('\n');
  return mutate(
    noorText(),
    '    next:\n      - if: { meter: loyaltyConflict, atLeast: 40 }\n        goto: closed\n      - goto: open\n',
    offeredOnlyIf,
  );
}

describe('the validator', () => {
  it('accepts the documented example without problems', () => {
    const result = validateScenarioText(noorText(), FILE, { lang: 'en' });
    expect(withoutToneWarning(result.problems)).toEqual([]);
    expect(result.scenario?.id).toBe('noor');
  });

  it('reports a YAML syntax error at its line', () => {
    const text = mutate(noorText(), '    week: 2\n', '    week: 2\n   wrong: x\n');
    const problem = onlyError(text);
    expect(problem).toMatchObject({
      code: 'yaml-syntax',
      file: FILE,
      ...positionOf(text, '   wrong: x'),
      column: 1,
    });
    expect(problem.message).toMatch(/^The YAML is broken here: /);
    expect(problem.hint).toMatch(/indent/i);
    // In Dutch the parser's English is put into Dutch words too.
    const dutch = validateScenarioText(text, FILE, { lang: 'nl' }).problems[0]!;
    expect(dutch.message).toBe(
      'De YAML klopt hier niet: deze regel springt niet even ver in als de regels op hetzelfde niveau.',
    );
  });

  it('keeps the parser’s own words, after a Dutch lead, for an error it has no Dutch for', () => {
    const text = `${noorText()}\nextra: &x &y 2\n`;
    const { problems } = validateScenarioText(text, FILE, { lang: 'nl' });
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax', ...positionOf(text, '&y 2') });
    expect(problems[0]!.message).toBe(
      'De YAML klopt hier niet: de YAML-lezer meldt (in het Engels) “A node can have at most one anchor”.',
    );
  });

  it('reports an unknown scene where it is named, with a suggestion', () => {
    const text = mutate(noorText(), 'goto: closed', 'goto: closd');
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'unknown-scene', ...positionOf(text, 'closd') });
    expect(problem.message).toBe(
      "scene 'week-later', route 1, goto: 'closd' is not a known scene or ending. Did you mean 'closed'?",
    );
  });

  it('reports an ending no route leads to, at its name', () => {
    const text = mutate(
      noorText(),
      '  closed:\n',
      '  never:\n    title: { nl: "Nooit", en: "Never" }\n    outcome: { nl: "x", en: "x" }\n    tone: mixed\n  closed:\n',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'unreachable', ...positionOf(text, 'never:') });
    expect(problem.message).toBe(
      "ending 'never': this ending can never be reached: no option or route leads to it.",
    );
  });

  it('reports an ending whose conditions never hold on the way', () => {
    const text = mutate(noorText(), 'atLeast: 40', 'atLeast: 90');
    const [problem, ...more] = problems(text).filter((p) => p.severity === 'error');
    expect(problem).toMatchObject({
      code: 'unreachable-by-conditions',
      ...positionOf(text, 'closed:', 'endings:'),
    });
    // Lecturing now ends in 'open' too: a violation that ends well, which the domain check reports.
    expect(more.map((p) => p.code)).toEqual(['violation-reaches-good-ending']);
  });

  it('reports a missing verdict at the verdicts of that option', () => {
    const text = mutate(
      noorText(),
      '            expertise:\n              verdict: respects\n              why: { nl: "Je biedt dienstbare deskundigheid aan.", en: "You offer serving expertise." }\n',
      '',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({
      code: 'missing-verdict',
      ...positionOf(text, 'verdicts:', 'id: offer-meeting'),
    });
    expect(problem.message).toBe(
      "scene 'meeting', option 2 ('offer-meeting'), verdicts: there is no verdict for the expertise hierarchy.",
    );
  });

  it('reports a missing rationale', () => {
    const text = mutate(
      noorText(),
      '              why: { nl: "Je kiest partij in het gezin.", en: "You take sides in the family." }\n',
      '',
    );
    expect(onlyError(text)).toMatchObject({
      code: 'missing-why',
      ...positionOf(text, 'emotional:', 'id: lecture'),
    });
  });

  it('reports a missing translation at the text', () => {
    const text = mutate(
      noorText(),
      'title: { nl: "Een week later", en: "A week later" }',
      'title: { nl: "Een week later" }',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({
      code: 'missing-translation',
      ...positionOf(text, '{ nl: "Een week later" }'),
    });
    expect(problem.message).toBe("scene 'week-later', title: the text has no en version.");
  });

  it('reports a one-language text in a two-language scenario', () => {
    const text = mutate(
      noorText(),
      'prompt: { nl: "Wat zeg je?", en: "What do you say?" }',
      'prompt: Wat zeg je?',
    );
    expect(onlyError(text)).toMatchObject({
      code: 'untranslated-text',
      ...positionOf(text, 'Wat zeg je?'),
    });
  });

  it('names a misspelt field and suggests the right one', () => {
    const text = mutate(noorText(), 'estimatedMinutes: 5', 'estimatedMinuts: 5');
    const found = problems(text);
    const unknown = found.find((p) => p.code === 'unknown-field');
    const missing = found.find((p) => p.code === 'missing');
    expect(found).toHaveLength(2);
    expect(unknown).toMatchObject({
      code: 'unknown-field',
      ...positionOf(text, 'estimatedMinuts'),
    });
    expect(unknown?.message).toContain("Did you mean 'estimatedMinutes'?");
    expect(missing).toMatchObject({
      code: 'missing',
      message: "the scenario: the field 'estimatedMinutes' is missing.",
    });
  });

  it('suggests the nearest allowed value', () => {
    const text = mutate(noorText(), 'verdict: strains', 'verdict: strain');
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'not-allowed-value', ...positionOf(text, 'strain\n') });
    expect(problem.message).toContain("Did you mean 'strains'?");
    expect(problem.hint).toBe('Choose from: respects, strains, violates.');
  });

  it('reports unknown speakers, meters and flags', () => {
    const speaker = mutate(noorText(), '      - speaker: father', '      - speaker: fathre');
    expect(onlyError(speaker)).toMatchObject({
      code: 'unknown-speaker',
      ...positionOf(speaker, 'fathre'),
    });
    const meter = mutate(
      noorText(),
      'meters: { parentAgency: -10 }',
      'meters: { parentTrust: -10 }',
    );
    expect(onlyError(meter)).toMatchObject({
      code: 'unknown-meter',
      ...positionOf(meter, 'parentTrust: -10'),
    });
    const flag = mutate(noorText(), 'if: { flag: lecturedNoor }', 'if: { flag: lectured }');
    expect(problems(flag)[0]).toMatchObject({
      code: 'unknown-flag',
      ...positionOf(flag, 'lectured }'),
    });
  });

  it('reports a route list without a default', () => {
    const text = mutate(
      noorText(),
      '      - goto: open',
      '      - if: { flag: lecturedNoor }\n        goto: open',
    );
    expect(onlyError(text)).toMatchObject({
      code: 'route-no-default',
      ...positionOf(text, 'if: { flag: lecturedNoor }\n        goto: open'),
    });
  });

  it('reports a condition that mixes kinds', () => {
    const text = mutate(
      noorText(),
      'if: { flag: lecturedNoor }',
      'if: { flag: lecturedNoor, visited: meeting }',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'condition-shape' });
    expect(problem.message).toContain('flag, visited');
  });

  it('reports a dead end with the choices that lead to it', () => {
    const gated = mutate(
      noorText(),
      '        - id: offer-meeting\n',
      '        - id: offer-meeting\n          if: { chose: lecture }\n',
    );
    const text = mutate(
      gated,
      '        - id: lecture\n',
      '        - id: lecture\n          if: { chose: offer-meeting }\n',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'dead-end', ...positionOf(text, 'meeting:', 'scenes:') });
    expect(problem.message).toBe("scene 'meeting': after the start, no option is available here.");
  });

  it('names the shortest run of choices into a dead end further in', () => {
    const text = weekLaterOfferedOnlyIf('lecturedNoor');
    const problem = onlyError(text);
    expect(problem).toMatchObject({
      code: 'dead-end',
      ...positionOf(text, 'week-later:', 'scenes:'),
    });
    expect(problem.message).toBe(
      "scene 'week-later': after 'offer-meeting', no option is available here.",
    );
  });

  it('reports a dead end alone, not as a loop, when every run runs into it', () => {
    const text = mutate(
      weekLaterOfferedOnlyIf('neverSet'),
      'flags: [lecturedNoor]',
      'flags: [lecturedNoor, neverSet]',
    );
    const problem = onlyError(text);
    expect(problem).toMatchObject({
      code: 'dead-end',
      ...positionOf(text, 'week-later:', 'scenes:'),
    });
  });

  it('reports a loop without a way out', () => {
    // Both options lead back to the meeting; without the delayed effect, the situations repeat.
    const loop = mutate(
      noorText(),
      'next: week-later\n        - id: offer',
      'next: meeting\n        - id: offer',
    );
    const noLater = loop.replace(/ {10}later:\n(?: {12}.*\n)+/, '');
    expect(noLater).not.toMatch(/^ +later:/m);
    const text = mutate(noLater, 'next: week-later\n  week-later', 'next: meeting\n  week-later');
    const errors = problems(text).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.code)).toContain('no-exit');
    expect(errors.find((p) => p.code === 'no-exit')?.message).toMatch(
      /loop with no way out \(meeting\)/,
    );
  });

  it('accepts a text written once and reused with a YAML alias', () => {
    const why = '{ nl: "Je kiest partij in het gezin.", en: "You take sides in the family." }';
    const text = mutate(
      mutate(noorText(), `why: ${why}`, `why: &sides ${why}`),
      'why: { nl: "Je neemt de opvoeding thuis over.", en: "You take over the upbringing at home." }',
      'why: *sides',
    );
    expect(text).toContain('*sides');
    expect(problems(text)).toEqual([]);
  });

  it('refuses aliases that multiply into a huge document, without hanging', () => {
    const levels = Array.from(
      { length: 12 },
      (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`,
    );
    const text = `${noorText()}\nl0: &l0 [x]\n${levels.join('\n')}\n`;
    const problem = onlyError(text);
    expect(problem).toMatchObject({ code: 'yaml-syntax', ...positionOf(text, '*l0') });
    expect(problem.message).toContain('too many aliases');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const problem = onlyError(`${noorText()}\n# ${'x'.repeat(MAX_SCENARIO_BYTES)}`);
    expect(problem).toMatchObject({ code: 'file-too-large', line: 1, column: 1 });
  });

  it('reports an empty file and a file that is not a set of fields', () => {
    expect(onlyError('').code).toBe('file-empty');
    expect(onlyError('- a\n- b\n').code).toBe('not-a-mapping');
  });

  it('speaks Dutch when asked', () => {
    const text = mutate(noorText(), 'goto: closed', 'goto: closd');
    const [problem] = problems(text, 'nl');
    expect(problem?.message).toBe(
      "scène 'week-later', route 1, goto: 'closd' is geen bekende scène of einde. Bedoelde je 'closed'?",
    );
  });

  it('warns, without failing, about a speaker who is not in the room', () => {
    const text = mutate(noorText(), '    present: [noor, counsellor]', '    present: [counsellor]');
    const result = validateScenarioText(text, FILE, { lang: 'en' });
    expect(result.scenario).toBeDefined();
    expect(withoutToneWarning(result.problems)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'speaker-not-present',
        ...positionOf(text, 'noor\n', 'week-later:'),
      }),
    ]);
  });

  it('warns once about a flag that is read but never set, at its first read', () => {
    let text = mutate(noorText(), '            flags: { lecturedNoor: true }\n', '');
    text = mutate(
      text,
      '      - if: { meter: loyaltyConflict, atLeast: 40 }',
      '      - if: { flag: lecturedNoor }\n        goto: closed\n      - if: { meter: loyaltyConflict, atLeast: 40 }',
    );
    const result = validateScenarioText(text, FILE, { lang: 'en' });
    const neverSet = result.problems.filter((p) => p.code === 'flag-never-set');
    expect(neverSet).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['scenes', 'week-later', 'lines', 0, 'if', 'flag'],
        ...positionOf(text, 'lecturedNoor }', 'week-later:'),
      }),
    ]);
  });
});
