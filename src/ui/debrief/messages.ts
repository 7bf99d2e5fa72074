/** The debrief's strings (screen and exported report); merged into the app's resources under `debrief`. */
import { meterMessages } from '../triangle/meter-change.ts';

export const nl = {
  debrief: {
    heading: 'Nabespreking',
    scenario: 'Casus: {{title}}',
    mode: {
      coach: 'Coachmodus: feedback na elke keuze',
      reflect: 'Reflectiemodus: feedback pas in de nabespreking',
    },
    viewing: 'Je bekijkt {{label}} van {{count}} versies.',
    refused: {
      heading: 'Deze run kan niet worden nabesproken',
      reason: {
        'not-a-save': 'De opgeslagen gegevens zijn geen run van Driehoek.',
        'newer-save':
          'Deze run is opgeslagen door een nieuwere versie van Driehoek. Werk de app bij om hem te openen.',
        'older-save':
          'Deze run is opgeslagen door een oudere versie van Driehoek, die deze versie niet meer kan lezen.',
        'other-scenario': 'Deze run hoort bij een andere casus.',
        'scenario-changed':
          'De casus is veranderd sinds deze run werd opgeslagen. Je keuzes passen niet meer op de casus zoals die nu is.',
        tampered: 'De opgeslagen run is na het opslaan veranderd en klopt niet meer.',
      },
      kept: 'Je run is niet verwijderd; hij blijft bewaard zoals hij was.',
      detail: 'Technische toelichting: {{detail}}',
    },
    ending: {
      heading: 'Afloop',
      tone: { good: 'Goede afloop', mixed: 'Gemengde afloop', poor: 'Slechte afloop' },
      notFinished: 'Deze run is nog niet afgelopen. Hieronder staat de nabespreking tot nu toe.',
      standsAt: 'Je bent nu bij: {{title}} (week {{week}}).',
    },
    path: {
      heading: 'Jouw pad, keuze voor keuze',
      empty: 'Je hebt nog geen keuzes gemaakt.',
      choice: 'Keuze {{number}} · week {{week}} · {{scene}}',
      chose: 'Jij koos',
      violated: 'Geschonden: {{list}}',
      strained: 'Belast: {{list}}',
      noViolation: 'Geen enkele hiërarchie geschonden.',
      consequences: 'Gevolgen later',
      landed: 'kwam aan in week {{week}}, bij: {{step}}',
      departed: 'Hier week je af van het respectvolle pad.',
      allRespected: 'alle drie gerespecteerd',
      review: 'Uitleg bij keuze {{number}}',
      openAll: 'Alle keuzes openklappen',
      closeAll: 'Alle keuzes dichtklappen',
    },
    hierarchy: {
      emotional: 'emotionele hiërarchie',
      responsibility: 'verantwoordelijkheidshiërarchie',
      expertise: 'deskundigheidshiërarchie',
    },
    verdict: { respects: 'respecteert', strains: 'belast', violates: 'schendt' },
    tally: {
      heading: 'Telling per hiërarchie',
      line: '{{respects}} keer gerespecteerd, {{strains}} keer belast, {{violates}} keer geschonden',
      total: 'Schendingen in totaal: {{count}}',
    },
    meters: { heading: 'De meters in de loop van de tijd', final: 'Eindstand van de meters' },
    respectful: {
      heading: 'Het respectvolle pad ter vergelijking',
      intro:
        'De route die de drie hiërarchieën het best respecteert. Er kunnen meer goede routes zijn; dit is er één.',
      departed: 'Hier week jouw pad af. Jij koos: {{option}}',
      same: 'Jouw pad is het respectvolle pad.',
      sameSoFar: 'Tot nu toe volg je het respectvolle pad.',
      ending: 'Dit pad eindigt in: {{title}} ({{tone}})',
      none: 'Voor deze casus is geen respectvol pad naar een afloop gevonden.',
    },
    branches: {
      heading: 'Versies vergelijken',
      caption: 'Alle versies van deze run, in de volgorde waarin je ze maakte',
      label: 'Versie {{number}}',
      shown: 'getoond',
      first: 'eerste versie',
      rewound: 'van {{from}} teruggespoeld naar keuze {{choice}}',
      ongoing: 'nog bezig',
      unreadable: 'niet te lezen',
      show: 'Toon nabespreking van {{label}}',
      column: {
        version: 'Versie',
        origin: 'Herkomst',
        ending: 'Afloop',
        violations: 'Schendingen',
        meters: 'Eindstand meters',
        action: 'Bekijken',
      },
      sideBySide: {
        heading: 'Twee versies naast elkaar',
        left: 'Vergelijk',
        right: 'met',
        list: '{{left}} en {{right}}, keuze voor keuze',
        point: 'Keuze {{number}}',
        same: 'Beide versies',
        differs: 'Andere keuze',
        none: 'geen keuze meer',
        ending: 'Afloop',
        unreadable: 'Een van deze versies is niet te lezen; kies een andere.',
        pickTwo: 'Kies twee verschillende versies.',
      },
    },
    ideas: {
      heading: 'Kernideeën',
      loyalty: {
        term: 'Verticale en horizontale loyaliteit',
        text: 'Een kind is loyaal aan zijn ouders omdat het zijn bestaan aan hen dankt. Die verticale loyaliteit is onomkeerbaar en blijft, ook als ouders tekortschieten. De band met jou als begeleider is horizontaal, tussen gelijken, en mag nooit tegenover de band met de ouders komen te staan.',
      },
      delegated: {
        term: 'Gedelegeerde verantwoordelijkheid',
        text: 'Ouders vertrouwen een deel van de opvoeding toe aan de school. Jij draagt alleen dat deel. Zolang het goed gaat merkt niemand dat; stokt de ontwikkeling, dan kunnen ouders en begeleider van bondgenoten tegenstanders worden.',
      },
      hierarchies: {
        term: 'De drie hiërarchieën',
        text: 'Emotioneel: de ouders staan altijd bovenaan, ook als ze lijken te falen. Verantwoordelijkheid: de ouders; jij draagt alleen het gedelegeerde deel, tenzij het kind beschermd moet worden. Deskundigheid: dat hangt af van de zaak; bij de opvoeding thuis leiden de ouders, bij de sociaal-emotionele begeleiding op school leid jij.',
      },
      betterParent: {
        term: 'Valkuil: de betere ouder',
        text: 'Je stelt je eigen band met de leerling boven haar band met haar ouders en gaat tegen hun wens in. Eerst komt opluchting, dan schuld: de hulp keert terug als een boemerang. De leerling trekt zich terug, de ouders verliezen vertrouwen, en iedereen verliest.',
      },
      abdication: {
        term: 'Valkuil: ouders die hun verantwoordelijkheid uit handen geven',
        text: 'Machteloze ouders leggen de opvoeding bij de deskundigen. Neem je die over en werkt jouw advies waar zij vastliepen, dan zijn zij ‘slechte ouders’. Daar kan een kind niet mee leven; liever bewijst het dat het zelf slecht is en saboteert het de hulp.',
      },
      conflict: {
        term: 'Loyaliteitsconflict',
        text: 'De leerling moet, openlijk of stil, kiezen tussen zijn ouders en een andere volwassene. De begeleider die dat conflict veroorzaakt, verliest het altijd.',
      },
      partiality: {
        term: 'Meervoudige partijdigheid',
        text: 'Wees om beurten partijdig voor iedereen: de leerling en elk van de ouders. Ga niet ‘pal achter’ de leerling staan, tegen de ouders in.',
      },
      serving: {
        term: 'Dienstbare deskundigheid',
        text: 'Over de opvoeding thuis bied je je kennis aan; de ouders beslissen of ze die gebruiken. Begeleiding op school is pedagogisch, nooit therapie: eerst de leerling, de ouders een beetje, en altijd in de context van school.',
      },
    },
    reflection: {
      heading: 'Reflectie',
      intro: 'Je antwoorden worden op dit apparaat bewaard terwijl je typt.',
      none: 'Bij deze casus en dit pad horen geen reflectievragen.',
      question: 'Vraag {{number}}',
      questionId: 'Vraag-id: `{{id}}`',
      unanswered: '(nog geen antwoord)',
    },
    participant: {
      label: 'Naam of groep (niet verplicht)',
      hint: 'Blijft op dit apparaat. Staat op de afdruk en in de exports.',
      printed: 'Naam of groep',
      report: 'Naam of groep',
      none: '(niet ingevuld)',
    },
    actions: {
      heading: 'Bewaren en delen',
      print: 'Afdrukken of opslaan als PDF',
      markdown: 'Exporteer als Markdown',
      json: 'Exporteer als JSON',
    },
    report: {
      title: 'Nabespreking: {{title}}',
      scenario: 'Casus',
      scenarioVersion: 'versie {{version}}',
      started: 'Begonnen',
      updated: 'Laatst bijgewerkt',
      mode: 'Modus',
      version: 'Versie',
      verdicts: 'Oordelen',
      endMeters: 'Meters aan het eind',
    },
  },
  // The report is built without i18next: it needs the meters' words in its own messages.
  meter: meterMessages.nl,
};

