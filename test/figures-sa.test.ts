// Sanskrit figures as translations write them: Devanagari digits, numerals in their cases,
// the scales सहस्र, लक्ष, कोटि and borrowed मिलियन, ordinals in compounds ("तृतीयवारं"), bounds
// after the figure ("तः अधिकम्"), compounds written onto the digits, and the year-first date.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'numerals and scales': [
    ['१२५ जनाः', [['quantity', 125, 'जनाः', 'exact']]],
    ['पञ्चभिः दिनैः', [['quantity', 5, 'd', 'exact']]],
    ['५ लक्षम्', [['number', 5e5, undefined, 'exact']]],
    ['२ सहस्राणि', [['number', 2000, undefined, 'exact']]],
    ['४ मिलियन', [['number', 4e6, undefined, 'exact']]],
    // "एक" before a noun renders the source's article.
    ['एक प्रसूतिगृहे', []],
  ],
  ordinals: [
    ['द्वितीयं स्थानम्', [['ordinal', 2, undefined, 'exact']]],
    ['तृतीयवारं', [['ordinal', 3, undefined, 'exact']]],
    ['दशमलव', []],
  ],
  'percent and bounds': [
    ['४५ प्रतिशतम्', [['percent', 45, undefined, 'exact']]],
    ['प्रायः ५०० जनाः', [['quantity', 500, 'जनाः', 'approx']]],
    ['१०० तः अधिकम्', [['number', 100, undefined, 'over']]],
    ['६० अधिकतमाः', [['number', 60, undefined, 'max']]],
    ['२०० किलोमीटर (१२४ मील) अधिकम्', [['quantity', 200, 'km', 'over'], ['quantity', 124, 'mi', 'over']]],
  ],
  'units and durations': [
    ['४० किमीप्रतिघण्टम्', [['quantity', 40, 'km/h', 'exact']]],
    ['३०वर्षाणि', [['quantity', 30, 'yr', 'exact']]],
    ['३ घण्टाः', [['quantity', 3, 'h', 'exact']]],
  ],
  'dates, years and times': [
    ['१५ अगस्त १९४७', [['date', '1947-08-15', undefined, 'exact']]],
    ['२०२० वर्षस्य ३ मार्चे', [['date', '2020-03-03', undefined, 'exact']]],
    ['2014 वर्षे', [['year', 2014, undefined, 'exact']]],
    ['१० वादने', [['time', '10:00', undefined, 'exact']]],
  ],
  'decades, about after the figure': [
    ['त्रीणि दशकानि', [['quantity', 3, 'dec', 'exact']]],
    ['प्रातः १० वादनस्य समीपे', [['time', '10:00', undefined, 'approx']]],
    ['५०० किलोमीटरमिते प्रायः', [['quantity', 500, 'km', 'approx']]],
  ],
  'compound numerals': [
    ['सः पञ्चविंशतिः वर्षाणि अवसत्।', [['quantity', 25, 'yr', 'exact']]],
    ['द्वात्रिंशत् जनाः', [['quantity', 32, 'जनाः', 'exact']]],
    ['चतुःषष्टिः', [['number', 64, undefined, 'exact']]],
    ['एकाशीतिः', [['number', 81, undefined, 'exact']]],
    ['द्विसहस्रं जनाः आगताः।', [['quantity', 2000, 'जनाः', 'exact']]],
    ['पञ्चलक्षं रूप्यकाणि', [['money', 5e5, 'INR', 'exact']]],
    ['दशसहस्रम्', [['number', 1e4, undefined, 'exact']]],
  ],
  'a scale and the currency in one word': [
    ['सर्वकारः 10 अब्जयुरोमुद्राः व्ययितवान्', [['money', 1e10, 'EUR', 'exact']]],
    ['14.7अब्जामरिकीमुद्राः', [['money', 1.47e10, 'USD', 'exact']]],
    ['१० कोटिरूप्यकाणि', [['money', 1e8, 'INR', 'exact']]],
    ['३ कोटिः जनाः', [['quantity', 3e7, 'जनाः', 'exact']]],
  ],
  'or more': [
    ['द्वयोः बहूनां वा धातूनां मिश्रणम्', [['number', 2, undefined, 'min']]],
  ],
  'months spelt with the anusvara, "from" a month, per hour in two words, until a year': [
    ['१५ अगस्ततः ३ सितंबर २०२० पर्यन्तम्', [['date', '2024-08-15', undefined, 'exact'], ['date', '2020-09-03', undefined, 'exact']]],
    ['१२ दिसंबर, १९९९', [['date', '1999-12-12', undefined, 'exact']]],
    ['५० मील प्रति घटिका', [['quantity', 50, 'mph', 'exact']]],
    // A bound after a year bounds time: "until 1947".
    ['१९४७ पर्यन्तम्', [['year', 1947, undefined, 'exact']]],
  ],
  'millions as one word': [
    ['त्रिदशलक्षम् जनाः', [['quantity', 3e6, 'जनाः', 'exact']]],
  ],
};

describe('figures: Sanskrit', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it.each(rows)(`${group}: %s`, (text, expected) => {
      expect(figureRows(text, 'sa')).toEqual(expected);
    });
  }
});
