// French QA data: « … » (with a no-break space inside), “…” for a quotation inside one.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], others: [['‹', '›']], straight: false },
  lengthFactor: 1.17,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['les deux', 'tous deux', 'toutes deux', "l'un et l'autre", 'l’un et l’autre', 'dual', 'duale', 'duaux', 'duales', 'double', 'doubles', 'paire', 'jumeau', 'jumeaux', 'jumelle', 'jumelles'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['états-unis', 'etats-unis', 'améric', 'americ'], CAD: ['canad'], AUD: ['australi'], NZD: ['nouvelle-zélande', 'néo-zélandais'], HKD: ['hong kong'], SGD: ['singapour'], CNY: ['chine', 'chinois'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['plein', 'pleine', 'pleinement', 'total', 'totale', 'totalement', 'complet', 'complète', 'complètement', 'absolu', 'absolue', 'absolument', 'entier', 'entière', 'entièrement'],
};
