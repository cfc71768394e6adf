// Russian QA data: «…» with „…“ inside; Cyrillic, Latin tolerated for brand names
// ("SenseTime"). Names decline ("Шанхай" → "Шанхае"): one final letter may change.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Cyrillic'],
  tolerated: ['Latin'],
  quotes: { primary: ['«', '»'], nested: ['„', '“'], straight: false },
  lengthFactor: 1.1,
  nameEnding: 1,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['оба', 'обе', 'обоих', 'обеих', 'обоим', 'обеим', 'обоими', 'обеими', 'двойной', 'двойная', 'двойное', 'двойные', 'двойного', 'двойную', 'двойным', 'двойными', 'двойных', 'двойном', 'двойному', 'пара', 'пару', 'парой', 'близнецы', 'близнецов', 'близнецами'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['сша', 'америк'], CAD: ['канад'], AUD: ['австрали'], NZD: ['новой зеланди', 'новая зеланди', 'новозеланд'], HKD: ['гонконг'], SGD: ['сингапур'], CNY: ['китай', 'китая', 'китае', 'китайск'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['полный', 'полная', 'полное', 'полной', 'полную', 'полностью', 'абсолютный', 'абсолютная', 'абсолютной', 'абсолютно', 'целиком', 'совершенно'],
};
