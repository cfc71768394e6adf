// Sanskrit figure knowledge for reading translations back. Digits are Devanagari (०–९) with
// Indian grouping (१,५०,०००), read by the digit reader; the words here are the cardinals in
// the forms translations use (stem and nominative: पञ्च, षट्, सप्त; द्वौ, त्रयः), the scales
// शत (100), सहस्र (1000), लक्ष (10⁵), कोटि (10⁷), percent (प्रतिशतम्) and a few units.

import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  indianGrouping: true,
  words: {
    शून्य: 0, शून्यम्: 0, एक: 1, एकः: 1, एकम्: 1, एका: 1, द्वि: 2, द्वौ: 2, द्वे: 2, त्रि: 3, त्रयः: 3, तिस्रः: 3,
    त्रीणि: 3, चतुर्: 4, चत्वारः: 4, चतस्रः: 4, चत्वारि: 4, पञ्च: 5, षट्: 6, षष्: 6, सप्त: 7, अष्ट: 8, अष्टौ: 8,
    नव: 9, दश: 10, एकादश: 11, द्वादश: 12, त्रयोदश: 13, चतुर्दश: 14, पञ्चदश: 15, षोडश: 16, सप्तदश: 17,
    अष्टादश: 18, नवदश: 19, विंशतिः: 20, विंशति: 20, त्रिंशत्: 30, चत्वारिंशत्: 40, पञ्चाशत्: 50, षष्टिः: 60,
    सप्ततिः: 70, अशीतिः: 80, नवतिः: 90,
    // Case forms of 2–8 as translations decline them ("त्रिषु स्थानेषु", "गतयोः द्वयोः वर्षयोः").
    // नव (also "new") and दश (दशा is "state") are left in their plain forms.
    द्वाभ्याम्: 2, द्वयोः: 2, त्रीन्: 3, त्रिभिः: 3, त्रिभ्यः: 3, त्रयाणाम्: 3, त्रिषु: 3, तिसृभिः: 3, तिसृभ्यः: 3,
    तिसृणाम्: 3, तिसृषु: 3, चतुरः: 4, चतुर्भिः: 4, चतुर्भ्यः: 4, चतुर्णाम्: 4, चतुर्षु: 4, पञ्चभिः: 5, पञ्चभ्यः: 5,
    पञ्चानाम्: 5, पञ्चसु: 5, षड्भिः: 6, षड्भ्यः: 6, षण्णाम्: 6, षट्सु: 6, सप्तभिः: 7, सप्तानाम्: 7, सप्तसु: 7,
    अष्टाभिः: 8, अष्टानाम्: 8, अष्टासु: 8,
  },
  hundreds: ['शत', 'शतम्', 'शतानि'],
  scales: { सहस्र: 1e3, सहस्रम्: 1e3, सहस्राणि: 1e3, लक्ष: 1e5, लक्षम्: 1e5, कोटि: 1e7, कोटिः: 1e7, कोटयः: 1e7 },
  standalone: ['शतम्', 'सहस्रम्'],
  connectors: [],
  connectorAfter: [],
  indefinite: [],
  fractions: { अर्ध: 2, अर्धम्: 2 },
  decimalWords: ['दशमलव'],
  minusWords: ['ऋण'],
  percent: ['प्रतिशतम्', 'प्रतिशत', '%'],
  percentPoints: ['प्रतिशताङ्काः'],
  qualifiers: { प्रायः: 'approx', प्रायशः: 'approx', अधिकम्: 'over', न्यूनम्: 'under', यावत्: 'max', न्यूनातिन्यूनम्: 'min' },
  postQualifiers: {
    अधिकम्: 'over', यावत्: 'max', पर्यन्तम्: 'max', पर्यन्तं: 'max',
    // The ablative of comparison: "२०,००० P तः अधिकम्" (more than 20,000 P).
    'तः अधिकम्': 'over', 'तः अधिकः': 'over', 'तः अधिका': 'over', 'तः अधिकानि': 'over', 'तः अधिकं': 'over',
    'तः न्यूनम्': 'under', 'तः न्यूनः': 'under', 'तः न्यूना': 'under', 'तः न्यूनानि': 'under', 'तः न्यूनं': 'under',
  },
  range: { from: [], between: [], to: ['-', '–', '—', 'तः'], and: [] },
  boundJoiners: [','],
  currencies: { रूप्यकाणि: 'INR', रुप्यकाणि: 'INR', डॉलर: 'USD', यूरो: 'EUR', युआन: 'CNY' },
  units: { किलोमीटर: 'km', मीटर: 'm', किलोग्राम: 'kg', टन: 't', लीटर: 'l', पेटाफ्लॉप्स: 'P' },
  countedNoun: 'next',
  vagueQuantities: ['कतिपय', 'कतिपयाः', 'कतिपयानि', 'अनेक', 'अनेके'],
  stopWords: ['च', 'वा', 'अपि', 'इति', 'तु', 'एव', 'न', 'स', 'सा', 'तत्', 'ते', 'अस्ति', 'सन्ति'],
};
