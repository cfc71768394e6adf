// Spanish QA data: «…» (RAE), “…” inside, ‘…’ inside that; news sites also write “…”.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], others: [['‘', '’']], straight: true },
  lengthFactor: 1.12,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['ambos', 'ambas', 'los dos', 'las dos', 'dual', 'duales', 'doble', 'dobles', 'par de', 'pareja', 'gemelo', 'gemelos', 'gemela', 'gemelas'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['estados unidos', 'estadounid', 'américa', 'american'], CAD: ['canad'], AUD: ['australia'], NZD: ['nueva zelanda', 'neozeland'], HKD: ['hong kong'], SGD: ['singapur'], CNY: ['china', 'chino', 'chinos'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['pleno', 'plena', 'total', 'totalmente', 'completo', 'completa', 'completamente', 'absoluto', 'absoluta', 'absolutamente', 'entero', 'entera'],
};
