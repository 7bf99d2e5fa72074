/**
 * The room debrief's words, Dutch and English. The verdicts, hierarchies and tones say what the
 * single-trainee debrief says (a test holds them together); this layer may not import the UI's.
 * `{{name}}` placeholders, as i18next reads them, so the UI can merge these into its resources.
 */
import type { Language } from '../engine/index.ts';

export const roomReportNl = {
  title: 'Nabespreking met de groep: {{title}}',
  case: 'Casus',
  caseVersion: 'versie {{version}}',
  choicePoints: 'Keuzemomenten',
  votesCast: 'Stemmen in totaal',
  ending: {
    heading: 'Afloop',
    tone: { good: 'Goede afloop', mixed: 'Gemengde afloop', poor: 'Slechte afloop' },
    notReached: 'De groep heeft nog geen afloop bereikt.',
  },
  path: {
    heading: 'Het pad van de groep, keuze voor keuze',
    empty: 'De groep heeft nog geen keuzes gemaakt.',
    choice: 'Keuze {{number}} · {{scene}}',
  },
  table: { option: 'Optie', votes: 'Stemmen', share: 'Aandeel', decided: 'gekozen' },
  decided: {
    line: 'Besluit: {{how}} · gestemd met {{source}} · stemmen: {{count}}',
    majority: 'meerderheid',
    tie: 'keuze van de gespreksleider bij gelijke stand',
    none: 'keuze van de gespreksleider, zonder stemmen',
    overruled: 'keuze van de gespreksleider',
  },
  source: { hands: 'handopsteken', phones: 'telefoons' },
  verdicts: 'Oordelen over {{label}}',
  hierarchy: {
    emotional: 'emotionele hiërarchie',
    responsibility: 'verantwoordelijkheidshiërarchie',
    expertise: 'deskundigheidshiërarchie',
  },
  verdict: { respects: 'respecteert', strains: 'belast', violates: 'schendt' },
  earlier: {
    heading: 'Wat-als-paden',
    intro:
      'Paden die de groep verliet met "Wat als…?", in de volgorde waarin ze werden verlaten. Elk pad staat er helemaal, ook de keuzes die het met het gekozen pad deelt.',
    path: 'Wat-als-pad {{number}}, verlaten bij: {{step}}',
  },
};

export const roomReportEn: typeof roomReportNl = {
  title: 'Room debrief: {{title}}',
  case: 'Case',
  caseVersion: 'version {{version}}',
  choicePoints: 'Choice points',
  votesCast: 'Votes cast',
  ending: {
    heading: 'Ending',
    tone: { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' },
    notReached: 'The room has not reached an ending yet.',
  },
  path: {
    heading: "The room's path, choice by choice",
    empty: 'The room has not made any choices yet.',
    choice: 'Choice {{number}} · {{scene}}',
  },
  table: { option: 'Option', votes: 'Votes', share: 'Share', decided: 'decided' },
  decided: {
    line: 'Decided by: {{how}} · voted by {{source}} · votes: {{count}}',
    majority: 'majority',
    tie: "the facilitator's pick on a tie",
    none: "the facilitator's pick, without votes",
    overruled: "the facilitator's pick",
  },
  source: { hands: 'show of hands', phones: 'phones' },
  verdicts: 'Verdicts on {{label}}',
  hierarchy: {
    emotional: 'emotional hierarchy',
    responsibility: 'responsibility hierarchy',
    expertise: 'expertise hierarchy',
  },
  verdict: { respects: 'respects', strains: 'strains', violates: 'violates' },
  earlier: {
    heading: '"What if" paths',
    intro:
      'Paths the room left with "What if…?", in the order they were left. Each path is shown whole, including the choices it shares with the path taken.',
    path: '"What if" path {{number}}, left at: {{step}}',
  },
};

export type RoomReportTranslate = (key: string, values?: Record<string, string | number>) => string;

/** A key such as 'ending.heading' in the language, placeholders filled; the key itself if unknown. */
export function roomReportTranslator(language: Language): RoomReportTranslate {
  const messages: unknown = language === 'en' ? roomReportEn : roomReportNl;
  return (key, values = {}) => {
    let node = messages;
    for (const part of key.split('.'))
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}
