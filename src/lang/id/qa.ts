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
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['amerika'], CAD: ['kanada'], AUD: ['australia'], NZD: ['selandia baru'], HKD: ['hong kong'], SGD: ['singapura'], CNY: ['tiongkok', 'china', 'cina'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['penuh', 'sepenuhnya', 'seluruh', 'seluruhnya', 'total', 'lengkap', 'mutlak', 'sempurna', 'pasti'],
};
