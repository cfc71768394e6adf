// German QA data: „…“ with ‚…‘ inside (»…« in books), Latin script, about 15 % longer
// than English; names inflect only with -s ("Pekings"), which the name check allows.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['„', '“'], nested: ['‚', '‘'], others: [['»', '«'], ['›', '‹']], straight: false },
  lengthFactor: 1.15,
  nameEnding: 0,
  // both (beide), and two as one thing: dual, double, twin (doppelt, Zwillinge)
  pairWords: ['beide', 'beiden', 'beider', 'beides', 'beidem', 'dual', 'duale', 'dualen', 'duales', 'dualer', 'doppelt', 'doppelte', 'doppelten', 'doppelter', 'doppeltes', 'zwilling', 'zwillinge', 'zwillingen'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['amerika', 'vereinigte staaten', 'usa'], CAD: ['kanad'], AUD: ['australi'], NZD: ['neuseeland'], HKD: ['hongkong', 'hong kong'], SGD: ['singapur'], CNY: ['china', 'chinesisch'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['voll', 'volle', 'vollen', 'voller', 'völlig', 'völlige', 'völligen', 'völliger', 'vollständig', 'vollständige', 'vollständigen', 'vollständiger', 'vollkommen', 'vollkommener', 'ganz', 'ganze', 'ganzen', 'absolut', 'absolute', 'absoluter', 'absoluten'],
};
