/** The strings of room mode's live screens: the phone's join page and the facilitator's start page. */
export const nl = {
  live: {
    join: {
      title: 'Meedoen',
      intro: 'Stem mee met de groep. Geen account, geen naam.',
      codeLabel: 'Code van de sessie (op het scherm)',
      codeHint: 'Zes tekens, bijvoorbeeld K7M2QX.',
      codeInvalid: 'Een code heeft zes letters of cijfers. Kijk nog eens op het scherm.',
      submit: 'Doe mee',
      status: {
        connecting: 'Verbinden…',
        connected: 'Verbonden',
        lost: 'Verbinding weg. We proberen het opnieuw; je stem blijft bewaard.',
        closed: 'De gespreksleider heeft de sessie afgesloten. Bedankt voor het meedoen!',
      },
      refusal: {
        'bad-handshake': 'Deze pagina kon niet meedoen. Open de link van het scherm opnieuw.',
        'wrong-key': 'Deze sleutel hoort niet bij deze sessie.',
        'unknown-room': 'Deze code kennen we niet. Kijk nog eens op het scherm.',
        'too-many-attempts':
          'Te veel verkeerde codes vanaf dit netwerk. Wacht een paar minuten en probeer het dan opnieuw.',
        'room-full':
          'De sessie is vol. Kijk mee op het scherm, of vraag de gespreksleider om ruimte.',
      },
      tryAgain: 'Opnieuw proberen',
      otherCode: 'Andere code invoeren',
      waiting: 'Wacht op de volgende keuze. Kijk intussen mee op het scherm.',
      question: 'Wat doe jij als begeleider?',
      yourVote: 'Jouw stem: {{label}}. Je kunt nog wisselen tot de stemming sluit.',
      noVote: 'Je hebt nog niet gestemd.',
      voteFor: 'Stem op {{label}}',
      closed: 'De stemming is gesloten.',
      closedWithVote: 'De stemming is gesloten. Jij stemde {{label}}.',
      closedNoVote: 'De stemming is gesloten. Je hebt niet gestemd.',
      voteRefused: 'Je stem is niet meer aangekomen: de stemming was al gesloten.',
      decided: 'De groep koos {{label}}.',
      verdicts: 'Het oordeel per hiërarchie',
    },
    start: {
      title: 'Presenteren met stemmen via telefoons',
      intro:
        'Deze laptop is de presentator. Kies de casus die je wilt presenteren. Open dit adres op geen ander apparaat: het bevat je sleutel.',
      checking: 'De sleutel wordt gecontroleerd…',
      ready: 'Klaar: telefoons kunnen meedoen zodra je een casus presenteert.',
      wrongKey:
        'Deze sleutel hoort niet bij de server die nu draait. Open het presentatoradres dat de terminal toont opnieuw.',
      noServer:
        'Geen verbinding met de sessieserver. Draait `npm run room` nog? Zonder server kun je met handopsteken presenteren.',
      present: 'Presenteer {{title}}',
      cases: 'Casussen',
    },
    presenter: {
      heading: 'Stemmen via telefoons',
      code: 'Code: {{code}}',
      participants_one: '{{count}} telefoon verbonden',
      participants_other: '{{count}} telefoons verbonden',
      voters_one: '{{count}} stem',
      voters_other: '{{count}} stemmen',
      status: {
        connecting: 'Verbinden met de sessieserver…',
        connected: 'Verbonden met de sessieserver',
        lost: 'Verbinding met de sessieserver weg; we proberen het opnieuw.',
        refused: 'De sessieserver weigert deze sleutel. Open het presentatoradres opnieuw.',
      },
      closeRoom: 'Sessie afsluiten',
      confirmClose:
        'De sessie afsluiten? Telefoons worden losgekoppeld en de server bewaart niets meer. Exporteer eerst de nabespreking als je die wilt houden.',
      closed: 'De sessie is afgesloten.',
      failed: 'De server nam dit niet aan ({{reason}}). Probeer het opnieuw.',
    },
  },
};

export const en: typeof nl = {
  live: {
    join: {
      title: 'Join in',
      intro: 'Vote with the room. No account, no name.',
      codeLabel: 'Session code (on the screen)',
      codeHint: 'Six characters, for example K7M2QX.',
      codeInvalid: 'A code has six letters or digits. Look at the screen again.',
      submit: 'Join',
      status: {
        connecting: 'Connecting…',
        connected: 'Connected',
        lost: 'Connection lost. Trying again; your vote is kept.',
        closed: 'The facilitator has closed the session. Thank you for taking part!',
      },
      refusal: {
        'bad-handshake': 'This page could not join. Open the link on the screen again.',
        'wrong-key': 'This key does not belong to this session.',
        'unknown-room': 'We do not know this code. Look at the screen again.',
        'too-many-attempts':
          'Too many wrong codes from this network. Wait a few minutes, then try again.',
        'room-full': 'The session is full. Follow on the screen, or ask the facilitator for room.',
      },
      tryAgain: 'Try again',
      otherCode: 'Enter another code',
      waiting: 'Waiting for the next choice. Follow on the screen meanwhile.',
      question: 'What do you do as the counsellor?',
      yourVote: 'Your vote: {{label}}. You can change it until voting closes.',
      noVote: 'You have not voted yet.',
      voteFor: 'Vote for {{label}}',
      closed: 'Voting is closed.',
      closedWithVote: 'Voting is closed. You voted {{label}}.',
      closedNoVote: 'Voting is closed. You did not vote.',
      voteRefused: 'Your vote did not arrive in time: voting had already closed.',
      decided: 'The room chose {{label}}.',
      verdicts: 'The verdict per hierarchy',
    },
    start: {
      title: 'Presenting with votes from phones',
      intro:
        'This laptop is the presenter. Choose the case to present. Do not open this address on any other device: it holds your key.',
      checking: 'Checking the key…',
      ready: 'Ready: phones can join as soon as you present a case.',
      wrongKey:
        'This key does not belong to the server that is running now. Open the presenter address the terminal shows again.',
      noServer:
        'No connection to the session server. Is `npm run room` still running? Without the server you can present with a show of hands.',
      present: 'Present {{title}}',
      cases: 'Cases',
    },
    presenter: {
      heading: 'Votes from phones',
      code: 'Code: {{code}}',
      participants_one: '{{count}} phone connected',
      participants_other: '{{count}} phones connected',
      voters_one: '{{count}} vote',
      voters_other: '{{count}} votes',
      status: {
        connecting: 'Connecting to the session server…',
        connected: 'Connected to the session server',
        lost: 'Connection to the session server lost; trying again.',
        refused: 'The session server refuses this key. Open the presenter address again.',
      },
      closeRoom: 'Close the session',
      confirmClose:
        'Close the session? Phones are disconnected and the server keeps nothing. Export the debrief first if you want to keep it.',
      closed: 'The session is closed.',
      failed: 'The server did not accept this ({{reason}}). Please try again.',
    },
  },
};
