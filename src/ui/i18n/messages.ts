/** The strings of the app shell, the library and the notices, Dutch first. */
export const nl = {
  app: {
    name: 'Driehoek',
    skip: 'Naar de inhoud',
    tagline: 'Oefenen met gesprekken tussen ouders, leerling en begeleider',
    language: 'Taal',
    privacy: 'Alles blijft op dit apparaat: Driehoek verstuurt niets en werkt ook offline.',
    loading: 'Laden…',
    toLibrary: 'Naar de casussen',
    settings: 'Instellingen',
    pace: 'Tempo van het gesprek',
    paceStep: 'Regel voor regel (jij bepaalt het tempo)',
    paceAll: 'Hele scène in één keer',
    notFound: 'Deze oefening bestaat niet (meer) op dit apparaat.',
    scenarioGone: 'De casus van deze oefening is niet meer beschikbaar.',
  },
  library: {
    heading: 'Casussen',
    intro: 'Kies een casus. Jij speelt de begeleider.',
    pupil: '{{name}}, {{age}} jaar, {{schoolYear}}',
    minutes: 'ongeveer {{count}} minuten',
    languages: 'Talen',
    goals: 'Leerdoelen',
    empty: 'Er zijn nog geen casussen.',
    start: 'Start {{title}}',
    mode: 'Feedback',
    modeCoach: 'Coach: na elke keuze uitleg',
    modeReflect: 'Reflectie: uitleg pas in de nabespreking',
    inProgress: 'Verder spelen',
    finished: 'Afgeronde oefeningen',
    continue: 'Verder met {{title}}',
    debrief: 'Nabespreking van {{title}}',
    remove: 'Verwijder oefening {{title}}',
    confirmRemove: 'Deze oefening en je antwoorden verwijderen? Dit kan niet ongedaan worden.',
    runAt: 'Week {{week}} · {{step}} · bijgewerkt {{date}}',
    endedAt: '{{ending}} · {{date}}',
    versions: '{{count}} versies',
    starting: 'Casus wordt geladen…',
    runMode: { coach: 'Coachmodus', reflect: 'Reflectiemodus' },
  },
  debriefScreen: { backToRun: 'Terug naar het gesprek' },
  release: {
    earlier: 'Gespeeld op een eerdere versie van deze casus ({{version}}).',
    continue: 'Ga verder in de huidige versie ({{version}})',
    kept: 'Dat wordt een nieuwe run; deze run blijft zoals hij is.',
    cannotContinue:
      'Deze run kan niet verder in de huidige versie van de casus: niet al je keuzes bestaan daar nog.',
    continued:
      'Voortgezet in de huidige versie van de casus, vanuit een run op versie {{version}}.',
  },
  notice: {
    'storage-unavailable':
      'Deze browser bewaart niets (bijvoorbeeld in privévenster). Je oefening blijft alleen bestaan zolang dit tabblad open is.',
    'storage-full':
      'De opslag van de browser is vol. Je laatste stap is niet bewaard; de vorige versie is wel bewaard. Verwijder oude oefeningen om ruimte te maken.',
    recovered: 'Een opgeslagen oefening was beschadigd. De laatste goede versie is teruggezet.',
    quarantined:
      'Een opgeslagen oefening kon niet gelezen worden. De gegevens zijn apart gezet en niet weggegooid.',
    newer:
      'Een oefening is opgeslagen door een nieuwere versie van Driehoek en kan hier niet geopend worden.',
    'save-failed': 'Opslaan is niet gelukt. De vorige versie is bewaard.',
    'moved-elsewhere':
      'Deze run is in een ander tabblad verder gespeeld; je ziet nu de laatste stand.',
    'conflict-branch':
      'In een ander tabblad is bij dezelfde keuze iets anders gekozen. Beide keuzes zijn bewaard: jouw keuze staat in een nieuwe versie van deze run.',
    dismiss: 'Melding sluiten',
    refused: {
      'not-a-save': 'De opgeslagen gegevens zijn geen oefening van Driehoek.',
      'newer-save': 'Deze oefening is opgeslagen door een nieuwere versie van Driehoek.',
      'older-save': 'Deze oefening is opgeslagen door een oudere versie van Driehoek.',
      'other-scenario': 'De opgeslagen oefening hoort bij een andere casus.',
      'scenario-changed':
        'De casus is veranderd sinds deze oefening is opgeslagen, dus de oefening kan niet verder.',
      tampered: 'De opgeslagen oefening is van buitenaf veranderd en wordt niet geopend.',
    },
    exportRaw: 'Bewaar de gegevens als bestand',
    exportSetAside: 'Bewaar de apart gezette gegevens als bestand',
  },
};

