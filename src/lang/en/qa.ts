// English QA data: “…” with ‘…’ inside; straight quotes are common and acceptable.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], straight: true },
  lengthFactor: 1,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['both', 'dual', 'double', 'pair', 'pairs', 'twin', 'twins'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['america', 'united states', 'u.s.'], CAD: ['canad'], AUD: ['australia'], NZD: ['new zealand'], HKD: ['hong kong'], SGD: ['singapore'], CNY: ['china', 'chinese'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['full', 'fully', 'complete', 'completely', 'entire', 'entirely', 'total', 'totally', 'absolute', 'absolutely', 'whole'],
};
