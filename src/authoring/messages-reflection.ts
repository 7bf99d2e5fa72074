/** Validator messages about reflection questions, in Dutch and English (see messages.ts). */
import { didYouMean, type Entry } from './message-kit.ts';

const EXAMPLE = {
  nl: '- id: eigen-grens\n        text: { nl: "Waar ligt voor jou de grens?", en: "Where is the line, for you?" }',
  en: '- id: own-line\n        text: { nl: "Waar ligt voor jou de grens?", en: "Where is the line, for you?" }',
};

export const REFLECTION_MESSAGES = {
  'reflection-no-id': {
    nl: (p, w) => [
      p.plain
        ? `${w}: een reflectievraag is geen losse tekst meer, maar een vraag met een id en een text.`
        : `${w}: de vraag heeft geen id.`,
      `Antwoorden worden bewaard onder de id van de vraag; geef elke vraag een eigen naam en zet de vraag onder text:, zo:\n      ${EXAMPLE.nl}`,
    ],
    en: (p, w) => [
      p.plain
        ? `${w}: a reflection question is no longer a plain text, but a question with an id and a text.`
        : `${w}: the question has no id.`,
      `Answers are kept under the question's id; give every question a name of its own and put the question under text:, like this:\n      ${EXAMPLE.en}`,
    ],
  } satisfies Entry<{ plain: boolean }>,
  'reflection-duplicate-id': {
    nl: (p, w) => [
      `${w}: de id '${p.id}' heeft reflectievraag ${p.first} al.`,
      'Antwoorden worden onder de id bewaard: geef elke vraag een eigen id.',
    ],
    en: (p, w) => [
      `${w}: reflection question ${p.first} already has the id '${p.id}'.`,
      'Answers are kept under the id: give every question an id of its own.',
    ],
  } satisfies Entry<{ id: string; first: number }>,
  'about-unknown-scene': {
    nl: (p, w) => [
      `${w}: '${p.id}' is geen bekende scène.${didYouMean.nl(p.suggestion)}`,
      "'about:' noemt de scène met de keuze waar de vraag over gaat: een naam onder 'scenes:' met een 'choice:'.",
    ],
    en: (p, w) => [
      `${w}: '${p.id}' is not a known scene.${didYouMean.en(p.suggestion)}`,
      "'about:' names the scene with the choice the question reflects on: a name under 'scenes:' that has a 'choice:'.",
    ],
  } satisfies Entry<{ id: string; suggestion?: string }>,
  'about-without-choice': {
    nl: (p, w) => [
      `${w}: ${p.ending ? `'${p.id}' is een einde` : `scène '${p.id}' heeft geen keuze`}, dus er is daar niets gekozen om op terug te kijken.${didYouMean.nl(p.suggestion)}`,
      "Noem een scène met een 'choice:', of laat 'about:' weg en gebruik 'if:' voor de vraag.",
    ],
    en: (p, w) => [
      `${w}: ${p.ending ? `'${p.id}' is an ending` : `scene '${p.id}' has no choice`}, so nothing was chosen there to look back on.${didYouMean.en(p.suggestion)}`,
      "Name a scene with a 'choice:', or leave out 'about:' and use 'if:' for the question.",
    ],
  } satisfies Entry<{ id: string; ending: boolean; suggestion?: string }>,
  'reflection-never-asked': {
    nl: (p, w) => [
      `${w}: in geen enkel speelverloop ${p.about ? `wordt in scène '${p.about}' gekozen terwijl de voorwaarde klopt` : 'klopt de voorwaarde aan het eind'}, dus deze vraag wordt nooit gesteld.`,
      "Kijk de 'if:' van de vraag na (welke vlaggen, meters en keuzes gelden aan het eind van een run?), of haal de vraag weg.",
    ],
    en: (p, w) => [
      `${w}: in no playthrough ${p.about ? `is a choice made in scene '${p.about}' while the condition holds` : 'does the condition hold at the end'}, so this question is never asked.`,
      "Check the question's 'if:' (which flags, meters and choices hold at the end of a run?), or remove the question.",
    ],
  } satisfies Entry<{ about?: string }>,
} as const;
