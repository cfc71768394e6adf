// Chinese (simplified) QA data: “…” with ‘…’ inside (《…》 marks titles, not quotations);
// Han script, Latin tolerated for brand names; under a third of the English length.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Han'],
  tolerated: ['Latin'],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], others: [['「', '」'], ['『', '』']], straight: false },
  lengthFactor: 0.3,
  nameEnding: 0,
  unspaced: true,
  pairWords: ['两者', '兩者', '双方', '雙方', '两个都', '兩個都'],
};
