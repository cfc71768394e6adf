// Greek QA data: «…» with “…” inside; Greek script, Latin tolerated for brand names.
// Names decline ("Πεκίνο" → "Πεκίνου"): up to two final letters may change.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Greek'],
  tolerated: ['Latin'],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], straight: false },
  lengthFactor: 1.15,
  nameEnding: 2,
  // both (και οι δύο is read as 2), and two as one thing: dual, double, a pair, twins
  pairWords: ['αμφότεροι', 'αμφότερες', 'αμφότερα', 'αμφοτέρων', 'αμφότερους', 'διπλός', 'διπλή', 'διπλό', 'διπλοί', 'διπλές', 'διπλά', 'διπλού', 'διπλής', 'διπλών', 'διπλούς', 'ζεύγος', 'ζευγάρι', 'δίδυμοι', 'δίδυμες', 'δίδυμα'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['αμερικ', 'ηπα'], CAD: ['καναδ'], AUD: ['αυστραλ'], NZD: ['νέα ζηλανδ', 'νέας ζηλανδ', 'νεοζηλανδ'], HKD: ['χονγκ κονγκ'], SGD: ['σιγκαπούρ'], CNY: ['κίνα', 'κίνας', 'κινέζ', 'κινεζ'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['πλήρης', 'πλήρη', 'πλήρους', 'πλήρως', 'απόλυτη', 'απόλυτα', 'απόλυτης', 'απόλυτο', 'ολόκληρο', 'ολόκληρη', 'εντελώς', 'ολοκληρωτικά'],
};
