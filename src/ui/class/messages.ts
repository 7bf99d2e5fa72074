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
    repeated_one: 'Eén bestand was al geopend: van elke oefening telt de nieuwste export.',
    repeated_other:
      '{{count}} bestanden waren al geopend: van elke oefening telt de nieuwste export.',
    notKept:
      'Let op: deze browser kon ze niet op dit apparaat bewaren, dus na herladen zijn ze weg. De bestanden zelf blijven bestaan.',
    clear: 'Alles sluiten',
    confirmClear:
      'Alle geopende oefeningen uit het klasoverzicht halen? De bestanden zelf blijven bestaan.',
    empty:
      'Nog geen oefeningen geopend. Vraag je studenten om aan het eind van de nabespreking hun naam of groep in te vullen, “Exporteer als JSON” te kiezen en dat bestand bij je in te leveren.',
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
    missingCase_one:
      'Casus ‘{{id}}’ versie {{version}} staat niet op dit apparaat (één oefening). Open het casusbestand; daarna telt die oefening mee.',
    missingCase_other:
      'Casus ‘{{id}}’ versie {{version}} staat niet op dit apparaat ({{count}} oefeningen). Open het casusbestand; daarna tellen ze mee.',
    group: 'Casus en versie',
    groupOption_one: '{{title}} · versie {{version}} · één oefening',
    groupOption_other: '{{title}} · versie {{version}} · {{count}} oefeningen',
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
      rooms_one:
        'Naast de klas staan de stemmen van een groepssessie met deze casus (presentatiemodus); die tellen niet mee in de percentages.',
      rooms_other:
        'Naast de klas staan de stemmen van {{count}} groepssessies met deze casus (presentatiemodus); die tellen niet mee in de percentages.',
      room: 'Groepssessie {{number}}',
      roomVotes_one: '{{count}} stem',
      roomVotes_other: '{{count}} stemmen',
      unreached_one: 'Eén keuzemoment bereikte niemand uit deze klas:',
      unreached_other: '{{count}} keuzemomenten bereikte niemand uit deze klas:',
      unreachedPoint: 'week {{week}} · {{title}}',
    },
    hierarchies: {
      heading: 'Per hiërarchie',
      hierarchy: 'Hiërarchie',
      violates: 'Geschonden',
      strains: 'Belast',
      intro:
        'Per keuzemoment hoeveel studenten daar elke hiërarchie schonden (×) en belastten (!), met het deel van wie er kwam. Gekleurd en vet: de helft of meer schond de hiërarchie daar.',
      moment: 'Keuzemoment',
      point: 'Week {{week}} · {{title}} ({{asked}})',
      total: 'Alle keuzemomenten',
      cell: '{{violates}} geschonden, {{strains}} belast',
      hot: 'de helft of meer',
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
      none_one: 'Eén student kreeg deze vraag, maar schreef nog geen antwoord.',
      none_other: '{{count}} studenten kregen deze vraag, maar niemand schreef nog een antwoord.',
      notAsked_one: 'Eén vraag van de casus kwam op de paden van deze klas niet voor.',
      notAsked_other: '{{count}} vragen van de casus kwamen op de paden van deze klas niet voor.',
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
      points_one: 'één keuzemoment',
      points_other: '{{count}} keuzemomenten',
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
    repeated_one: 'One file was open already: for each run the latest export counts.',
    repeated_other: '{{count}} files were open already: for each run the latest export counts.',
    notKept:
      'Note: this browser could not keep them on this device, so they are gone after a reload. The files themselves stay.',
    clear: 'Close all',
    confirmClear: 'Take every opened run out of the class report? The files themselves stay.',
    empty:
      'No runs opened yet. Ask your students to fill in their name or group at the end of the debrief, choose “Export as JSON” and hand that file in to you.',
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
    missingCase_one:
      'Case ‘{{id}}’ version {{version}} is not on this device (one run). Open the case file; then that run counts.',
    missingCase_other:
      'Case ‘{{id}}’ version {{version}} is not on this device ({{count}} runs). Open the case file; then they count.',
    group: 'Case and version',
    groupOption_one: '{{title}} · version {{version}} · one run',
    groupOption_other: '{{title}} · version {{version}} · {{count}} runs',
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
      rooms_one:
        'Beside the class stand the votes of a room session of this case (room mode); they do not count in the percentages.',
      rooms_other:
        'Beside the class stand the votes of {{count}} room sessions of this case (room mode); they do not count in the percentages.',
      room: 'Room session {{number}}',
      roomVotes_one: '{{count}} vote',
      roomVotes_other: '{{count}} votes',
      unreached_one: 'One choice point was reached by nobody in this class:',
      unreached_other: '{{count}} choice points were reached by nobody in this class:',
      unreachedPoint: 'week {{week}} · {{title}}',
    },
    hierarchies: {
      heading: 'By hierarchy',
      hierarchy: 'Hierarchy',
      violates: 'Violated',
      strains: 'Strained',
      intro:
        'For each choice point, how many students violated (×) and strained (!) each hierarchy there, with the share of those who came by. Shaded and bold: half or more violated the hierarchy there.',
      moment: 'Choice point',
      point: 'Week {{week}} · {{title}} ({{asked}})',
      total: 'All choice points',
      cell: '{{violates}} violated, {{strains}} strained',
      hot: 'half or more',
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
      none_one: 'One student got this question but has not answered it yet.',
      none_other: '{{count}} students got this question, but nobody has answered it yet.',
      notAsked_one: 'One of the case’s questions did not come up on this class’s paths.',
      notAsked_other: '{{count}} of the case’s questions did not come up on this class’s paths.',
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
      points_one: 'one choice point',
      points_other: '{{count}} choice points',
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
