// Sanskrit month names for Gregorian dates, as translations write them: the name, its locative
// (जुलाईमासे, मार्चे) and genitive (जुलाईमासस्य २६ दिनाङ्के: on the 26th day of July), month
// first or day first, and the year first with a link word ("१९६५ वर्षस्य १८ मार्चे").

import type { DateLanguage } from '../number-data.js';

/** Month names as Hindi spells them, with the anusvara for the nasal ("सितंबर" for "सितम्बर"). */
const ANUSVARA: Readonly<Record<string, number>> = { सितंबर: 9, नवंबर: 11, दिसंबर: 12, अगस्त: 8, सितम्बर: 9, नवम्बर: 11, दिसम्बर: 12 };

/** The ablative "from August" ("२४ अगस्ततः ५ सितम्बरपर्यन्तम्"): the name with तः, for every month. */
const ABLATIVE_BASES: Readonly<Record<string, number>> = {
  जनवरी: 1, फरवरी: 2, मार्च: 3, अप्रैल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8, सितम्बर: 9, सितंबर: 9, अक्टूबर: 10, नवम्बर: 11, नवंबर: 11,
  दिसम्बर: 12, दिसंबर: 12,
};

/**
 * Every spelling translations use for a month (Hindi, Marathi and English-based: "फ्रिब्रवरी",
 * "डिसम्बर", "सेप्टेम्बर", "नोवेम्बर"), each with the case forms of "मास" (month) compounded onto it.
 * "मे" (May) is left alone: it is also "my".
 */
const SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  1: ['जनवरी', 'जनुअरी', 'जानेवारी'],
  2: ['फरवरी', 'फेब्रुवरी', 'फ्रिब्रवरी', 'फेब्रवरी', 'फेब्रुअरी', 'फ़रवरी'],
  3: ['मार्च'],
  4: ['अप्रैल', 'एप्रिल', 'अप्रेल'],
  5: ['मई'],
  6: ['जून'],
  7: ['जुलाई', 'जुलै'],
  8: ['अगस्त', 'ऑगस्ट', 'ओगस्ट', 'अगस्ट'],
  9: ['सितम्बर', 'सितंबर', 'सप्टेम्बर', 'सेप्टेम्बर', 'सेप्टेंबर'],
  10: ['अक्टूबर', 'अक्तूबर', 'ऑक्टोबर', 'ओक्टोबर', 'अक्टोबर'],
  11: ['नवम्बर', 'नवंबर', 'नोव्हेम्बर', 'नोवेम्बर', 'नवेम्बर'],
  12: ['दिसम्बर', 'दिसंबर', 'डिसेम्बर', 'डिसम्बर', 'डिसेंबर'],
};
const MONTH_FORMS = ['', 'मासे', 'मासस्य', 'मासः', 'मासात्', 'मासम्', 'मासं', 'मासतः', 'मासपर्यन्तम्', 'मासपर्यन्तं', 'तः', 'पर्यन्तम्', 'पर्यन्तं'];

export const dates: DateLanguage = {
  months: {
    ...Object.fromEntries(Object.entries(SPELLINGS).flatMap(([month, names]) => names.flatMap((name) => MONTH_FORMS.map((form) => [`${name}${form}`, Number(month)])))),
    ...ANUSVARA,
    ...Object.fromEntries(['सितंबर', 'नवंबर', 'दिसंबर'].flatMap((name) => [[`${name}मासे`, ANUSVARA[name]!], [`${name}मासस्य`, ANUSVARA[name]!], [`${name}े`, ANUSVARA[name]!]])),
    ...Object.fromEntries(Object.entries(ABLATIVE_BASES).map(([name, month]) => [`${name}तः`, month])),
    जनवरी: 1, जनवरीमासे: 1, फरवरी: 2, फेब्रुवरी: 2, फरवरीमासे: 2, मार्च: 3, मार्चमासे: 3, अप्रैल: 4, एप्रिल: 4,
    अप्रैलमासे: 4, मई: 5, मे: 5, मईमासे: 5, जून: 6, जूनमासे: 6, जुलाई: 7, जुलै: 7, जुलाईमासे: 7, जुलाईमासः: 7,
    अगस्त: 8, ऑगस्ट: 8, अगस्तमासे: 8, सितम्बर: 9, सप्टेम्बर: 9, सितम्बरमासे: 9, अक्टूबर: 10, ऑक्टोबर: 10,
    अक्टूबरमासे: 10, नवम्बर: 11, नोव्हेम्बर: 11, नवम्बरमासे: 11, दिसम्बर: 12, डिसेम्बर: 12, दिसम्बरमासे: 12,
    जनवरीमासस्य: 1, फरवरीमासस्य: 2, मार्चमासस्य: 3, अप्रैलमासस्य: 4, मईमासस्य: 5, जूनमासस्य: 6, जुलाईमासस्य: 7,
    अगस्तमासस्य: 8, सितम्बरमासस्य: 9, अक्टूबरमासस्य: 10, नवम्बरमासस्य: 11, दिसम्बरमासस्य: 12,
    // The locative of the bare name ("१८ मार्चे", on 18 March).
    जनवर्याम्: 1, मार्चे: 3, अप्रैले: 4, जूने: 6, अगस्ते: 8, सितम्बरे: 9, अक्टूबरे: 10, नवम्बरे: 11, दिसम्बरे: 12,
  },
  monthFirst: true,
  yearLinks: ['वर्षस्य', 'तमवर्षस्य', 'तमे वर्षे', 'वर्षे'],
  times: { hourWords: ['वादन*'], markers: [] },
};
