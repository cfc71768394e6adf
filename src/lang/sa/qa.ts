// Sanskrit QA data: Devanagari; modern Sanskrit prose quotes with “…” (or marks the quotation
// with इति alone). Latin is tolerated for brand names the glossary keeps ("Boda Data"). Names
// take case endings ("बीजिङ्ग" → "बीजिङ्गनगरे"); one final letter (a vowel sign) may change.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Devanagari'],
  tolerated: ['Latin'],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], straight: true },
  lengthFactor: 1.05,
  nameEnding: 1,
  // both (उभौ, उभे, declined), a pair (द्वय, द्वयम्, युगल), twins (यमल)
  pairWords: ['उभौ', 'उभे', 'उभयोः', 'उभाभ्याम्', 'उभाभ्यां', 'उभय', 'द्वय', 'द्वयम्', 'द्वयं', 'युगल', 'युगलम्', 'युगलं', 'यमलौ'],
  // Places whose currency a bare "$" or dollar word may name, by currency ("$100 Kanada", "カナダの…100ドル").
  currencyPlaces: { USD: ['अमेरिका', 'अमरीका'], CAD: ['कनाडा', 'कनाडादेश'], AUD: ['ऑस्ट्रेलिया', 'आस्ट्रेलिया'], NZD: ['न्यूजीलैंड', 'न्यूज़ीलैंड'], HKD: ['हांगकांग', 'हाङ्गकाङ्ग'], SGD: ['सिंगापुर', 'सिङ्गापुर'], CNY: ['चीन'] },
  // A hundred percent said as full, complete, total ("με πλήρη σιγουριά": with 100 % certainty).
  wholeWords: ['पूर्ण', 'पूर्णम्', 'पूर्णं', 'पूर्णतया', 'पूर्णतः', 'सम्पूर्ण', 'सम्पूर्णम्', 'सर्वथा', 'निश्चयेन'],
};