export type Messages = typeof nl;

export const en: Messages = {
  app: {
    name: 'Driehoek',
    skip: 'Skip to content',
    tagline: 'Practise conversations between parents, pupil and counsellor',
    language: 'Language',
    privacy: 'Everything stays on this device: Driehoek sends nothing anywhere and works offline.',
    loading: 'Loading…',
    toLibrary: 'To the cases',
    settings: 'Settings',
    pace: 'Pace of the conversation',
    paceStep: 'Line by line (you set the pace)',
    paceAll: 'Whole scene at once',
    notFound: 'This run does not exist (any more) on this device.',
    scenarioGone: 'The case of this run is no longer available.',
  },
  library: {
    heading: 'Cases',
    intro: 'Choose a case. You play the counsellor.',
    pupil: '{{name}}, {{age}} years old, {{schoolYear}}',
    minutes: 'about {{count}} minutes',
    languages: 'Languages',
    goals: 'Learning goals',
    empty: 'There are no cases yet.',
    start: 'Start {{title}}',
    mode: 'Feedback',
    modeCoach: 'Coach: an explanation after every choice',
    modeReflect: 'Reflect: explanations only in the debrief',
    inProgress: 'Continue playing',
    finished: 'Finished runs',
    continue: 'Continue {{title}}',
    debrief: 'Debrief of {{title}}',
    remove: 'Delete run {{title}}',
    confirmRemove: 'Delete this run and your answers? This cannot be undone.',
    runAt: 'Week {{week}} · {{step}} · updated {{date}}',
    endedAt: '{{ending}} · {{date}}',
    versions: '{{count}} versions',
    starting: 'Loading the case…',
    runMode: { coach: 'Coach mode', reflect: 'Reflect mode' },
  },
  debriefScreen: { backToRun: 'Back to the conversation' },
  release: {
    earlier: 'Played on an earlier version of this case ({{version}}).',
    continue: 'Continue in the current version ({{version}})',
    kept: 'That makes a new run; this run stays as it is.',
    cannotContinue:
      'This run cannot go on in the current version of the case: not all of your choices exist there any more.',
    continued: 'Continued in the current version of the case, from a run on version {{version}}.',
  },
  notice: {
    'storage-unavailable':
      'This browser keeps nothing (for example in a private window). Your run lasts only while this tab is open.',
    'storage-full':
      "The browser's storage is full. Your last step was not saved; the version before it is kept. Delete old runs to make room.",
    recovered: 'A saved run was damaged. Its last good version has been restored.',
    quarantined: 'A saved run could not be read. Its data has been set aside, not thrown away.',
    newer: 'A run was saved by a newer version of Driehoek and cannot be opened here.',
    'save-failed': 'Saving failed. The previous version is kept.',
    'moved-elsewhere': 'This run was played on in another tab; you now see its latest state.',
    'conflict-branch':
      'Another tab made a different choice at the same point. Both choices are kept: yours is in a new version of this run.',
    dismiss: 'Close notice',
    refused: {
      'not-a-save': 'The saved data is not a Driehoek run.',
      'newer-save': 'This run was saved by a newer version of Driehoek.',
      'older-save': 'This run was saved by an older version of Driehoek.',
      'other-scenario': 'The saved run belongs to another case.',
      'scenario-changed': 'The case has changed since this run was saved, so the run cannot go on.',
      tampered: 'The saved run was changed from outside and will not be opened.',
    },
    exportRaw: 'Keep the data as a file',
    exportSetAside: 'Keep the set-aside data as a file',
  },
};
