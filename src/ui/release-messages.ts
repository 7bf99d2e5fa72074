/** The strings about runs on an earlier version of their case (loaded with the run screens). */
export const nl = {
  release: {
    earlier: 'Gespeeld op een eerdere versie van deze casus ({{version}}).',
    continue: 'Ga verder in de huidige versie ({{version}})',
    kept: 'Dat wordt een nieuwe run; deze run blijft zoals hij is.',
    cannotContinue:
      'Deze run kan niet verder in de huidige versie van de casus: niet al je keuzes bestaan daar nog.',
    continued:
      'Voortgezet in de huidige versie van de casus, vanuit een run op versie {{version}}.',
  },
};

export const en: typeof nl = {
  release: {
    earlier: 'Played on an earlier version of this case ({{version}}).',
    continue: 'Continue in the current version ({{version}})',
    kept: 'That makes a new run; this run stays as it is.',
    cannotContinue:
      'This run cannot go on in the current version of the case: not all of your choices exist there any more.',
    continued: 'Continued in the current version of the case, from a run on version {{version}}.',
  },
};
