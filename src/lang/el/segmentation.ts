// Greek sentence-segmentation data. The Greek question mark is `;` (also U+037E); the raised dot
// `·` (ano teleia, also U+0387) is a semicolon and does not end a sentence, so it is not listed.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['!', ';', '\u037E'],
  nonFinalAbbreviations: ['κ.', 'κα.', 'Δρ.', 'καθ.', 'π.χ.', 'δηλ.', 'βλ.', 'περ.', 'οδ.'],
  abbreviations: ['κ.λπ.', 'κλπ.', 'κ.ά.', 'κ.τ.λ.', 'π.Χ.', 'μ.Χ.', 'εκατ.', 'δισ.', 'χιλ.', 'Ιαν.', 'Φεβ.', 'Αυγ.', 'Σεπτ.', 'Οκτ.', 'Νοέμ.', 'Δεκ.'],
  numberAbbreviations: ['σ.', 'σελ.', 'αρ.', 'άρθ.'],
  sentenceStarters: ['Ο', 'Η', 'Το', 'Οι', 'Τα', 'Ένας', 'Μια', 'Μία', 'Ένα', 'Αυτός', 'Αυτή', 'Αυτό', 'Αλλά', 'Και', 'Στο', 'Στη', 'Στην'],
  quotes: [
    ['«', '»'],
    ['“', '”'],
    ['"', '"'],
  ],
};
