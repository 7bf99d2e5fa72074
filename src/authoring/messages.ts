/**
 * Every validator message, in Dutch and English: [what is wrong, how to fix it].
 * `w` is where in the scenario the problem is, already in words (see where.ts).
 */
import { didYouMean, type Entry } from './message-kit.ts';
import { DISCUSSION_MESSAGES } from './messages-discussion.ts';
import { REFLECTION_MESSAGES } from './messages-reflection.ts';
import { TEACHING_MESSAGES } from './messages-teaching.ts';

const unknownRef = (nlKind: string, enKind: string, nlWhere: string, enWhere: string) =>
  ({
    nl: (p, w) => [
      `${w}: '${p.id}' is geen bekende ${nlKind}.${didYouMean.nl(p.suggestion)}`,
      `Gebruik een naam die onder ${nlWhere} staat, of voeg '${p.id}' daar toe.`,
    ],
    en: (p, w) => [
      `${w}: '${p.id}' is not a known ${enKind}.${didYouMean.en(p.suggestion)}`,
      `Use a name listed under ${enWhere}, or add '${p.id}' there.`,
    ],
  }) satisfies Entry<{ id: string; suggestion?: string }>;

/** A size in megabytes, as people read it: "2,0 MB" in Dutch, "2.0 MB" in English. */
const megabytes = (bytes: number, lang: 'nl' | 'en') =>
  `${(bytes / (1024 * 1024)).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;

export const MESSAGES = {
  'file-too-large': {
    nl: (p) => [
      `Het bestand is ${megabytes(p.size, 'nl')}; het maximum is ${megabytes(p.limit, 'nl')}.`,
      'Is dit wel het scenario (een .yaml-bestand)? Zo ja, splits het in kleinere scenario’s.',
    ],
    en: (p) => [
      `The file is ${megabytes(p.size, 'en')}; the limit is ${megabytes(p.limit, 'en')}.`,
      'Is this the scenario (a .yaml file)? If so, split it into smaller ones.',
    ],
  } satisfies Entry<{ size: number; limit: number }>,
  'file-binary': {
    nl: () => [
      'Dit is geen tekstbestand (er staan tekens in die in tekst niet voorkomen).',
      'Open het .yaml-bestand van het scenario, niet een document, afbeelding of zip.',
    ],
    en: () => [
      'This is not a text file (it holds characters that never occur in text).',
      'Open the scenario’s .yaml file, not a document, image or zip.',
    ],
  } satisfies Entry<object>,
  'file-encoding': {
    nl: (p) => [
      `De tekst is niet als UTF-8 opgeslagen${p.encoding ? ` maar als ${p.encoding}` : ''}.`,
      'Sla het bestand in je editor op als ‘UTF-8’ (bij Opslaan als… → Codering) en open het opnieuw.',
    ],
    en: (p) => [
      `The text is not saved as UTF-8${p.encoding ? ` but as ${p.encoding}` : ''}.`,
      'Save the file as ‘UTF-8’ in your editor (Save as… → Encoding) and open it again.',
    ],
  } satisfies Entry<{ encoding?: string }>,
  'file-empty': {
    nl: () => ['Het bestand is leeg.', 'Begin met het voorbeeld in docs/handleiding-casussen.md.'],
    en: () => ['The file is empty.', 'Start from the example in docs/scenario-format.md.'],
  } satisfies Entry<object>,
  'yaml-syntax': {
    nl: (p) => [`De YAML klopt hier niet: ${p.nlDetail}.`, p.nlHint],
    en: (p) => [`The YAML is broken here: ${p.enDetail}.`, p.enHint],
  } satisfies Entry<{ nlDetail: string; nlHint: string; enDetail: string; enHint: string }>,
  'not-a-mapping': {
    nl: () => [
      'Een scenario moet uit velden bestaan (naam: waarde).',
      'Begin met `format: 1` en `id: ...`, zoals in het voorbeeld.',
    ],
    en: () => [
      'A scenario must consist of fields (name: value).',
      'Start with `format: 1` and `id: ...`, as in the example.',
    ],
  } satisfies Entry<object>,
  missing: {
    nl: (p, w) => [
      `${w}: het veld '${p.field}' ontbreekt.`,
      `Voeg '${p.field}:' toe${p.about ? ` (${p.about})` : ''}.`,
    ],
    en: (p, w) => [
      `${w}: the field '${p.field}' is missing.`,
      `Add '${p.field}:'${p.about ? ` (${p.about})` : ''}.`,
    ],
  } satisfies Entry<{ field: string; about?: string }>,
  'missing-verdict': {
    nl: (p, w) => [
      `${w}: er is geen oordeel voor de ${p.nlHierarchy} hiërarchie.`,
      `Elke keuze krijgt bij alle drie hiërarchieën een oordeel, bijvoorbeeld:\n      ${p.hierarchy}: { verdict: respects, why: { nl: "...", en: "..." } }`,
    ],
    en: (p, w) => [
      `${w}: there is no verdict for the ${p.hierarchy} hierarchy.`,
      `Every option gets a verdict for all three hierarchies, for example:\n      ${p.hierarchy}: { verdict: respects, why: { nl: "...", en: "..." } }`,
    ],
  } satisfies Entry<{ hierarchy: string; nlHierarchy: string }>,
  'missing-why': {
    nl: (p, w) => [
      `${w}: het oordeel mist de uitleg ('why').`,
      'Leg in één zin uit waarom deze reactie de hiërarchie respecteert, belast of schendt.',
    ],
    en: (p, w) => [
      `${w}: the verdict has no rationale ('why').`,
      'Explain in one sentence why this response respects, strains or violates the hierarchy.',
    ],
  } satisfies Entry<object>,
  'wrong-type': {
    nl: (p, w) => [
      `${w}: hier hoort ${p.nlExpected}, maar er staat ${p.nlGot}.`,
      p.nlHint ?? 'Kijk in docs/handleiding-casussen.md hoe dit veld eruitziet.',
    ],
    en: (p, w) => [
      `${w}: expected ${p.enExpected} here, but found ${p.enGot}.`,
      p.enHint ?? 'See docs/scenario-format.md for how this field looks.',
    ],
  } satisfies Entry<{
    nlExpected: string;
    enExpected: string;
    nlGot: string;
    enGot: string;
    nlHint?: string;
    enHint?: string;
  }>,
  'unknown-field': {
    nl: (p, w) => [
      `${w}: het veld '${p.key}' bestaat niet.${didYouMean.nl(p.suggestion)}`,
      `Toegestaan zijn: ${p.allowed}.`,
    ],
    en: (p, w) => [
      `${w}: there is no field '${p.key}'.${didYouMean.en(p.suggestion)}`,
      `Allowed here: ${p.allowed}.`,
    ],
  } satisfies Entry<{ key: string; suggestion?: string; allowed: string }>,
  'not-allowed-value': {
    nl: (p, w) => [
      `${w}: '${p.got}' is hier geen geldige waarde.${didYouMean.nl(p.suggestion)}`,
      `Kies uit: ${p.allowed}.`,
    ],
    en: (p, w) => [
      `${w}: '${p.got}' is not a valid value here.${didYouMean.en(p.suggestion)}`,
      `Choose from: ${p.allowed}.`,
    ],
  } satisfies Entry<{ got: string; allowed: string; suggestion?: string }>,
  'bad-format': {
    nl: (p, w) => [`${w}: '${p.got}' heeft niet de goede vorm.`, p.nlRule],
    en: (p, w) => [`${w}: '${p.got}' does not have the right form.`, p.enRule],
  } satisfies Entry<{ got: string; nlRule: string; enRule: string }>,
  'too-small': {
    nl: (p, w) => [`${w}: ${p.nlWhat}.`, p.nlHint],
    en: (p, w) => [`${w}: ${p.enWhat}.`, p.enHint],
  } satisfies Entry<{ nlWhat: string; enWhat: string; nlHint: string; enHint: string }>,
  'unknown-scene': unknownRef(
    'scène of einde',
    'scene or ending',
    "'scenes:' of 'endings:'",
    "'scenes:' or 'endings:'",
  ),
  'unknown-speaker': unknownRef('persoon', 'person', "'cast:'", "'cast:'"),
  'unknown-meter': unknownRef('meter', 'meter', "'meters:'", "'meters:'"),
  'unknown-flag': unknownRef('vlag', 'flag', "'flags:'", "'flags:'"),
  'unknown-option': unknownRef(
    'keuze',
    'option',
    'de keuzes (id:) van een scène',
    'the options (id:) of a scene',
  ),
  'start-is-ending': {
    nl: (p) => [
      `Het scenario begint bij '${p.id}', maar dat is een einde.`,
      "Laat 'start:' naar de eerste scène wijzen.",
    ],
    en: (p) => [
      `The scenario starts at '${p.id}', which is an ending.`,
      "Point 'start:' at the first scene.",
    ],
  } satisfies Entry<{ id: string }>,
  'duplicate-id': {
    nl: (p, w) => [
      `${w}: de naam '${p.id}' wordt al gebruikt ${p.nlOther}.`,
      'Geef elke scène, elk einde en elke keuze een eigen naam.',
    ],
    en: (p, w) => [
      `${w}: the name '${p.id}' is already used ${p.enOther}.`,
      'Give every scene, ending and option a name of its own.',
    ],
  } satisfies Entry<{ id: string; nlOther: string; enOther: string }>,
  'cast-counsellor': {
    nl: (p) => [
      `Er ${p.count === 1 ? 'is' : 'zijn'} ${p.count} personen met de rol counsellor; dat moet er precies één zijn.`,
      'De counsellor is de rol van de cursist: geef precies één persoon `role: counsellor`.',
    ],
    en: (p) => [
      `There ${p.count === 1 ? 'is' : 'are'} ${p.count} people with the role counsellor; there must be exactly one.`,
      'The counsellor is the trainee’s part: give exactly one person `role: counsellor`.',
    ],
  } satisfies Entry<{ count: number }>,
  'cast-pupil': {
    nl: () => ['Niemand in de rolverdeling heeft de rol pupil.', 'Geef de leerling `role: pupil`.'],
    en: () => ['Nobody in the cast has the role pupil.', 'Give the pupil `role: pupil`.'],
  } satisfies Entry<object>,
  'choice-or-next': {
    nl: (p, w) => [
      `${w}: ${p.both ? "heeft zowel 'choice:' als 'next:'" : "heeft geen 'choice:' en geen 'next:'"}.`,
      "Een scène eindigt met een keuze ('choice:') of loopt door naar een volgende ('next:'), niet allebei.",
    ],
    en: (p, w) => [
      `${w}: ${p.both ? "has both 'choice:' and 'next:'" : "has neither 'choice:' nor 'next:'"}.`,
      "A scene ends in a choice ('choice:') or continues to another ('next:'), not both.",
    ],
  } satisfies Entry<{ both: boolean }>,
  'route-no-default': {
    nl: (p, w) => [
      `${w}: als geen enkele voorwaarde klopt, loopt het gesprek hier vast.`,
      "Laat de laatste regel van 'next:' zonder 'if:' zijn, bijvoorbeeld `- goto: volgende-scene`.",
    ],
    en: (p, w) => [
      `${w}: when none of the conditions holds, the conversation gets stuck here.`,
      "Make the last entry of 'next:' one without 'if:', for example `- goto: next-scene`.",
    ],
  } satisfies Entry<object>,
  'condition-shape': {
    nl: (p, w) => [
      `${w}: een voorwaarde moet precies één soort zijn, maar hier staat ${p.kinds || 'niets'}.`,
      'Gebruik één van flag, meter, chose, visited, violated, all, any, not; combineer met `all: [...]` of `any: [...]`.',
    ],
    en: (p, w) => [
      `${w}: a condition must be exactly one kind, but this one has ${p.kinds || 'none'}.`,
      'Use one of flag, meter, chose, visited, violated, all, any, not; combine with `all: [...]` or `any: [...]`.',
    ],
  } satisfies Entry<{ kinds: string }>,
  'meter-condition-bound': {
    nl: (p, w) => [
      `${w}: een meter-voorwaarde zonder grens.`,
      'Zet er `atLeast: 50` en/of `atMost: 30` bij.',
    ],
    en: (p, w) => [
      `${w}: a meter condition without a bound.`,
      'Add `atLeast: 50` and/or `atMost: 30`.',
    ],
  } satisfies Entry<object>,
  'bound-without-meter': {
    nl: (p, w) => [
      `${w}: atLeast/atMost zonder 'meter:'.`,
      'Zeg welke meter: `{ meter: parentTrust, atLeast: 50 }`.',
    ],
    en: (p, w) => [
      `${w}: atLeast/atMost without 'meter:'.`,
      'Name the meter: `{ meter: parentTrust, atLeast: 50 }`.',
    ],
  } satisfies Entry<object>,
  'meter-label': {
    nl: (p, w) => [
      `${w}: '${p.id}' is geen meter uit de gedeelde woordenlijst en heeft geen label.`,
      `Geef een label, of gebruik een bekende meter: ${p.shared}.`,
    ],
    en: (p, w) => [
      `${w}: '${p.id}' is not a shared meter and has no label.`,
      `Give it a label, or use a shared meter: ${p.shared}.`,
    ],
  } satisfies Entry<{ id: string; shared: string }>,
  'meter-bounds': {
    nl: (p, w) => [
      `${w}: min (${p.min}), start (${p.start}) en max (${p.max}) passen niet bij elkaar.`,
      'Zorg dat min ≤ start ≤ max en min < max.',
    ],
    en: (p, w) => [
      `${w}: min (${p.min}), start (${p.start}) and max (${p.max}) do not fit together.`,
      'Make min ≤ start ≤ max and min < max.',
    ],
  } satisfies Entry<{ min: number; max: number; start: number }>,
  'missing-translation': {
    nl: (p, w) => [
      `${w}: de tekst heeft geen ${p.language}-versie.`,
      `Dit scenario is in ${p.languages}; voeg '${p.language}: ...' toe.`,
    ],
    en: (p, w) => [
      `${w}: the text has no ${p.language} version.`,
      `This scenario is in ${p.languages}; add '${p.language}: ...'.`,
    ],
  } satisfies Entry<{ language: string; languages: string }>,
  'untranslated-text': {
    nl: (p, w) => [
      `${w}: deze tekst staat er in één taal, maar het scenario is in ${p.languages}.`,
      'Schrijf de tekst als vertalingen:\n      nl: "..."\n      en: "..."',
    ],
    en: (p, w) => [
      `${w}: this text is in one language only, but the scenario is in ${p.languages}.`,
      'Write the text as translations:\n      nl: "..."\n      en: "..."',
    ],
  } satisfies Entry<{ languages: string }>,
  'extra-language': {
    nl: (p, w) => [
      `${w}: de tekst heeft een ${p.language}-versie, maar die taal staat niet onder 'languages:'.`,
      `Voeg ${p.language} toe aan 'languages:' of haal de vertaling weg.`,
    ],
    en: (p, w) => [
      `${w}: the text has a ${p.language} version, but that language is not in 'languages:'.`,
      `Add ${p.language} to 'languages:' or remove the translation.`,
    ],
  } satisfies Entry<{ language: string }>,
  'speaker-not-present': {
    nl: (p, w) => [
      `${w}: '${p.id}' spreekt, maar staat niet bij 'present:'.`,
      `Voeg '${p.id}' toe aan 'present:' van deze scène.`,
    ],
    en: (p, w) => [
      `${w}: '${p.id}' speaks but is not listed in 'present:'.`,
      `Add '${p.id}' to this scene’s 'present:'.`,
    ],
  } satisfies Entry<{ id: string }>,
  'flag-never-set': {
    nl: (p) => [
      `De vlag '${p.id}' wordt gelezen maar nergens op true gezet.`,
      'Zet hem in de effects van een keuze, of haal de voorwaarde weg.',
    ],
    en: (p) => [
      `The flag '${p.id}' is read but never set to true.`,
      'Set it in a choice’s effects, or remove the condition.',
    ],
  } satisfies Entry<{ id: string }>,
  'flag-unused': {
    nl: (p) => [
      `De vlag '${p.id}' wordt nergens gebruikt.`,
      "Gebruik hem in effects of een voorwaarde, of haal hem weg uit 'flags:'.",
    ],
    en: (p) => [
      `The flag '${p.id}' is never used.`,
      "Use it in effects or a condition, or remove it from 'flags:'.",
    ],
  } satisfies Entry<{ id: string }>,
  unreachable: {
    nl: (p, w) => [
      `${w}: ${p.ending ? 'dit einde' : 'deze scène'} is nooit te bereiken: geen keuze of route leidt ernaartoe.`,
      `Laat een keuze of 'next:' naar '${p.id}' wijzen, of haal ${p.ending ? 'het einde' : 'de scène'} weg.`,
    ],
    en: (p, w) => [
      `${w}: this ${p.ending ? 'ending' : 'scene'} can never be reached: no option or route leads to it.`,
      `Point an option or 'next:' at '${p.id}', or remove the ${p.ending ? 'ending' : 'scene'}.`,
    ],
  } satisfies Entry<{ id: string; ending: boolean }>,
  'unreachable-by-conditions': {
    nl: (p, w) => [
      `${w}: er wijst wel een route naartoe, maar in geen enkel speelverloop kloppen de voorwaarden onderweg.`,
      'Kijk de if:-voorwaarden na op de routes en keuzes die hierheen leiden.',
    ],
    en: (p, w) => [
      `${w}: a route points here, but in no playthrough do the conditions on the way hold.`,
      'Check the if: conditions on the routes and options that lead here.',
    ],
  } satisfies Entry<{ id: string }>,
  'dead-end': {
    nl: (p, w) => [
      `${w}: na ${p.path || 'de start'} is hier geen enkele keuze beschikbaar.`,
      "Zorg dat er altijd een keuze zonder 'if:' is, of verruim de voorwaarden.",
    ],
    en: (p, w) => [
      `${w}: after ${p.path || 'the start'}, no option is available here.`,
      "Make sure one option has no 'if:', or widen the conditions.",
    ],
  } satisfies Entry<{ path: string }>,
  'no-exit': {
    nl: (p, w) => [
      `${w}: na ${p.path || 'de start'} zit het gesprek in een lus zonder uitweg (${p.loop}).`,
      'Geef een scène in de lus een keuze die naar een einde of een latere scène leidt.',
    ],
    en: (p, w) => [
      `${w}: after ${p.path || 'the start'}, the conversation is caught in a loop with no way out (${p.loop}).`,
      'Give a scene in the loop an option that leads to an ending or a later scene.',
    ],
  } satisfies Entry<{ path: string; loop: string }>,
  'too-many-situations': {
    nl: (p) => [
      `Er zijn meer dan ${p.limit} situaties mogelijk; niet elke situatie is nagelopen.`,
      'Bereikbaarheid is alleen via de routes gecontroleerd. Minder meters in voorwaarden maakt het scenario beter na te lopen.',
    ],
    en: (p) => [
      `There are more than ${p.limit} possible situations; not every one was checked.`,
      'Reachability was checked along the routes only. Fewer meters in conditions make the scenario easier to check.',
    ],
  } satisfies Entry<{ limit: number }>,
  'run-too-long': {
    nl: (p) => [
      `Een speelverloop kan langer dan ${p.limit} stappen duren; verder is niet gekeken.`,
      'Kijk of een lus steeds nieuwe gevolgen opstapelt (later:) zonder dat er een einde komt.',
    ],
    en: (p) => [
      `A playthrough can run longer than ${p.limit} steps; it was not followed further.`,
      'Check whether a loop keeps piling up consequences (later:) without reaching an ending.',
    ],
  } satisfies Entry<{ limit: number }>,
  ...REFLECTION_MESSAGES,
  ...DISCUSSION_MESSAGES,
  ...TEACHING_MESSAGES,
} as const;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams<C extends MessageCode> = (typeof MESSAGES)[C]['en'] extends (
  p: infer P,
  w: string,
) => unknown
  ? unknown extends P
    ? object
    : P
  : never;
