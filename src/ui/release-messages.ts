/**
 * The strings about what kind of run is on screen: one on an earlier version of its case, or an
 * author's test run from the map (loaded with the run screens).
 */
export const nl = {
  release: {
    earlier: 'Gespeeld op een eerdere versie van deze casus ({{version}}).',
    continue: 'Ga verder in de huidige versie ({{version}})',
    kept: 'Dat wordt een nieuwe run; deze run blijft zoals hij is.',
    cannotContinue:
      'Deze run kan niet verder in de huidige versie van de casus: niet al je keuzes bestaan daar nog.',
    continued:
      'Voortgezet in de huidige versie van de casus, vanuit een run op versie {{version}}.',
    testRun:
      'Testrun vanaf “{{scene}}”: de meters stonden daar op hun beginwaarden en er was nog geen vlag gezet. Een testrun staat niet bij je oefeningen.',
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
    testRun:
      'Test run from “{{scene}}”: the meters started there at their start values, and no flag was set yet. A test run is not listed among your runs.',
  },
};
