// Italian QA data: «…» with “…” inside; news sites also write “…” alone.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], others: [['‘', '’']], straight: true },
  lengthFactor: 1.1,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['entrambi', 'entrambe', 'ambedue', 'tutti e due', 'tutte e due', 'duale', 'duali', 'doppio', 'doppia', 'doppi', 'doppie', 'paio', 'coppia', 'gemello', 'gemelli', 'gemella', 'gemelle'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['stati uniti', 'americ'], CAD: ['canad'], AUD: ['australi'], NZD: ['nuova zelanda', 'neozeland'], HKD: ['hong kong'], SGD: ['singapore'], CNY: ['cina', 'cinese', 'cinesi'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['pieno', 'piena', 'pienamente', 'totale', 'totalmente', 'completo', 'completa', 'completamente', 'assoluto', 'assoluta', 'assolutamente', 'intero', 'intera'],
};
