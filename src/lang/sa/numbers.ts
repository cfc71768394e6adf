// Sanskrit figure knowledge for reading translations back. Digits are Devanagari (०–९) with
// Indian grouping (१,५०,०००), read by the digit reader; the words here are the cardinals in
// the forms translations use (stem and nominative: पञ्च, षट्, सप्त; द्वौ, त्रयः), the scales
// शत (100), सहस्र (1000), लक्ष (10⁵), कोटि (10⁷), percent (प्रतिशतम्) and a few units.

import type { NumberLanguage } from '../number-data.js';

/**
 * Compound cardinals 21–99 as one word, unit first ("पञ्चविंशतिः" = 25, "द्वात्रिंशत्" = 32,
 * "चतुःषष्टिः" = 64), every case as a stem of the tens word; the unit takes the forms sandhi
 * gives it before each tens word.
 */
const TENS_STEMS: ReadonlyArray<readonly [number, string, readonly string[]]> = [
  [20, 'विंशत', ['एक', 'द्वा', 'त्रयो', 'चतुर्', 'पञ्च|पंच', 'षड्', 'सप्त', 'अष्टा', 'नव']],
  [30, 'त्रिंशत', ['एक', 'द्वा', 'त्रयस्', 'चतुस्', 'पञ्च|पंच', 'षट्', 'सप्त', 'अष्टा', 'नव']],
  [40, 'चत्वारिंशत', ['एक', 'द्वा|द्वि', 'त्रयश्|त्रि', 'चतुश्', 'पञ्च|पंच', 'षट्', 'सप्त', 'अष्टा|अष्ट', 'नव']],
  [50, 'पञ्चाशत', ['एक', 'द्वा|द्वि', 'त्रयः|त्रि', 'चतुः', 'पञ्च|पंच', 'षट्', 'सप्त', 'अष्टा|अष्ट', 'नव']],
  [60, 'षष्ट', ['एक', 'द्वा|द्वि', 'त्रयः|त्रि', 'चतुः|चतुष्', 'पञ्च|पंच', 'षट्', 'सप्त', 'अष्टा|अष्ट', 'नव']],
  [70, 'सप्तत', ['एक', 'द्वा|द्वि', 'त्रयः|त्रि', 'चतुः', 'पञ्च|पंच', 'षट्', 'सप्त', 'अष्टा|अष्ट', 'नव']],
  [80, 'अशीत', ['एका', 'द्व्य', 'त्र्य', 'चतुर', 'पञ्चा|पंचा', 'षड', 'सप्ता', 'अष्टा', 'नवा']],
  [90, 'नवत', ['एक', 'द्वा|द्वि', 'त्रयो|त्रि', 'चतुर्', 'पञ्च|पंच', 'षण्', 'सप्त', 'अष्टा|अष्ट', 'नव']],
];

function compoundCardinals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [tens, stem, units] of TENS_STEMS) {
    units.forEach((forms, index) => {
      // "एकाशीतिः": the vowel of the unit and the initial अ of अशीति are one sign.
      for (const unit of forms.split('|')) out[`${unit}${tens === 80 ? stem.slice(1) : stem}*`] = tens + index + 1;
    });
  }
  return out;
}

/**
 * Each word ending in "म्" also with the anusvara many texts write for it at the end of a word
 * ("द्वाभ्यां" for "द्वाभ्याम्", "एकं" for "एकम्").
 */
function withAnusvara(words: Record<string, number>): Record<string, number> {
  const out = { ...words };
  for (const [word, value] of Object.entries(words)) if (word.endsWith('म्')) out[`${word.slice(0, -2)}ं`] ??= value;
  return out;
}

/** A unit and a scale in one word: "द्विसहस्रम्" (2000), "त्रिशतम्" (300), "पञ्चलक्षम्" (500 000). */
function compoundScales(): Record<string, number> {
  const units: ReadonlyArray<readonly [string, number]> = [
    ['एक', 1], ['द्वि', 2], ['त्रि', 3], ['चतुः', 4], ['चतुर्', 4], ['पञ्च', 5], ['पंच', 5], ['षट्', 6], ['षड्', 6], ['सप्त', 7], ['अष्ट', 8], ['नव', 9],
  ];
  const scales: ReadonlyArray<readonly [string, number]> = [['शत', 100], ['सहस्र', 1e3], ['लक्ष', 1e5], ['कोटि', 1e7]];
  const out: Record<string, number> = {};
  for (const [unit, value] of units) for (const [scale, size] of scales) out[`${unit}${scale}*`] = value * size;
  // "दशसहस्रम्" (10 000); दशलक्ष is the scale of a million ("द्विदशलक्षम्", two million).
  out['दशसहस्र*'] = 1e4;
  for (const [unit, value] of units) out[`${unit}दशलक्ष*`] = value * 1e6;
  return out;
}

