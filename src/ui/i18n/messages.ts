/** Every string of the interface, Dutch first. Keys are grouped by screen. */
export const nl = {
  app: {
    name: 'Driehoek',
    tagline: 'Oefenen met gesprekken tussen ouders, leerling en begeleider',
    language: 'Taal',
    privacy: 'Alles blijft op dit apparaat: Driehoek verstuurt niets.',
  },
  library: {
    heading: 'Casussen',
    intro: 'Kies een casus. Jij speelt de begeleider.',
    pupil: '{{name}}, {{age}} jaar, {{schoolYear}}',
    minutes: 'ongeveer {{count}} minuten',
    languages: 'Talen',
    goals: 'Leerdoelen',
    empty: 'Er zijn nog geen casussen.',
  },
};

export type Messages = typeof nl;

export const en: Messages = {
  app: {
    name: 'Driehoek',
    tagline: 'Practise conversations between parents, pupil and counsellor',
    language: 'Language',
    privacy: 'Everything stays on this device: Driehoek sends nothing anywhere.',
  },
  library: {
    heading: 'Cases',
    intro: 'Choose a case. You play the counsellor.',
    pupil: '{{name}}, {{age}} years old, {{schoolYear}}',
    minutes: 'about {{count}} minutes',
    languages: 'Languages',
    goals: 'Learning goals',
    empty: 'There are no cases yet.',
  },
};
