/**
 * A small two-language case that passes the validator's domain checks, for tests that break one
 * check at a time (by replacing one exact piece of it, with `mutate`).
 *
 * first ── a-warm (violates; sets crossed) ─▶ aside ─▶ second
 *       ── a-plain (respects all) ──────────────────▶ second
 *       ── a-half (strains; sets strained) ──────────▶ second
 * second ── b-plain (respects all) ─▶ outcome
 *        ── b-warm (strains; sets strained) ─▶ outcome
 * outcome: crossed → poor-end, strained → mixed-end, else good-end
 */

const why = '{ nl: "Omdat.", en: "Because." }';
export const verdicts = (emotional: string, responsibility: string, expertise: string) =>
  `{ emotional: { verdict: ${emotional}, why: ${why} }, responsibility: { verdict: ${responsibility}, why: ${why} }, expertise: { verdict: ${expertise}, why: ${why} } }`;

/** The gate that keeps a run with a violation from the good ending: remove it to break check 1. */
export const GATE = '      - { if: { flag: crossed }, goto: poor-end }\n';

export const TEACHING_CASE = `format: 1
id: toets
version: 1.0.0
languages: [nl, en]
title: { nl: "Lin en de ruzie thuis", en: "Lin and the row at home" }
summary: { nl: "Een kleine casus om de controles te toetsen.", en: "A small case to test the checks." }
pupil: { name: Lin, age: 11, schoolYear: { nl: groep 8, en: group 8 } }
setting: { nl: "Basisschool", en: "Primary school" }
learningGoals:
  - { nl: "Je laat thuis aan de ouders.", en: "You leave home to the parents." }
estimatedMinutes: 5
cast:
  lin: { name: Lin, role: pupil }
  mother: { name: Moeder, role: parent }
  counsellor: { name: Juf Eva, role: counsellor }
flags: [crossed, strained]
start: first
scenes:
  first:
    title: { nl: "Moeder belt", en: "Mother calls" }
    week: 1
    present: [mother, counsellor]
    lines:
      - { speaker: mother, text: { nl: "Lin slaapt slecht sinds de ruzie.", en: "Lin sleeps badly since the row." } }
    choice:
      options:
        - id: a-warm
          text: { nl: "Ik snap het helemaal; ik praat morgen met Lin over wat er thuis gebeurt.", en: "I completely understand; I'll talk to Lin tomorrow about what happens at home." }
          verdicts: ${verdicts('violates', 'strains', 'respects')}
          effects: { flags: { crossed: true } }
          next: aside
        - id: a-plain
          text: { nl: "Wat heeft u al geprobeerd?", en: "What have you tried?" }
          verdicts: ${verdicts('respects', 'respects', 'respects')}
          next: second
        - id: a-half
          text: { nl: "Zal ik een paar tips voor het slapen sturen, als u dat wilt?", en: "Shall I send a few tips on sleep, if you'd like?" }
          verdicts: ${verdicts('respects', 'strains', 'respects')}
          effects: { flags: { strained: true } }
          next: second
  aside:
    title: { nl: "Lin op de gang", en: "Lin in the corridor" }
    week: 2
    present: [lin, counsellor]
    lines:
      - { speaker: lin, text: { nl: "Mama zei dat u wilde praten.", en: "Mum said you wanted to talk." } }
    next: second
  second:
    title: { nl: "Moeder komt langs", en: "Mother drops by" }
    week: 3
    present: [mother, counsellor]
    lines:
      - { speaker: mother, text: { nl: "Het gaat iets beter.", en: "It's a little better." } }
    choice:
      options:
        - id: b-plain
          text: { nl: "Fijn. Hoe doet u dat?", en: "Good. How do you do it?" }
          verdicts: ${verdicts('respects', 'respects', 'respects')}
          next: outcome
        - id: b-warm
          text: { nl: "Wat fijn! Zal ik Lin even vragen hoe zij het thuis nu vindt gaan?", en: "How lovely! Shall I ask Lin how she feels things are going at home now?" }
          verdicts: ${verdicts('strains', 'strains', 'respects')}
          effects: { flags: { strained: true } }
          next: outcome
  outcome:
    title: { nl: "Een maand later", en: "A month later" }
    week: 6
    present: [counsellor]
    next:
${GATE}      - { if: { flag: strained }, goto: mixed-end }
      - goto: good-end
endings:
  good-end:
    title: { nl: "Moeder vindt haar weg", en: "Mother finds her way" }
    outcome: { nl: "Moeder regelt het thuis zelf.", en: "Mother handles it at home herself." }
    tone: good
  mixed-end:
    title: { nl: "Het loopt, maar stroef", en: "It works, but stiffly" }
    outcome: { nl: "Het gaat beter, maar Lin voelt zich bekeken.", en: "Things improve, but Lin feels watched." }
    tone: mixed
  poor-end:
    title: { nl: "Lin klapt dicht", en: "Lin shuts down" }
    outcome: { nl: "Lin voelt zich klem zitten.", en: "Lin feels caught in the middle." }
    tone: poor
`;
