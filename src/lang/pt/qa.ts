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
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['estados unidos', 'estadunid', 'american', 'norte-american'], CAD: ['canad'], AUD: ['australia', 'austrália'], NZD: ['nova zelândia', 'neozeland'], HKD: ['hong kong'], SGD: ['singapura'], CNY: ['china', 'chinês', 'chineses'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['pleno', 'plena', 'plenamente', 'total', 'totalmente', 'completo', 'completa', 'completamente', 'absoluto', 'absoluta', 'absolutamente', 'inteiro', 'inteira'],
};
