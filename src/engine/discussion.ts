/**
 * The questions a facilitator puts to a room before it votes on a choice: the author's own, or
 * questions on the three hierarchies for the choice's matter. Derived questions name who leads,
 * never which option is right: the room should reason through the lens, not be handed a verdict.
 */
import { leadsOf, type Scenario } from './scenario.ts';
import type { LocalizedText } from './scenario.schema.ts';
import { localize } from './text.ts';
import { HIERARCHIES, type Hierarchy, type Leader } from './vocabulary.ts';

interface LocalizedPair {
  nl: string;
  en: string;
}

/** Who leads, as a phrase after "Volgens de casus:" / "According to the case:". */
const LEADER_PHRASE: Record<Leader, LocalizedPair> = {
  parents: { nl: 'de ouders', en: 'the parents' },
  pupil: { nl: 'de leerling zelf', en: 'the pupil themselves' },
  counsellor: { nl: 'de begeleider', en: 'the counsellor' },
  teacher: { nl: 'de leerkracht', en: 'the teacher' },
  school: { nl: 'de school', en: 'the school' },
  protection: {
    nl: 'derden, omdat het kind beschermd moet worden',
    en: 'third parties, because the child must be protected',
  },
};

/** Each hierarchy's own question (DOMAIN: the three hierarchies), then one about the options. */
const HIERARCHY_QUESTION: Record<Hierarchy, { ask: LocalizedPair; options: LocalizedPair }> = {
  emotional: {
    ask: {
      nl: 'wiens band komt voor de leerling eerst?',
      en: 'whose bond comes first for the pupil?',
    },
    options: {
      nl: 'Wat hoort de leerling in elke reactie over die band?',
      en: 'What does the pupil hear about that bond in each response?',
    },
  },
  responsibility: {
    ask: { nl: 'wie draagt de verantwoordelijkheid?', en: 'who carries the responsibility?' },
    options: {
      nl: 'Wie beslist er in elke reactie, en over wat?',
      en: 'Who decides what in each response?',
    },
  },
  expertise: {
    ask: { nl: 'wiens kennis gaat hier voor?', en: 'whose knowledge leads here?' },
    options: {
      nl: 'Wiens kennis klinkt door in elke reactie?',
      en: 'Whose knowledge speaks in each response?',
    },
  },
};

/**
 * The discussion prompts for the choice in a scene: the authored `discuss` list when there is one,
 * else one question per hierarchy derived from the matter and `leads`. None for a scene without a choice.
 */
export function discussionPrompts(scenario: Scenario, sceneId: string): LocalizedText[] {
  const choice = scenario.scenes[sceneId]?.choice;
  if (!choice) return [];
  if (choice.discuss?.length) return choice.discuss;
  const leads = leadsOf(scenario, sceneId);
  const matter = choice.matter;
  // Quoted as written, so a matter with a capital ("Huiswerk thuis") reads well mid-sentence.
  const about: LocalizedPair = matter
    ? {
        nl: `Als het gaat om „${localize(matter, 'nl')}”`,
        en: `When it comes to “${localize(matter, 'en')}”`,
      }
    : { nl: 'Bij deze keuze', en: 'In this choice' };
  return HIERARCHIES.map((hierarchy) => {
    const { ask, options } = HIERARCHY_QUESTION[hierarchy];
    const leader = LEADER_PHRASE[leads[hierarchy]];
    return {
      nl: `${about.nl}: ${ask.nl} Volgens de casus: ${leader.nl}. ${options.nl}`,
      en: `${about.en}, ${ask.en} According to the case: ${leader.en}. ${options.en}`,
    };
  });
}
