/** The hierarchy lens's strings; merged into the app's translation resources under `lens`. */
export const nl = {
  lens: {
    heading: 'De drie hiërarchieën',
    matter: 'Waar het nu om gaat: {{matter}}',
    hierarchy: {
      emotional: 'Emotioneel',
      responsibility: 'Verantwoordelijkheid',
      expertise: 'Deskundigheid',
    },
    question: {
      emotional: 'Wiens band gaat voor bij het kind?',
      responsibility: 'Wie draagt de ontwikkeling van het kind?',
      expertise: 'Wiens kennis is leidend voor deze kwestie?',
    },
    onTop: 'Bovenaan',
    leader: {
      parents: 'ouders',
      pupil: 'leerling',
      counsellor: 'begeleider',
      teacher: 'leerkracht',
      school: 'school',
      protection: 'bescherming (derden)',
    },
    yourChoice: 'Jouw keuze',
    verdict: { respects: 'respecteert', strains: 'belast', violates: 'schendt' },
  },
};

export const en: typeof nl = {
  lens: {
    heading: 'The three hierarchies',
    matter: 'What is at stake now: {{matter}}',
    hierarchy: {
      emotional: 'Emotional',
      responsibility: 'Responsibility',
      expertise: 'Expertise',
    },
    question: {
      emotional: 'Whose bond comes first for the child?',
      responsibility: 'Who carries the development of the child?',
      expertise: 'Whose knowledge leads for this matter?',
    },
    onTop: 'On top',
    leader: {
      parents: 'parents',
      pupil: 'pupil',
      counsellor: 'counsellor',
      teacher: 'teacher',
      school: 'school',
      protection: 'protection (third parties)',
    },
    yourChoice: 'Your choice',
    verdict: { respects: 'respects', strains: 'strains', violates: 'violates' },
  },
};
