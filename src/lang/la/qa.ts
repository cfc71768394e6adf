// Latin QA data (no CLDR: our own, see src/lang/la/locale.ts): modern news Latin (Nuntii
// Latini, Ephemeris) quotes with “…” or «…». Names decline ("Pechinum" → "Pechini",
// "Pechino"): up to two final letters may change.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], others: [['«', '»']], straight: true },
  lengthFactor: 1.12,
  nameEnding: 2,
  // both, and two as one thing: double, twins
  pairWords: ['ambo', 'ambae', 'amborum', 'ambarum', 'ambobus', 'ambabus', 'ambos', 'ambas', 'uterque', 'utraque', 'utrumque', 'duplex', 'duplices', 'gemini', 'geminae', 'geminos', 'geminas', 'geminorum'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['america', 'civitates foederatae'], CAD: ['canad'], AUD: ['australi'], NZD: ['nova zelandia', 'novae zelandiae'], HKD: ['hong kong'], SGD: ['singapur'], CNY: ['sina', 'sinae', 'sinarum', 'sinens'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['plenus', 'plena', 'plenum', 'plene', 'totus', 'tota', 'totum', 'omnino', 'prorsus', 'certissime'],
};