export const en: typeof nl = {
  debrief: {
    heading: 'Debrief',
    scenario: 'Case: {{title}}',
    mode: {
      coach: 'Coach mode: feedback after every choice',
      reflect: 'Reflect mode: no feedback until the debrief',
    },
    viewing: 'You are looking at {{label}} of {{count}} versions.',
    refused: {
      heading: 'This run cannot be debriefed',
      reason: {
        'not-a-save': 'The saved data is not a Driehoek run.',
        'newer-save':
          'This run was saved by a newer version of Driehoek. Update the app to open it.',
        'older-save':
          'This run was saved by an older version of Driehoek that this version can no longer read.',
        'other-scenario': 'This run belongs to a different case.',
        'scenario-changed':
          'The case has changed since this run was saved. Your choices no longer fit the case as it is now.',
        tampered: 'The saved run was changed after it was saved and no longer adds up.',
      },
      kept: 'Your run has not been deleted; it is kept as it was.',
      detail: 'Technical note: {{detail}}',
    },
    ending: {
      heading: 'Ending',
      tone: { good: 'Good outcome', mixed: 'Mixed outcome', poor: 'Poor outcome' },
      notFinished: 'This run has not finished yet. Below is the debrief so far.',
      standsAt: 'You are now at: {{title}} (week {{week}}).',
    },
    path: {
      heading: 'Your path, choice by choice',
      empty: 'You have not made any choices yet.',
      choice: 'Choice {{number}} · week {{week}} · {{scene}}',
      chose: 'You chose',
      violated: 'Violated: {{list}}',
      strained: 'Strained: {{list}}',
      noViolation: 'No hierarchy violated.',
      consequences: 'Later consequences',
      landed: 'landed in week {{week}}, at: {{step}}',
      departed: 'Here you left the respectful path.',
      allRespected: 'all three respected',
      review: 'Review of choice {{number}}',
      openAll: 'Open all choices',
      closeAll: 'Close all choices',
    },
    hierarchy: {
      emotional: 'emotional hierarchy',
      responsibility: 'responsibility hierarchy',
      expertise: 'expertise hierarchy',
    },
    verdict: { respects: 'respects', strains: 'strains', violates: 'violates' },
    tally: {
      heading: 'Tally per hierarchy',
      line: 'respected {{respects}} times, strained {{strains}} times, violated {{violates}} times',
      total: 'Violations in all: {{count}}',
    },
    meters: { heading: 'The meters over time', final: 'The meters at the end' },
    respectful: {
      heading: 'The respectful path, for comparison',
      intro:
        'The route that best respects the three hierarchies. There may be more good routes; this is one.',
      departed: 'Here your path departed. You chose: {{option}}',
      same: 'Your path is the respectful path.',
      sameSoFar: 'So far you are following the respectful path.',
      ending: 'This path ends in: {{title}} ({{tone}})',
      none: 'No respectful path to an ending was found for this case.',
    },
    branches: {
      heading: 'Compare versions',
      caption: 'Every version of this run, in the order you made them',
      label: 'Version {{number}}',
      shown: 'shown',
      first: 'first version',
      rewound: 'rewound from {{from}} to choice {{choice}}',
      ongoing: 'still in progress',
      unreadable: 'cannot be read',
      show: 'Show the debrief of {{label}}',
      column: {
        version: 'Version',
        origin: 'Origin',
        ending: 'Ending',
        violations: 'Violations',
        meters: 'Meters at the end',
        action: 'View',
      },
      sideBySide: {
        heading: 'Two versions side by side',
        left: 'Compare',
        right: 'with',
        list: '{{left}} and {{right}}, choice by choice',
        point: 'Choice {{number}}',
        same: 'Both versions',
        differs: 'Different choice',
        none: 'no further choice',
        ending: 'Ending',
        unreadable: 'One of these versions cannot be read; pick another.',
        pickTwo: 'Pick two different versions.',
      },
    },
    ideas: {
      heading: 'Key ideas',
      loyalty: {
        term: 'Vertical and horizontal loyalty',
        text: 'A child is loyal to its parents because it owes them its life. That vertical loyalty cannot be undone and holds even when parents fall short. The bond with you as counsellor is horizontal, between equals, and must never be set against the bond with the parents.',
      },
      delegated: {
        term: 'Delegated responsibility',
        text: 'Parents entrust part of the upbringing to the school. You hold only that part. While things go well nobody notices; when development stalls, parents and counsellor can turn from allies into opponents.',
      },
      hierarchies: {
        term: 'The three hierarchies',
        text: 'Emotional: the parents are always on top, even when they seem to fail. Responsibility: the parents; you hold only the delegated part, unless the child must be protected. Expertise: it depends on the matter; for the upbringing at home the parents lead, for social-emotional guidance at school you lead.',
      },
      betterParent: {
        term: 'Trap: the better parent',
        text: 'You put your own bond with the pupil above her bond with her parents and act against their wishes. Relief comes first, then guilt: the help comes back like a boomerang. The pupil withdraws, the parents lose trust, and everybody loses.',
      },
      abdication: {
        term: 'Trap: parents who abdicate their responsibility',
        text: 'Powerless parents hand the upbringing to the experts. If you take it over and your advice works where they got stuck, they are proven ‘bad parents’. A child cannot live with that; he would rather prove himself bad and sabotages the help.',
      },
      conflict: {
        term: 'Loyalty conflict',
        text: 'The pupil is made to choose, openly or silently, between his parents and another adult. The counsellor who causes that conflict always loses it.',
      },
      partiality: {
        term: 'Multi-directed partiality',
        text: 'Be partial to everyone in turn: the pupil and each parent. Do not stand ‘squarely behind’ the pupil against the parents.',
      },
      serving: {
        term: 'Serving expertise',
        text: 'On the upbringing at home you offer your knowledge; the parents decide whether to use it. Guidance at school is pedagogical, never therapy: the pupil first, the parents a little, and always in the context of school.',
      },
    },
    reflection: {
      heading: 'Reflection',
      intro: 'Your answers are kept on this device as you type.',
      none: 'This case has no reflection questions for this path.',
      question: 'Question {{number}}',
      questionId: 'Question id: `{{id}}`',
      unanswered: '(no answer yet)',
    },
    participant: {
      label: 'Name or group (optional)',
      hint: 'Stays on this device. Appears on the printout and in the exports.',
      printed: 'Name or group',
      report: 'Name or group',
      none: '(not filled in)',
    },
    actions: {
      heading: 'Keep and share',
      print: 'Print or save as PDF',
      markdown: 'Export as Markdown',
      json: 'Export as JSON',
    },
    report: {
      title: 'Debrief: {{title}}',
      scenario: 'Case',
      scenarioVersion: 'version {{version}}',
      started: 'Started',
      updated: 'Last updated',
      mode: 'Mode',
      version: 'Version',
      verdicts: 'Verdicts',
      endMeters: 'Meters at the end',
    },
  },
  meter: meterMessages.en,
};

/** The key ideas, in the order they are shown. */
export const IDEAS = [
  'loyalty',
  'delegated',
  'hierarchies',
  'betterParent',
  'abdication',
  'conflict',
  'partiality',
  'serving',
] as const;
