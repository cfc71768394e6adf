// Indonesian QA data: “…” and ‘…’, as English; reduplication ("kota-kota") makes text longer.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], straight: true },
  lengthFactor: 1.05,
  nameEnding: 0,
  // both (kedua, keduanya, dua-dua), and two as one thing: dual, double, a pair, twins
  pairWords: ['kedua', 'keduanya', 'dua-dua', 'ganda', 'sepasang', 'pasangan', 'kembar'],
};
