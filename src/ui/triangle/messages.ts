/** The triangle's strings, under `triangle`, and the meters' shared words, under `meter`. */
import { meterMessages } from './meter-change.ts';

export const nl = {
  triangle: {
    name: 'De driehoek tussen de ouders, {{pupil}} en jou',
    parents: 'Ouders',
    pupilRole: 'leerling',
    you: 'Jij',
    counsellorRole: 'begeleider',
    side: {
      loyaltyConflict: 'Loyaliteitsconflict',
      parentTrust: 'Vertrouwen ouders',
      workingRelationship: 'Werkrelatie',
    },
    between: {
      loyaltyConflict: 'Ouders–{{pupil}}',
      parentTrust: 'Ouders–jij',
      workingRelationship: '{{pupil}}–jij',
    },
    rating: { strong: 'sterk', strained: 'onder druk', damaged: 'beschadigd' },
    untracked: 'niet gevolgd',
    listName: 'De drie relaties',
    meter: '{{side}}: {{value}}',
    // As on the drawing's labels: a soft hyphen, so a phone's narrow column breaks the word well.
    sideLabel: {
      loyaltyConflict: 'Loyaliteits\u00adconflict',
      parentTrust: 'Vertrouwen ouders',
      workingRelationship: 'Werkrelatie',
    },
    item: '{{between}}: {{rating}} ({{label}}: {{value}}, {{direction}})',
    itemUntracked: '{{between}}: niet gevolgd in deze casus',
    change: '{{side}}: {{from}} → {{to}} ({{change}})',
  },
  meter: meterMessages.nl,
};

export const en: typeof nl = {
  triangle: {
    name: 'The triangle between the parents, {{pupil}} and you',
    parents: 'Parents',
    pupilRole: 'pupil',
    you: 'You',
    counsellorRole: 'counsellor',
    side: {
      loyaltyConflict: 'Loyalty conflict',
      parentTrust: "Parents' trust",
      workingRelationship: 'Working relationship',
    },
    between: {
      loyaltyConflict: 'Parents–{{pupil}}',
      parentTrust: 'Parents–you',
      workingRelationship: '{{pupil}}–you',
    },
    rating: { strong: 'strong', strained: 'under strain', damaged: 'damaged' },
    untracked: 'not tracked',
    listName: 'The three relationships',
    meter: '{{side}}: {{value}}',
    sideLabel: {
      loyaltyConflict: 'Loyalty conflict',
      parentTrust: "Parents' trust",
      workingRelationship: 'Working relationship',
    },
    item: '{{between}}: {{rating}} ({{label}}: {{value}}, {{direction}})',
    itemUntracked: '{{between}}: not tracked in this case',
    change: '{{side}}: {{from}} → {{to}} ({{change}})',
  },
  meter: meterMessages.en,
};
