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
  // both (両方, 双方, 両国), and two as one thing: a pair, double, twin (双子, 双月, ダブル, ペア)
  pairWords: ['両方', '両者', '双方', '両', '双', 'ダブル', 'ペア', 'ツイン'],
};
