/** Validator messages about a choice's discussion prompts, in Dutch and English (see messages.ts). */
import type { Entry } from './message-kit.ts';

const EXAMPLE = '- { nl: "Van wie is deze kwestie?", en: "Whose matter is this?" }';

export const DISCUSSION_MESSAGES = {
  'discuss-empty': {
    nl: (p, w) => [
      `${w}: 'discuss:' staat er, maar zonder vragen.`,
      `Zet er twee of drie vragen voor de zaal onder, elk op een regel met -, of laat 'discuss:' weg (dan stelt Driehoek vragen bij de drie hiërarchieën voor). Bijvoorbeeld:\n      ${EXAMPLE}`,
    ],
    en: (p, w) => [
      `${w}: 'discuss:' is there, but without questions.`,
      `Put two or three questions for the room under it, each on a line starting with -, or leave out 'discuss:' (Driehoek then suggests questions on the three hierarchies). For example:\n      ${EXAMPLE}`,
    ],
  } satisfies Entry<object>,
  'discuss-too-long': {
    nl: (p, w) => [
      `${w}: de ${p.language}-tekst is ${p.length} tekens; op een projectiescherm is meer dan ${p.limit} achterin de zaal slecht te lezen.`,
      'Maak er een korte, open vraag van, of verdeel hem over twee vragen.',
    ],
    en: (p, w) => [
      `${w}: the ${p.language} text is ${p.length} characters; on a projector, more than ${p.limit} is hard to read at the back of the room.`,
      'Make it one short, open question, or split it into two questions.',
    ],
  } satisfies Entry<{ language: string; length: number; limit: number }>,
} as const;
