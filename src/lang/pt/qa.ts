// Portuguese QA data: “…” (Brazil, the CLDR default) and «…» (Portugal) are both correct.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], others: [['«', '»']], straight: true },
  lengthFactor: 1.08,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['ambos', 'ambas', 'os dois', 'as duas', 'dual', 'duais', 'duplo', 'dupla', 'duplos', 'duplas', 'par de', 'gêmeo', 'gêmeos', 'gêmea', 'gêmeas', 'gémeos', 'gémeas'],
};
