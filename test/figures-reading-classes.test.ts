// Reading classes of issue 11 found on real pairs: a number word after a scaled number begins the
// next figure ("1.7 million four years ago"), a change downwards is two figures sharing the scale
// and currency written once ("von 606 auf 480 Millionen Euro"), a race time of one-digit hours is
// a duration ("2:03:59"), not a clock time.

import { describe, expect, it } from 'vitest';
import { readFigures } from '../src/figures/index.js';
import type { LanguageCode } from '../src/lang/codes.js';

const read = (lang: LanguageCode, text: string) =>
  readFigures(text, lang).map(({ text: written, kind, value, min, max, unit, currency, time, qualifier }) => ({ written, kind, value, min, max, unit, currency, time, qualifier }));

describe('a number word after a scaled number', () => {
  it('begins the next figure', () => {
    expect(read('en', 'The city had 1.7 million four years ago.').map((r) => [r.written, r.value, r.unit])).toEqual([
      ['1.7 million', 1_700_000, undefined],
      ['four years', 4, 'yr'],
    ]);
    expect(read('de', 'Es waren 3 Millionen zwei Jahre später.').map((r) => r.value)).toEqual([3_000_000, 2]);
  });
  it('goes on before a smaller scale, digits or a half', () => {
    expect(read('en', '2 million three hundred thousand').map((r) => r.value)).toEqual([2_300_000]);
    expect(read('es', '5 mil 500 personas').map((r) => r.value)).toEqual([5500]);
    expect(read('es', '3 millones y medio').map((r) => r.value)).toEqual([3_500_000]);
  });
});

describe('a change downwards with its scale written once', () => {
  it('is two figures, each with the scale, currency or unit of the second', () => {
    expect(read('de', 'Der Gewinn sank von 606 auf 480 Millionen Euro.').map((r) => [r.kind, r.value, r.currency])).toEqual([
      ['money', 606_000_000, 'EUR'],
      ['money', 480_000_000, 'EUR'],
    ]);
    expect(read('en', 'Profit fell from 606 to 480 million euros.').map((r) => r.value)).toEqual([606_000_000, 480_000_000]);
    expect(read('de', 'Die Quote fiel von 5 auf 3 Prozent.').map((r) => [r.kind, r.value])).toEqual([
      ['percent', 5],
      ['percent', 3],
    ]);
  });
  it('the word between is no bound of the second figure', () => {
    expect(read('ru', 'Прибыль снизилась с 606 до 480 млн евро.').map((r) => [r.value, r.qualifier])).toEqual([
      [606_000_000, 'exact'],
      [480_000_000, 'exact'],
    ]);
  });
  it('a span counted back stays one range, the scale written once belonging to both ends, in every language', () => {
    const ends = (lang: LanguageCode, text: string) => read(lang, text).map((r) => [r.kind, r.min, r.max]);
    for (const [lang, text] of [
      ['de', 'vor 4,2 bis 3,9 Millionen Jahren'],
      ['it', '4,2-3,9 milioni di anni fa'],
      ['en', '4.2-3.9 million years ago'],
      ['ru', '4,2–3,9 миллионов лет назад'],
    ] as const) {
      expect(ends(lang, text)).toEqual([['range', 4_200_000, 3_900_000]]);
    }
  });
  it('upwards, or between two ends, it stays a range; a small first number is something else', () => {
    expect(read('de', 'von 400 auf 480 Millionen Euro').map((r) => [r.kind, r.min, r.max])).toEqual([['range', 400_000_000, 480_000_000]]);
    expect(read('de', 'zwischen 40 und 30 Millionen Euro').map((r) => [r.kind, r.min, r.max])).toEqual([['range', 40_000_000, 30_000_000]]);
    expect(read('de', 'von 3 auf 480 Millionen Euro').map((r) => r.kind)).toEqual(['range']);
  });
});

describe('a race time', () => {
  it('of one-digit hours with minutes and seconds is a duration in seconds', () => {
    expect(read('en', 'He won the marathon in 2:03:59 on Sunday.').map((r) => [r.kind, r.value, r.unit])).toEqual([['quantity', 7439, 's']]);
    expect(read('de', 'Er lief die Strecke in 2:03:59 Stunden.').map((r) => [r.kind, r.value, r.unit])).toEqual([['quantity', 7439, 's']]);
  });
  it('a clock time with seconds keeps its two-digit hour', () => {
    expect(read('en', 'at 14:32:05 local time').map((r) => [r.kind, r.time])).toEqual([['time', '14:32']]);
  });
});
