// German and English figures of issue 11: ordinals in words and with the German dot, ranks,
// compound adjectives of duration, "-mal" multiples, qualifiers that are comparatives or verbs,
// scale letters after a currency, day-only dates, and ranges that are no ranges.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const german: Record<string, Array<[string, FigureRow[]]>> = {
  ordinals: [
    ['Sie wurde zum vierten Mal gewählt.', [['ordinal', 4, undefined, 'exact']]],
    ['am zweiundzwanzigsten Spieltag', [['ordinal', 22, undefined, 'exact']]],
    ['im frühen 19. Jahrhundert', [['ordinal', 19, undefined, 'exact']]],
    ['im XIX. Jahrhundert', [['ordinal', 19, undefined, 'exact']]],
    ['Ludwig XIV. regierte lange.', []],
    ['das 11., 12. und 13. Jahrhundert', [['ordinal', 11, undefined, 'exact'], ['ordinal', 12, undefined, 'exact'], ['ordinal', 13, undefined, 'exact']]],
    ['zwischen dem 10.-11. und dem 14. Jahrhundert', [['ordinal', 10, undefined, 'exact'], ['ordinal', 11, undefined, 'exact'], ['ordinal', 14, undefined, 'exact']]],
    ['Die Temperatur fiel auf -11 Grad.', [['quantity', -11, 'deg', 'exact']]],
    ['Er landete auf dem 7. Platz.', [['ordinal', 7, undefined, 'exact']]],
    ['die ersten zehn Bewerber', [['quantity', 10, 'Bewerber', 'exact']]],
    ['Sie achten auf die Preise.', []],
    ['Die Zahl stieg auf 15. Danach sank sie.', [['number', 15, undefined, 'exact']]],
  ],
  'durations in compound adjectives and multiples': [
    ['eine 36-stündige Sitzung', [['quantity', 36, 'h', 'exact']]],
    ['der 9-Jährige', [['quantity', 9, 'yr', 'exact']]],
    ['ein dreitägiger Streik und eine 3-tägige Pause', [['quantity', 3, 'd', 'exact'], ['quantity', 3, 'd', 'exact']]],
    ['etwa fünfmal so teuer', [['number', 5, undefined, 'approx']]],
  ],
  qualifiers: [
    ['nicht einmal 3 Prozent der Stimmen', [['percent', 3, undefined, 'under']]],
    ['Die Sitzung dauerte länger als vier Stunden.', [['quantity', 4, 'h', 'over']]],
    ['Die Firma verfügt über 120 Mitarbeiter.', [['quantity', 120, 'Mitarbeiter', 'exact']]],
    ['Japan regierte die Insel bis 1945.', [['year', 1945, undefined, 'exact']]],
    ['Die Inseln verteilen sich über 300 Kilometer.', [['quantity', 300, 'km', 'exact']]],
    ['45 Meilen pro Stunde', [['quantity', 45, 'mph', 'exact']]],
  ],
  'changes and reversed ranges': [
    ['Der Kurs stieg um 1,5 Prozent auf 12,30 Euro.', [['percent', 1.5, undefined, 'exact'], ['money', 12.3, 'EUR', 'exact']]],
    ['Der Preis stieg von 10 auf 12 Euro.', [['range', [10, 12], 'EUR', 'exact']]],
    ['zwischen 50 und 20 Milliarden Dollar', [['range', [50e9, 20e9], 'USD', 'exact']]],
  ],
  'approximation signs, "um" a year, eras, centuries': [
    ['~300 Besucher', [['quantity', 300, 'Besucher', 'approx']]],
    // a year before 1900 after a preposition of time is the year (figures-news-classes.test.ts)
    ['Die Burg entstand um 1450.', [['year', 1450, undefined, 'approx']]],
    // "um" before a percentage is a change, not "about".
    ['Der Umsatz stieg um 5 Prozent.', [['percent', 5, undefined, 'exact']]],
    ['ungefähr um 300 n. Chr.', [['year', 300, undefined, 'approx']]],
    ['drei Jahrhunderte lang', [['quantity', 3, 'cent', 'exact']]],
    ['200 kongolesische Francs', [['money', 200, 'CDF', 'exact']]],
  ],
};

const english: Record<string, Array<[string, FigureRow[]]>> = {
  ordinals: [
    ['the thirty-second floor', [['ordinal', 32, undefined, 'exact']]],
    ['for the fifth time', [['ordinal', 5, undefined, 'exact']]],
    ['the first 100 days', [['quantity', 100, 'd', 'exact']]],
    ['wait a second', [['quantity', 1, 's', 'exact']]],
    ['She finished second.', []],
    ['the world No 2 player', [['ordinal', 2, undefined, 'exact']]],
    ['a third-party vendor', []],
  ],
  'qualifiers and verbs': [
    ['The company turned over 4 million dollars.', [['money', 4e6, 'USD', 'exact']]],
    ['as much as 12 percent', [['percent', 12, undefined, 'max']]],
    ['Over four million people came.', [['quantity', 4e6, 'people', 'over']]],
    ['It rained over two days.', [['quantity', 2, 'd', 'exact']]],
    ['a minimum 18 months', [['quantity', 18, 'mo', 'min']]],
    ['more than the 3.5 million people', [['quantity', 3.5e6, 'people', 'over']]],
    ['a majority of 50 percent plus one', [['percent', 50, undefined, 'exact'], ['number', 1, undefined, 'exact']]],
    ['a years-long dispute', []],
  ],
  'money, dates and decades': [
    ['a £40m transfer', [['money', 40e6, 'GBP', 'exact']]],
    ['A $20 ticket', [['money', 20, 'USD', 'exact']]],
    ['A$20', [['money', 20, 'AUD', 'exact']]],
    ['since June of 1971', [['date', '1971-06', undefined, 'exact']]],
    ['on the 4th of July 1776', [['date', '1776-07-04', undefined, 'exact']]],
    ['The vote was held on the 12th.', [['date', '2024-07-12', undefined, 'exact']]],
    ['the 12th amendment', [['ordinal', 12, undefined, 'exact']]],
    ['on 07/04 the fireworks', [['date', '2024-07-04', undefined, 'exact']]],
    ['in the 1960s', [['range', [1960, 1969], undefined, 'exact']]],
  ],
  'centuries, eras, approximation signs': [
    ['for two centuries', [['quantity', 2, 'cent', 'exact']]],
    ['in about 300 AD', [['year', 300, undefined, 'approx']]],
    ['~40 people', [['quantity', 40, 'people', 'approx']]],
  ],
  '"over" after "looking back" and before a share': [
    ['Looking back over 30 years, she smiled.', [['quantity', 30, 'yr', 'exact']]],
    ['He worked there for over 30 years.', [['quantity', 30, 'yr', 'over']]],
    ['over half of the votes', [['number', 0.5, undefined, 'over']]],
  ],
  'the numbered world wars': [
    ['after World War 1 ended', [['ordinal', 1, undefined, 'exact']]],
    ['two world wars', [['quantity', 2, 'wars', 'exact']]],
  ],
};

function run(cases: Record<string, Array<[string, FigureRow[]]>>, lang: string): void {
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
    });
  }
}

describe('figures: German', () => run(german, 'de'));
describe('figures: English', () => run(english, 'en'));
