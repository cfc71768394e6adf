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
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['米ドル', 'アメリカ', '米国'], CAD: ['カナダ'], AUD: ['オーストラリア', '豪ドル'], NZD: ['ニュージーランド'], HKD: ['香港'], SGD: ['シンガポール'], CNY: ['中国', '人民元'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['完全', '完璧', '全面', '確実', '絶対'],
};
