// Classes of reading errors found on the second development gold (eval/figure-gold-2: WMT newstest
// 2009/2013/2017/2018/2020, TICO-19, FLORES devtest and Tatoeba sentences in sa ru it id el la de ja
// fr; issue 11). Each group is one class, with a sentence of that set and examples written for the
// class around it, including the cases the fix must leave alone.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const FIRST_TIME = 'one word for "for the first time" is the ordinal 1, as "zum ersten Mal"';

const cases: Record<string, Record<string, Array<[string, FigureRow[]]>>> = {
  de: {
    [FIRST_TIME]: [
      ['Die AfD wäre mit 14 Prozent erstmals im Abgeordnetenhaus vertreten.', [['percent', 14, undefined, 'exact'], ['ordinal', 1, undefined, 'exact']]],
      ['die erstmalige Teilnahme, erstmalig 2019', [['ordinal', 1, undefined, 'exact'], ['ordinal', 1, undefined, 'exact'], ['year', 2019, undefined, 'exact']]],
      ['zum ersten Mal', [['ordinal', 1, undefined, 'exact']]],
    ],
  },
  ru: {
    [FIRST_TIME]: [
      ['Англичанин Илс с нетерпением ожидает возможности впервые отстоять чемпионский титул.', [['ordinal', 1, undefined, 'exact']]],
      ['впервые за 10 лет', [['ordinal', 1, undefined, 'exact'], ['quantity', 10, 'yr', 'exact']]],
    ],
  },
  fi: {
    [FIRST_TIME]: [
      ['Hän voitti ensi kertaa.', [['ordinal', 1, undefined, 'exact']]],
      // "ensi" alone is "next"
      ['ensi viikolla', []],
    ],
  },
  sa: {
    'a declined "एक" before a noun is the indefinite article; before a unit or a scale it is 1': [
      ['प्रदर्शने पंच मिनटे एकः वायुः अगच्छति।', [['quantity', 5, 'min', 'exact']]],
      ['एका नदी अस्ति। एकं पुस्तकम्।', []],
      ['एकः घण्टा', [['quantity', 1, 'h', 'exact']]],
      ['एकं सहस्रम्', [['number', 1000, undefined, 'exact']]],
      ['तस्य द्वौ पुत्रौ स्तः', [['quantity', 2, 'पुत्रौ', 'exact']]],
    ],
    'the spellings षड् (six before a voiced sound) and पंच (five, with the anusvara)': [
      ['यस्य कारणेन षड् अग्नि घटनाः एवं चतुरः जनान् अल्पः ज्वलनः भवति।', [['quantity', 6, 'अग्नि', 'exact'], ['quantity', 4, 'जनान्', 'exact']]],
      ['पंच मिनटे', [['quantity', 5, 'min', 'exact']]],
      ['पंचविंशतिः जनाः', [['quantity', 25, 'जनाः', 'exact']]],
      ['पंचसहस्रम्', [['number', 5000, undefined, 'exact']]],
      ['षड्भिः जनैः', [['quantity', 6, 'जनैः', 'exact']]],
    ],
  },
};

for (const [lang, groups] of Object.entries(cases)) {
  describe(`figures on the second development gold: ${lang}`, () => {
    for (const [name, rows] of Object.entries(groups)) {
      it(name, () => {
        for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
      });
    }
  });
}
