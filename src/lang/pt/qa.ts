// Portuguese QA data: “…” (Brazil, the CLDR default) and «…» (Portugal) are both correct.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], others: [['«', '»']], straight: true },
  lengthFactor: 1.08,
  nameEnding: 0,
  pairWords: ['ambos', 'ambas', 'os dois', 'as duas'],
};
