// Finnish figures as translations write them: number words declined in every part
// ("kahdenkymmenenviiden"), words after the number in its case ("60 miljardin dollarin",
// "prosenttiyksiköllä"), ordinals, dates with the day's dot, decades, and ranges made of
// cases alone ("10 eurosta 15 euroon").
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'number words in their cases': [
    ['kahdenkymmenenviiden euron', [['money', 25, 'EUR', 'exact']]],
    ['kolmessatoista maassa', [['quantity', 13, 'maassa', 'exact']]],
    ['kahdeksansataa', [['number', 800, undefined, 'exact']]],
    ['kymmenentuhatta ihmistä', [['quantity', 10000, 'ihmistä', 'exact']]],
    ['yli kahden miljoonan', [['number', 2e6, undefined, 'over']]],
    ['yksi heistä', []],
    ['5:llä', [['number', 5, undefined, 'exact']]],
  ],
  'scales, currencies and units in their cases': [
    ['60 miljardin dollarin', [['money', 60e9, 'USD', 'exact']]],
    ['2,3 miljoonalla eurolla', [['money', 2.3e6, 'EUR', 'exact']]],
    ['neljä miljardia euroa', [['money', 4e9, 'EUR', 'exact']]],
    ['noin 300 kilometrin', [['quantity', 300, 'km', 'approx']]],
    ['enintään 3 tuntia', [['quantity', 3, 'h', 'max']]],
    ['10 Euroopan maata', [['quantity', 10, 'Euroopan', 'exact']]],
  ],
  'percent and percentage points': [
    ['yli 40 prosenttiyksiköllä', [['percent', 40, undefined, 'over', 'pp']]],
    ['99-prosenttisesti', [['percent', 99, undefined, 'exact']]],
    ['3 prosentin', [['percent', 3, undefined, 'exact']]],
    ['1,5 %-yksikköä', [['percent', 1.5, undefined, 'exact', 'pp']]],
  ],
  ordinals: [
    ['kolmannen kerran', [['ordinal', 3, undefined, 'exact']]],
    ['ensimmäisellä neljänneksellä', [['ordinal', 1, undefined, 'exact']]],
  ],
  'dates and decades': [
    ['24. helmikuuta 2022', [['date', '2022-02-24', undefined, 'exact']]],
    ['maaliskuussa 2020', [['date', '2020-03', undefined, 'exact']]],
    ['huhtikuun 5. päivänä', [['date', '2024-04-05', undefined, 'exact']]],
    ['6.12. alkaen', [['date', '2024-12-06', undefined, 'exact']]],
    ['tammikuussa 15 ihmistä', [['quantity', 15, 'ihmistä', 'exact']]],
    ['1990-luvulla', [['range', [1990, 1999], undefined, 'exact']]],
  ],
  'ranges and qualifiers': [
    ['10 eurosta 15 euroon', [['range', [10, 15], 'EUR', 'exact']]],
    ['5:stä 8:aan', [['range', [5, 8], undefined, 'exact']]],
    ['lähes 50 vuotta', [['quantity', 50, 'yr', 'approx']]],
    ['alle kymmenen', [['number', 10, undefined, 'under']]],
    ['vähintään 20', [['number', 20, undefined, 'min']]],
    ['klo 12.00-13.00', [['time', '12:00', undefined, 'exact'], ['time', '13:00', undefined, 'exact']]],
  ],
  'and a half': [
    ['Hän asui siellä kolme ja puoli vuotta.', [['quantity', 3.5, 'yr', 'exact']]],
    ['kahden ja puolen viikon ajan', [['quantity', 2.5, 'wk', 'exact']]],
    ['neljä ja puoli miljoonaa euroa', [['money', 4.5e6, 'EUR', 'exact']]],
    ['puolitoista tuntia', [['quantity', 1.5, 'h', 'exact']]],
  ],
  'a qualifier before the year word': [
    ['Kaupunki perustettiin noin vuonna 1200.', [['number', 1200, undefined, 'approx']]],
    ['Noin vuonna 2010 se muuttui.', [['year', 2010, undefined, 'approx']]],
  ],
  'decades, words that are a quantity, about after the figure': [
    ['kolme vuosikymmentä', [['quantity', 3, 'dec', 'exact']]],
    ['kahden vuosisadan ajan', [['quantity', 2, 'cent', 'exact']]],
    ['ympärivuorokautinen palvelu', [['quantity', 24, 'h', 'exact']]],
    ['klo 10 maissa', [['time', '10:00', undefined, 'approx']]],
    ['30 euron paikkeilla', [['money', 30, 'EUR', 'approx']]],
  ],
  'an adjective between the number and its unit': [
    ['kolme pitkää vuotta', [['quantity', 3, 'yr', 'exact']]],
  ],
  'a range of days with ordinal dots': [
    ['1.–5. toukokuuta', [['date', '2024-05-01/2024-05-05', undefined, 'exact']]],
  ],
  'clock times in words': [
    ['kello kymmenen', [['time', '10:00', undefined, 'exact']]],
    ['kello viisi illalla', [['time', '17:00', undefined, 'exact']]],
  ],
  'eras and centuries': [
    ['noin vuonna 300 jKr.', [['year', 300, undefined, 'approx']]],
    ['kolme vuosisataa', [['quantity', 3, 'cent', 'exact']]],
  ],
  'a fraction after a space': [
    ['lauta on 12 ½ tuumaa leveä', [['quantity', 12.5, 'in', 'exact']]],
  ],
  'an ending written once for two numbers': [
    ['1800- ja 1900-luvuilla', []],
  ],
};

describe('figures: Finnish', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it.each(rows)(`${group}: %s`, (text, expected) => {
      expect(figureRows(text, 'fi')).toEqual(expected);
    });
  }
});
