/** discussionPrompts: the author's questions for the room, or questions on the hierarchies. */
import { describe, expect, it } from 'vitest';
import {
  LEADERS,
  discussionPrompts,
  localize,
  type Leader,
  type LocalizedText,
} from '../../src/engine/index.ts';
import { mutate, noorText, noorWithoutDiscussion, scenarioFromText } from '../support/scenarios.ts';

const LEADS = '      leads: { expertise: parents }\n';
const MATTER = '      matter: { nl: "Huiswerk thuis", en: "Homework at home" }\n';
/** Noor without its own prompts, with one change: the prompts are then derived. */
const noorWith = (from: string, to: string) =>
  scenarioFromText(mutate(noorWithoutDiscussion(), from, to));
const derivedNoor = () => scenarioFromText(noorWithoutDiscussion());
const texts = (prompts: LocalizedText[], lang: 'nl' | 'en') =>
  prompts.map((p) => localize(p, lang));

/** How each leader is named in a derived prompt, in Dutch and English. */
const NAMED: Record<Leader, [string, string]> = {
  parents: ['Volgens de casus: de ouders.', 'According to the case: the parents.'],
  pupil: ['Volgens de casus: de leerling zelf.', 'According to the case: the pupil themselves.'],
  counsellor: ['Volgens de casus: de begeleider.', 'According to the case: the counsellor.'],
  teacher: ['Volgens de casus: de leerkracht.', 'According to the case: the teacher.'],
  school: ['Volgens de casus: de school.', 'According to the case: the school.'],
  protection: [
    'Volgens de casus: derden, omdat het kind beschermd moet worden.',
    'According to the case: third parties, because the child must be protected.',
  ],
};

describe('discussionPrompts', () => {
  it('gives the authored prompts, in order, when the choice has them', () => {
    const noor = scenarioFromText(noorText());
    const authored = noor.scenes.meeting!.choice!.discuss!;
    expect(authored).toHaveLength(2);
    expect(discussionPrompts(noor, 'meeting')).toEqual(authored);
    expect(localize(discussionPrompts(noor, 'meeting')[0]!, 'en')).toBe(
      "Whose matter is homework at home: Noor's, her father's or the school's?",
    );
  });

  it('derives one question per hierarchy from the matter and leads when none are authored', () => {
    const prompts = discussionPrompts(derivedNoor(), 'meeting');
    expect(texts(prompts, 'nl')).toEqual([
      'Als het gaat om „Huiswerk thuis”: wiens band komt voor de leerling eerst? Volgens de casus: de ouders. Wat hoort de leerling in elke reactie over die band?',
      'Als het gaat om „Huiswerk thuis”: wie draagt de verantwoordelijkheid? Volgens de casus: de ouders. Wie beslist er in elke reactie, en over wat?',
      'Als het gaat om „Huiswerk thuis”: wiens kennis gaat hier voor? Volgens de casus: de ouders. Wiens kennis klinkt door in elke reactie?',
    ]);
    expect(texts(prompts, 'en')).toEqual([
      'When it comes to “Homework at home”, whose bond comes first for the pupil? According to the case: the parents. What does the pupil hear about that bond in each response?',
      'When it comes to “Homework at home”, who carries the responsibility? According to the case: the parents. Who decides what in each response?',
      'When it comes to “Homework at home”, whose knowledge leads here? According to the case: the parents. Whose knowledge speaks in each response?',
    ]);
  });

  it.each(LEADERS)('names %s as the leader of the hierarchy it leads, and only there', (leader) => {
    const noor = noorWith(
      LEADS,
      `      leads: { responsibility: ${leader}, expertise: ${leader} }\n`,
    );
    const [emotional, responsibility, expertise] = discussionPrompts(noor, 'meeting');
    const [nl, en] = NAMED[leader];
    for (const prompt of [responsibility, expertise]) {
      expect(localize(prompt!, 'nl')).toContain(nl);
      expect(localize(prompt!, 'en')).toContain(en);
    }
    // The emotional hierarchy was left to its default: the parents.
    expect(localize(emotional!, 'en')).toContain(NAMED.parents[1]);
  });

  it('asks about "this choice" when the choice names no matter', () => {
    const prompts = discussionPrompts(noorWith(MATTER, ''), 'meeting');
    expect(prompts).toHaveLength(3);
    for (const nl of texts(prompts, 'nl')) expect(nl).toMatch(/^Bij deze keuze: \S/);
    for (const en of texts(prompts, 'en')) expect(en).toMatch(/^In this choice, \S/);
    expect(texts(prompts, 'en').join(' ')).not.toContain('“');
  });

  it('never names an option or a verdict: the room judges the responses itself', () => {
    const noor = derivedNoor();
    const all = [
      ...texts(discussionPrompts(noor, 'meeting'), 'nl'),
      ...texts(discussionPrompts(noor, 'meeting'), 'en'),
    ].join(' ');
    const options = noor.scenes.meeting!.choice!.options;
    for (const option of options) {
      expect(all).not.toContain(option.id);
      expect(all).not.toContain(localize(option.text, 'en'));
    }
    expect(all).not.toMatch(/respect|strain|violat|schend|belast|goed|fout|right|wrong|best/i);
  });

  it('has none for a scene without a choice, or a scene that does not exist', () => {
    const noor = scenarioFromText(noorText());
    expect(discussionPrompts(noor, 'week-later')).toEqual([]);
    expect(discussionPrompts(noor, 'nowhere')).toEqual([]);
  });
});
