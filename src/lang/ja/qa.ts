// Japanese QA data: 「…」 with 『…』 inside; Han, Hiragana and Katakana, Latin tolerated for
// brand names; about 40 % of the English length.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Han', 'Hiragana', 'Katakana'],
  tolerated: ['Latin'],
  quotes: { primary: ['「', '」'], nested: ['『', '』'], straight: false },
  lengthFactor: 0.42,
  nameEnding: 0,
  unspaced: true,
  pairWords: ['両方', '両者', '双方'],
};
