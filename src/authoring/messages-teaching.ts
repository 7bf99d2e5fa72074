/**
 * Validator messages of the domain checks — does the case teach what it means to? — in Dutch and
 * English (see messages.ts), for the lecturer who wrote the case.
 */
import type { Hierarchy, Tone, VerdictKind } from '../engine/vocabulary.ts';
import type { PathStep } from './check-violation-paths.ts';
import type { Entry } from './message-kit.ts';

const HIERARCHY = {
  nl: {
    emotional: 'emotioneel',
    responsibility: 'verantwoordelijkheid',
    expertise: 'deskundigheid',
  },
  en: { emotional: 'emotional', responsibility: 'responsibility', expertise: 'expertise' },
} as const;
const VERDICT = {
  nl: { respects: 'respecteert', strains: 'belast', violates: 'schendt' },
  en: { respects: 'respects', strains: 'strains', violates: 'violates' },
} as const;

/** A run as its choices: scene › option, with the hierarchies each violating choice violates. */
const runOf = (steps: PathStep[], lang: 'nl' | 'en') =>
  steps
    .map(
      ({ scene, option, violates }) =>
        `${scene} › ${option}${violates.length ? ` (${VERDICT[lang].violates} ${violates.map((h) => HIERARCHY[lang][h]).join(', ')})` : ''}`,
    )
    .join(' → ');

type Profile = { count: number } & Record<Hierarchy, VerdictKind>;
const profileOf = (p: Profile, lang: 'nl' | 'en') =>
  (['emotional', 'responsibility', 'expertise'] as const)
    .map((h) => `${HIERARCHY[lang][h]}: ${VERDICT[lang][p[h]]}`)
    .join(', ');

type Tell = { languages: string[]; counts: { language: string; count: number }[]; total: number };
const countsOf = (p: Tell, of: string) =>
  p.counts.map(({ language, count }) => `${language}: ${count} ${of} ${p.total}`).join('; ');

export const TEACHING_MESSAGES = {
  'violation-reaches-good-ending': {
    nl: (p, w) => [
      `${w}: dit einde heeft tone: good, maar een speelverloop met een schending komt er ook. Kortste zo'n verloop (${p.steps.length} ${p.steps.length === 1 ? 'keuze' : 'keuzes'}): ${runOf(p.steps, 'nl')}.`,
      'Wie een hiërarchie schendt, hoort niet goed uit te komen. Laat de keuze die schendt een vlag zetten (effects: flags) en laat de route naar dit einde daarop letten (if: { not: { flag: ... } }), geef het einde een andere tone (mixed of poor), of kijk het oordeel na als de keuze eigenlijk niet schendt.',
    ],
    en: (p, w) => [
      `${w}: this ending has tone: good, but a playthrough with a violation reaches it too. Shortest such playthrough (${p.steps.length} ${p.steps.length === 1 ? 'choice' : 'choices'}): ${runOf(p.steps, 'en')}.`,
      'Violating a hierarchy should not end well. Let the violating option set a flag (effects: flags) and let the route to this ending check it (if: { not: { flag: ... } }), give the ending another tone (mixed or poor), or review the verdict if the option does not really violate.',
    ],
  } satisfies Entry<{ steps: PathStep[] }>,
  'respectful-longest': {
    nl: (p, w) => [
      `${w}: de keuze die alle drie de hiërarchieën respecteert is hier de langste (${p.languages.join(', ')}). Dat is zo bij meer dan de helft van de keuzemomenten met zo'n keuze (${countsOf(p, 'van de')}): wie steeds de langste tekst kiest, wint zonder na te denken.`,
      'Maak de goede keuze hier eens kort en gewoon, of maak een valkuil langer en warmer verwoord, zodat lengte niets verraadt.',
    ],
    en: (p, w) => [
      `${w}: the option that respects all three hierarchies is the longest here (${p.languages.join(', ')}). That holds at more than half of the choice points with such an option (${countsOf(p, 'of')}): a trainee who always picks the longest text wins without thinking.`,
      'Make the right answer short and plain here, or make a trap longer and warmer in tone, so that length gives nothing away.',
    ],
  } satisfies Entry<Tell>,
  'same-verdicts': {
    nl: (p, w) => [
      `${w}: alle ${p.count} keuzes hebben hetzelfde oordeel (${profileOf(p, 'nl')}); hier valt niets af te wegen.`,
      'Geef minstens één keuze een ander oordeel in een van de hiërarchieën (een verleidelijke valkuil of een respectvol alternatief), of maak er een scène zonder keuze van (next:).',
    ],
    en: (p, w) => [
      `${w}: all ${p.count} options have the same verdicts (${profileOf(p, 'en')}); there is nothing to weigh here.`,
      'Give at least one option a different verdict in one of the hierarchies (a tempting trap or a respectful alternative), or make it a scene without a choice (next:).',
    ],
  } satisfies Entry<Profile>,
  'ending-tone-missing': {
    nl: (p, w) => [
      `${w}: er is geen einde met tone: ${p.missing.join(' en geen met tone: ')}.`,
      'Een casus leert door het verschil: geef hem minstens één goed (good), één gemengd (mixed) en één slecht (poor) einde, zodat ook een verloop met een enkele belasting ergens redelijk uitkomt.',
    ],
    en: (p, w) => [
      `${w}: no ending has tone: ${p.missing.join(' and none has tone: ')}.`,
      'A case teaches by contrast: give it at least one good, one mixed and one poor ending, so that a playthrough with a single strain can still end reasonably.',
    ],
  } satisfies Entry<{ missing: Tone[] }>,
} as const;
