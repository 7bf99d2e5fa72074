/** The class report's strings; merged into the app's translations under `classReport`. */
export const nl = {
  classReport: {
    heading: 'Klasoverzicht',
    intro:
      'Open de oefeningen die je studenten exporteerden (de JSON uit de nabespreking), zoveel als je wilt tegelijk. Alles blijft op dit apparaat; er wordt niets geüpload.',
    open: 'Exports openen…',
    dropHint: 'of sleep de bestanden op deze pagina',
    reading_one: 'Eén bestand wordt gelezen…',
    reading_other: '{{count}} bestanden worden gelezen…',
    opened_one: 'Eén oefening geopend.',
    opened_other: '{{count}} oefeningen geopend.',
    clear: 'Alles sluiten',
    confirmClear:
      'Alle geopende oefeningen uit het klasoverzicht halen? De bestanden zelf blijven bestaan.',
    empty: 'Nog geen oefeningen geopend.',
    refused: {
      heading_one: 'Eén bestand niet meegeteld',
      heading_other: '{{count}} bestanden niet meegeteld',
      'too-large': 'groter dan 10 MB; dit is geen export van een oefening',
      'not-json': 'geen JSON (of beschadigd)',
      'not-a-run': 'geen export van een oefening uit Driehoek',
      'newer-format': 'gemaakt met een nieuwere versie van Driehoek',
      tampered:
        'de keuzes in dit bestand zijn in deze casus niet mogelijk: het bestand is beschadigd of met de hand veranderd',
    },
    missingCase:
      'Casus ‘{{id}}’ versie {{version}} staat niet op dit apparaat ({{count}} oefening(en)). Open het casusbestand; daarna tellen ze mee.',
    group: 'Casus en versie',
    groupOption: '{{title}} · versie {{version}} · {{count}} oefening(en)',
    attempt: 'Welke poging telt',
    attemptFinal: 'Het pad waarmee de student eindigde',
    attemptFirst: 'De eerste poging (voor terugspoelen)',
    summary: '{{runs}} oefeningen, waarvan {{ended}} afgerond.',
    endings: {
      heading: 'Eindes',
      ending: 'Einde',
      tone: 'Afloop',
      count: 'Aantal',
    },
    items: {
      heading: 'Keuzes per moment',
      intro:
        'Per keuzemoment: hoeveel van de klas elke optie koos, met de oordelen per hiërarchie (E emotioneel, V verantwoordelijkheid, D deskundigheid).',
      moment: 'Week {{week}} · {{title}} ({{asked}} keer gekozen)',
      option: 'Optie',
      verdicts: 'Oordelen E · V · D',
      share: 'Gekozen',
      shareValue: '{{count}} ({{percent}}%)',
    },
    hierarchies: {
      heading: 'Per hiërarchie',
      hierarchy: 'Hiërarchie',
      violates: 'Geschonden',
      strains: 'Belast',
      where: 'Waar het meest',
    },
    meters: {
      heading: 'Meters per week',
      intro: 'Per week de mediaan van de klas, met de laagste en hoogste waarde.',
      week: 'Week',
      value: '{{median}} ({{min}}–{{max}}, n={{n}})',
    },
    responses: {
      heading: 'Reflecties in context',
      showNames: 'Namen tonen',
      hideNames: 'Namen verbergen',
      hidden: 'student {{number}}',
      noName: 'zonder naam',
      chose: 'koos: “{{option}}”',
      none: 'Nog geen antwoorden op deze vraag.',
    },
    runs: {
      heading: 'Oefeningen',
      open: 'Nabespreking bekijken',
      ending: 'Einde: {{ending}}',
      notEnded: 'niet afgerond',
    },
    rooms: {
      heading: 'Groepssessies',
      intro:
        'Sessies uit de presentatiemodus: de stemmen van de zaal per keuzemoment. Ze staan apart en tellen niet mee in de cijfers van de oefeningen.',
      session: 'Sessie {{number}}: {{title}} · versie {{version}}',
      choice: '{{title}} ({{votes}} stemmen)',
      decided: 'Gekozen door de zaal',
      chosen: 'gekozen',
      votes: 'Stemmen',
    },
    student: {
      label: 'Nabespreking van één student (alleen lezen)',
      back: 'Terug naar het klasoverzicht',
    },
    heat: {
      heading: 'Paden van de klas op de kaart',
      intro: 'Hoe dikker de lijn, hoe meer studenten die keuze maakten; het getal staat erbij.',
    },
    export: {
      heading: 'Bewaren en delen',
      csv: 'CSV voor Excel (;)',
      csvComma: 'CSV met komma’s',
      markdown: 'Markdown',
      print: 'Afdrukken of opslaan als PDF',
    },
  },
};