/** Vowel signs a final अ of the scale and the first vowel of the currency make together (sandhi). */
const SANDHI: Readonly<Record<string, string>> = { अ: 'ा', आ: 'ा', इ: 'े', ई: 'े', उ: 'ो', ऊ: 'ो', ए: 'ै', ऐ: 'ै', ओ: 'ौ', औ: 'ौ' };

/**
 * A scale and a currency in one word: "कोटिरूप्यकाणि" (ten million rupees), "अब्जयुरोमुद्राः" (a
 * billion euros), "अब्जामरिकीमुद्राः" (अब्ज + अमरिकी: a billion US dollars), with or without sandhi.
 */
function scaledCurrencies(): Record<string, readonly [string, number]> {
  const scales: ReadonlyArray<readonly [string, number]> = [['सहस्र', 1e3], ['लक्ष', 1e5], ['दशलक्ष', 1e6], ['कोटि', 1e7], ['अब्ज', 1e9], ['मिलियन', 1e6], ['बिलियन', 1e9]];
  const currencies: ReadonlyArray<readonly [string, string]> = [
    ['रूप्यक', 'INR'], ['रुप्यक', 'INR'], ['रुपय', 'INR'], ['डॉलर', 'USD'], ['डालर', 'USD'], ['अमेरिकी', 'USD'], ['अमरिकी', 'USD'], ['यूरो', 'EUR'],
    ['युरो', 'EUR'], ['पाउण्ड', 'GBP'], ['पाउंड', 'GBP'], ['येन', 'JPY'], ['युआन', 'CNY'], ['रूबल', 'RUB'],
  ];
  const out: Record<string, readonly [string, number]> = {};
  for (const [scale, size] of scales) {
    for (const [currency, code] of currencies) {
      out[`${scale}${currency}*`] = [code, size];
      const sign = SANDHI[currency[0]!];
      if (sign && !scale.endsWith('ि')) out[`${scale}${sign}${currency.slice(1)}*`] = [code, size];
    }
  }
  return out;
}

