/** What "open a case file" says about a file; merged into the app's translations under `ownFile`. */
export const nl = {
  ownFile: {
    checking: '{{file}} wordt gecontroleerd…',
    refused_one: '{{file}} is niet toegevoegd: er staat één fout in.',
    refused_other: '{{file}} is niet toegevoegd: er staan {{count}} fouten in.',
    refusedHelp:
      'Verbeter het bestand in je editor en open het opnieuw. Waarschuwingen houden niets tegen; fouten wel.',
    tooLarge:
      '{{file}} is niet toegevoegd: het is {{size}} MB, en een casusbestand mag hooguit 2 MB zijn. Is dit wel het .yaml-bestand van de casus?',
    timeout:
      '{{file}} is niet toegevoegd: het controleren duurde te lang. Is dit wel een casusbestand?',
    failed: '{{file}} kon niet gelezen worden. Probeer het opnieuw, of kies een ander bestand.',
    added: '“{{title}}” staat nu bij je eigen casussen.',
    replaced:
      '“{{title}}” is bijgewerkt. Oefeningen op de vorige tekst openen nog zoals ze gespeeld zijn.',
    keptBoth: '“{{title}}” staat er nu naast de andere casus, als een eigen kopie.',
    warnings_one: 'Eén waarschuwing (houdt niets tegen):',
    warnings_other: '{{count}} waarschuwingen (houden niets tegen):',
    unchanged: '{{file}} staat al in je eigen casussen, met precies deze tekst.',
    notSaved: {
      quota:
        '{{file}} is niet bewaard: de opslag van de browser is vol. Verwijder een eigen casus of oude oefeningen en probeer het opnieuw.',
      other:
        '{{file}} is niet bewaard: de browser weigerde het op te slaan. Er is niets veranderd.',
    },
    update: {
      question:
        'Je eigen casus “{{title}}” (versie {{from}}) staat er al. Vervangen door deze tekst (versie {{to}})?',
      runs: 'Oefeningen op de huidige tekst blijven bewaard en openen zoals ze gespeeld zijn.',
    },
    clash: {
      'built-in':
        'De ingebouwde casus “{{other}}” heeft ook de naam (id) ‘{{id}}’. Vervangen (jouw bestand komt in de plaats van de ingebouwde casus) of beide houden (jouw bestand krijgt de id ‘{{localId}}’)?',
      own: 'Je eigen casus “{{other}}” heeft ook de id ‘{{id}}’, maar een andere titel. Vervangen of beide houden (dit bestand krijgt de id ‘{{localId}}’)?',
    },
    replace: 'Vervangen',
    keepBoth: 'Beide houden',
    cancel: 'Annuleren',
    close: 'Sluiten',
    showMap: 'Bekijk dit bestand op de kaart',
    hideMap: 'Kaart verbergen',
    problem: {
      error: 'Fout',
      warning: 'Waarschuwing',
      at: 'regel {{line}}, kolom {{column}}',
      lines: 'Regels {{from}} tot en met {{to}} van het bestand, de plek gemarkeerd',
      more: 'En nog {{count}} meldingen zonder uitsnede van het bestand.',
    },
  },
};

export const en: typeof nl = {
  ownFile: {
    checking: 'Checking {{file}}…',
    refused_one: '{{file}} was not added: it has one error.',
    refused_other: '{{file}} was not added: it has {{count}} errors.',
    refusedHelp:
      'Correct the file in your editor and open it again. Warnings do not stop a file; errors do.',
    tooLarge:
      '{{file}} was not added: it is {{size}} MB, and a case file may be at most 2 MB. Is this the case’s .yaml file?',
    timeout: '{{file}} was not added: checking it took too long. Is this a case file?',
    failed: '{{file}} could not be read. Try again, or choose another file.',
    added: '“{{title}}” is now among your own cases.',
    replaced: '“{{title}}” is updated. Runs on the earlier text still open as they were played.',
    keptBoth: '“{{title}}” now stands beside the other case, as a copy of its own.',
    warnings_one: 'One warning (it stops nothing):',
    warnings_other: '{{count}} warnings (they stop nothing):',
    unchanged: '{{file}} is already among your own cases, with exactly this text.',
    notSaved: {
      quota:
        '{{file}} was not kept: the browser’s storage is full. Remove an own case or old runs and try again.',
      other: '{{file}} was not kept: the browser refused to store it. Nothing has changed.',
    },
    update: {
      question:
        'Your own case “{{title}}” (version {{from}}) is already here. Replace it with this text (version {{to}})?',
      runs: 'Runs on the current text are kept and open as they were played.',
    },
    clash: {
      'built-in':
        'The built-in case “{{other}}” also has the name (id) ‘{{id}}’. Replace (your file takes the built-in case’s place) or keep both (your file gets the id ‘{{localId}}’)?',
      own: 'Your own case “{{other}}” also has the id ‘{{id}}’, but another title. Replace, or keep both (this file gets the id ‘{{localId}}’)?',
    },
    replace: 'Replace',
    keepBoth: 'Keep both',
    cancel: 'Cancel',
    close: 'Close',
    showMap: 'See this file on the map',
    hideMap: 'Hide the map',
    problem: {
      error: 'Error',
      warning: 'Warning',
      at: 'line {{line}}, column {{column}}',
      lines: 'Lines {{from}} to {{to}} of the file, the spot marked',
      more: 'And {{count}} more messages without an excerpt of the file.',
    },
  },
};