export const en: typeof nl = {
  classReport: {
    heading: 'Class report',
    intro:
      'Open the runs your students exported (the JSON from the debrief), as many as you like at once. Everything stays on this device; nothing is uploaded.',
    open: 'Open exports…',
    dropHint: 'or drop the files on this page',
    reading_one: 'Reading one file…',
    reading_other: 'Reading {{count}} files…',
    opened_one: 'One run opened.',
    opened_other: '{{count}} runs opened.',
    clear: 'Close all',
    confirmClear: 'Take every opened run out of the class report? The files themselves stay.',
    empty: 'No runs opened yet.',
    refused: {
      heading_one: 'One file left out',
      heading_other: '{{count}} files left out',
      'too-large': 'larger than 10 MB; this is not a run export',
      'not-json': 'not JSON (or damaged)',
      'not-a-run': 'not a run exported from Driehoek',
      'newer-format': 'made by a newer version of Driehoek',
      tampered:
        'the choices in this file are not possible in this case: the file is damaged or was edited by hand',
    },
    missingCase:
      'Case ‘{{id}}’ version {{version}} is not on this device ({{count}} run(s)). Open the case file; then they count.',
    group: 'Case and version',
    groupOption: '{{title}} · version {{version}} · {{count}} run(s)',
    attempt: 'Which attempt counts',
    attemptFinal: 'The path the student ended with',
    attemptFirst: 'The first attempt (before rewinding)',
    summary: '{{runs}} runs, {{ended}} of them finished.',
    endings: { heading: 'Endings', ending: 'Ending', tone: 'Outcome', count: 'Runs' },
    items: {
      heading: 'Choices, moment by moment',
      intro:
        'For each choice point: how many of the class chose each option, with its verdicts per hierarchy (E emotional, R responsibility, X expertise).',
      moment: 'Week {{week}} · {{title}} (chosen {{asked}} times)',
      option: 'Option',
      verdicts: 'Verdicts E · R · X',
      share: 'Chosen',
      shareValue: '{{count}} ({{percent}}%)',
    },
    hierarchies: {
      heading: 'By hierarchy',
      hierarchy: 'Hierarchy',
      violates: 'Violated',
      strains: 'Strained',
      where: 'Where most',
    },
    meters: {
      heading: 'Meters by week',
      intro: 'Each week the class’s median, with the lowest and highest value.',
      week: 'Week',
      value: '{{median}} ({{min}}–{{max}}, n={{n}})',
    },
    responses: {
      heading: 'Reflections in context',
      showNames: 'Show names',
      hideNames: 'Hide names',
      hidden: 'student {{number}}',
      noName: 'no name',
      chose: 'chose: “{{option}}”',
      none: 'No answers to this question yet.',
    },
    runs: {
      heading: 'Runs',
      open: 'Open the debrief',
      ending: 'Ending: {{ending}}',
      notEnded: 'not finished',
    },
    rooms: {
      heading: 'Room sessions',
      intro:
        'Sessions from room mode: the room’s votes per choice point. They stand apart and do not count in the runs’ figures.',
      session: 'Session {{number}}: {{title}} · version {{version}}',
      choice: '{{title}} ({{votes}} votes)',
      decided: 'Chosen by the room',
      chosen: 'chosen',
      votes: 'Votes',
    },
    student: {
      label: 'One student’s debrief (read only)',
      back: 'Back to the class report',
    },
    heat: {
      heading: 'The class’s paths on the map',
      intro: 'The thicker the line, the more students made that choice; the number is beside it.',
    },
    export: {
      heading: 'Keep and share',
      csv: 'CSV for Excel (;)',
      csvComma: 'CSV with commas',
      markdown: 'Markdown',
      print: 'Print or save as PDF',
    },
  },
};