export const numbers: NumberLanguage = {
  indianGrouping: true,
  words: withAnusvara({
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
    // Spellings translations use beside the classical ones: "षड्" (षट् before a voiced sound: "षड्
    // अग्नि घटनाः", six fires) and the anusvara for the nasal of पञ्च ("पंच मिनटे", five minutes).
    षड्: 6, पंच: 5, पंचभिः: 5, पंचभ्यः: 5, पंचानाम्: 5, पंचसु: 5, पंचदश: 15,
    ...compoundCardinals(),
    ...compoundScales(),
  }),
  hundreds: ['शत', 'शतम्', 'शतानि', 'शतं'],
  // Stems (`*`) read the case endings and compounds translations write ("सहस्राणि", "मिलियनम्").
  scales: {
    'सहस्र*': 1e3, 'शतसहस्र*': 1e5, लक्ष: 1e5, लक्षम्: 1e5, लक्षं: 1e5, लक्षाणि: 1e5, लक्षस्य: 1e5, लक्षाः: 1e5, 'दशलक्ष*': 1e6,
    'कोटि*': 1e7, कोटयः: 1e7, 'कोट्य*': 1e7, 'अब्ज*': 1e9, 'मिलियन*': 1e6, 'बिलियन*': 1e9, 'ट्रिलियन*': 1e12,
  },
  standalone: ['शतम्', 'शतं', 'सहस्रम्', 'सहस्रं', 'सहस्र', 'लक्षम्', 'लक्षं', 'कोटिः', 'कोटिम्'],
  connectors: [],
  connectorAfter: [],
  // "एक" before a noun is mostly the article of the source ("एक प्रसूतिवैद्यालये", in a clinic), and so
  // are its declined forms ("एकः वायुः", a wind; "एका नदी", "एकं पुस्तकम्"): 1 only before a unit or scale.
  indefinite: ['एक', 'एकः', 'एका', 'एकम्', 'एकं'],
  fractions: { अर्ध: 2, अर्धम्: 2 },
  // "दशम" is left to its forms: "दशमलव" is the decimal point.
  ordinals: {
    'प्रथम*': 1, 'द्वितीय*': 2, 'तृतीय*': 3, 'चतुर्थ*': 4, 'पञ्चम*': 5, 'पंचम*': 5, 'षष्ठ*': 6, 'सप्तम*': 7, 'अष्टम*': 8, 'नवम*': 9,
    दशमः: 10, दशमी: 10, दशमे: 10, दशमम्: 10, दशमं: 10, दशमस्य: 10, 'दशमवार*': 10,
  },
  decimalWords: ['दशमलव'],
  minusWords: ['ऋण'],
  percent: ['प्रतिशत*', '%'],
  percentPoints: ['प्रतिशताङ्क*', 'प्रतिशतांक*', 'प्रतिशत अङ्क*'],
  qualifiers: {
    प्रायः: 'approx', प्रायशः: 'approx', लगभग: 'approx', 'प्रायेण': 'approx', आसन्न: 'approx', आसन्नम्: 'approx', आसन्नं: 'approx', अधिकम्: 'over', न्यूनम्: 'under', यावत्: 'max',
    न्यूनातिन्यूनम्: 'min', न्यूनातिन्यूनं: 'min', न्यूनातिनूनम्: 'min', न्यूनातिनूनं: 'min', 'अधिकतम*': 'max', 'न्यूनतम*': 'min',
  },
  // "60 वर्षाणि यावत्" (for 60 years), "दश दिनानि पर्यन्तम्": how long, not up to.
  durationBounds: ['यावत्', 'पर्यन्त*'],
  postQualifiers: {
    // "५०० किलोमीटरमिते प्रायः", "३००० क्रोशेषु निकटे": about, after the figure.
    // "द्वयोः बहूनां वा" (of two or many), "पञ्च अधिकाः वा": or more.
    'बहूनां वा': 'min', 'बहवः वा': 'min', 'बहूनि वा': 'min', 'अधिकाः वा': 'min', 'अधिकानि वा': 'min', 'वा अधिक*': 'min',
    प्रायः: 'approx', प्रायशः: 'approx', समीपे: 'approx', सामीपे: 'approx', निकटे: 'approx', लगभग: 'approx',
    'अधिक*': 'over', 'अधिकतम*': 'max', 'न्यूनतम*': 'min', यावत्: 'max', 'पर्यन्त*': 'max',
    // The ablative of comparison: "२०,००० P तः अधिकम्" (more than 20,000 P).
    'तः अधिक*': 'over', 'तः न्यून*': 'under', 'न्यून*': 'under',
  },
  range: { from: [], between: [], to: ['-', '–', '—', '~', 'तः'], and: [] },
  boundJoiners: [','],
  currencies: {
    'रूप्यक*': 'INR', 'रुप्यक*': 'INR', रुपये: 'INR', 'डॉलर*': 'USD', 'डालर*': 'USD', 'अमेरिकी डॉलर*': 'USD', 'अमरिकी डॉलर*': 'USD',
    'अमरिकीमुद्रा*': 'USD', 'अमेरिकीमुद्रा*': 'USD', 'यूरो*': 'EUR', 'युरो*': 'EUR', 'युआन*': 'CNY', 'येन*': 'JPY', 'रूबल*': 'RUB',
    'पाउंड*': 'GBP', 'पाउण्ड*': 'GBP', 'स्टर्लिंग*': 'GBP',

    // एकेन शब्देन नामिताः मुद्राकुलाः (issue 11)।
    'फ्रैंक*': 'CHF', 'फ्रांक*': 'CHF', 'लीरा*': 'TRY', 'पेसो*': 'MXN', 'वॉन*': 'KRW',
  },
  currencyFamilies: {
    'रूप्यक*': 'Rupee', 'रुप्यक*': 'Rupee', रुपये: 'Rupee', 'डॉलर*': 'Dollar', 'डालर*': 'Dollar', 'पाउंड*': 'Pound', 'पाउण्ड*': 'Pound',
    'फ्रैंक*': 'Franc', 'फ्रांक*': 'Franc', 'लीरा*': 'Lira', 'पेसो*': 'Peso', 'रूबल*': 'Ruble',
  },
  scaledCurrencies: scaledCurrencies(),
  units: {
    'किलोमीटर*': 'km', 'किमी*': 'km', 'मीटर*': 'm', 'सेंटीमीटर*': 'cm', 'मिलीमीटर*': 'mm', 'मील*': 'mi', 'फीट*': 'ft', 'फुट*': 'ft',
    'इंच*': 'in', 'किलोग्राम*': 'kg', केजि: 'kg', 'ग्राम*': 'g', 'टन*': 't', 'लीटर*': 'l', 'औंस*': 'oz', 'औस*': 'oz', 'पाउंड*': 'lb',
    'पाउण्ड*': 'lb', 'पौन्ड*': 'lb', 'पौण्ड*': 'lb', 'मैल*': 'mi', 'पादमित*': 'ft', 'हेक्टेयर*': 'ha', 'गैलन*': 'gal', 'बैरल*': 'bbl', 'मेगावाट*': 'MW', 'डिग्री सेल्सियस': '°C', 'पेटाफ्लॉप्स*': 'P',
    'वर्गमीटर*': 'm²', 'वर्गकिलोमीटर*': 'km²', 'घनमीटर*': 'm³',
    'किमीप्रतिघण्ट*': 'km/h', 'किलोमीटरप्रतिघण्ट*': 'km/h', 'किलोमीटर* प्रतिघण्ट*': 'km/h', 'किमी* प्रतिघण्ट*': 'km/h',
    'मील* प्रतिघण्ट*': 'mph', 'मीलप्रतिघण्ट*': 'mph',
    // "35-40 मील प्रति घटिका", "६० किलोमीटर प्रति होरा": per hour as two words, the hour as घण्टा, होरा or घटिका.
    ...Object.fromEntries(['मील*', 'किलोमीटर*', 'किमी*'].flatMap((unit) => ['घण्ट*', 'घंट*', 'होरा*', 'घटिका*'].map((hour) => [`${unit} प्रति ${hour}`, unit === 'मील*' ? 'mph' : 'km/h']))),
    // Durations ("250वर्षानन्तरं", after 250 years; "3 मासेषु", in 3 months).
    'दशक*': 'dec', 'शताब्द*': 'cent',
        'वर्ष*': 'yr', 'संवत्सर*': 'yr', 'मास*': 'mo', 'सप्ताह*': 'wk', 'दिन*': 'd', 'दिवस*': 'd', 'घण्ट*': 'h', 'घंट*': 'h',
    'होरा*': 'h', 'निमेष*': 'min', 'मिनट*': 'min', 'सेकण्ड*': 's', 'सेकंड*': 's',
  },
  // "2014 वर्षे" (in the year 2014), "2015 तमे वर्षे".
  yearAfter: ['वर्षे', 'वर्षस्य', 'तमे', 'तमवर्षे', 'तमे वर्षे', 'वर्षपर्यन्त*', 'वर्षात्', 'वर्षतः', 'वर्षाय'],
  // "250वर्षानन्तरं" (after 250 years): compounds are written onto the digits.
  gluedWords: true,
  countedNoun: 'next',
  // "कतिपये भ्रातरः" (several brothers), "केचन" (some), in their forms.
  // "5000 BC" (the English era in Sanskrit copy), "५०० ई. पू.", "ईसापूर्वम्": an era after the number makes it a year.
  eraAfter: ['bc', 'bce', 'ad', 'ce', 'ई . पू .', 'ई . पू', 'ईसा पूर्व', 'ईसापूर्व*', 'ईस्वी', 'ई .'],
  vagueQuantities: ['कतिपय*', 'अनेक*', 'केचन', 'काश्चन', 'कानिचन', 'कतिचन', 'कतिचित्'],
  stopWords: ['बहूनां', 'बहूनाम्', 'बहवः', 'बहूनि', 'च', 'वा', 'अपि', 'इति', 'तु', 'एव', 'न', 'स', 'सा', 'तत्', 'ते', 'अस्ति', 'सन्ति'],
};
