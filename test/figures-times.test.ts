// Clock times are their own kind of figure, read by value in every language: "12.40 Uhr" is
// twenty to one, never the decimal 12.4; "3 p.m." = "15 h" = "15:00".

import { describe, expect, it } from 'vitest';
import { readFigures } from '../src/figures/index.js';

const read = (text: string, lang: string) => readFigures(text, lang).map((f) => [f.text, f.kind, f.time ?? f.value, f.qualifier]);

describe('clock times', () => {
  it.each([
    ['de', 'Der Zug kam gegen 12.40 Uhr an.', 'gegen 12.40 Uhr', '12:40', 'approx'],
    ['de', 'Die Sitzung beginnt um 15 Uhr.', '15 Uhr', '15:00', 'exact'],
    ['de', 'um 3 Uhr nachmittags', '3 Uhr nachmittags', '15:00', 'exact'],
    ['en', 'The vote closes at 3 p.m. on Friday.', '3 p.m.', '15:00', 'exact'],
    ['en', 'It started at 10:30 a.m.', '10:30 a.m.', '10:30', 'exact'],
    ['en', 'shortly after 12 a.m.', 'shortly after 12 a.m.', '00:00', 'approx'],
    ['fr', 'La réunion commence à 15 h.', '15 h', '15:00', 'exact'],
    ['fr', 'Le train part à 15h30.', '15h30', '15:30', 'exact'],
    ['fi', 'Juna lähti klo 7.55 aamulla.', '7.55 aamulla', '07:55', 'exact'],
    ['fi', 'kello 15 alkaen', '15', '15:00', 'exact'],
    ['ru', 'Поезд прибыл в 7:55.', '7:55', '07:55', 'exact'],
    ['ru', 'Начало в 19.00.', '19.00', '19:00', 'exact'],
    ['es', 'a las 15.00 horas', '15.00 horas', '15:00', 'exact'],
    ['it', 'alle 15.30 di oggi', '15.30', '15:30', 'exact'],
    ['pt', 'às 15h de sexta-feira', '15h', '15:00', 'exact'],
    ['el', 'στις 7:55 μ.μ.', '7:55 μ.μ.', '19:55', 'exact'],
    ['id', 'pukul 07.55 WIB', '07.55 WIB', '07:55', 'exact'],
    // Four digits before a time zone or hour word: hours and minutes.
    ['en', 'The jet crashed at 0230 GMT.', '0230 GMT', '02:30', 'exact'],
    ['el', 'στις 1400 Παγκόσμια Ώρα', '1400 Παγκόσμια Ώρα', '14:00', 'exact'],
    ['sa', 'प्रभाते १० वादने', '१० वादने', '10:00', 'exact'],
  ])('%s: %s', (lang, text, span, time, qualifier) => {
    expect(read(text, lang)).toEqual([[span, 'time', time, qualifier]]);
  });

  it('reads the end of a span of clock times ("klo 12.00-13.00")', () => {
    expect(read('klo 12.00-13.00', 'fi')).toEqual([['12.00', 'time', '12:00', 'exact'], ['13.00', 'time', '13:00', 'exact']]);
    // Four digits without a zone are a number or a year.
    expect(read('in 2030 people', 'en').map((f) => f[1])).not.toContain('time');
  });

  it('reads the second time of "between … and …" said with one clock word ("kello 8.15 ja 9.45", "pukul 08.15 dan 09.45")', () => {
    expect(read('Junat lähtevät kello 8.15 ja 9.45 välillä.', 'fi')).toEqual([['8.15', 'time', '08:15', 'exact'], ['9.45', 'time', '09:45', 'exact']]);
    expect(read('Kereta berangkat antara pukul 08.15 dan 09.45.', 'id')).toEqual([['08.15', 'time', '08:15', 'exact'], ['09.45', 'time', '09:45', 'exact']]);
    // Without a clock time before it, "9.45" stays what it was.
    expect(read('Hinta nousi 8 ja 9.45 euroon.', 'fi').map((f) => f[1])).not.toContain('time');
  });

  it('reads race times with a fraction of a second as durations in seconds, in every language', () => {
    expect(read('Er lief die Strecke in 3:52,75.', 'de')).toEqual([['3:52,75', 'quantity', 232.75, 'exact']]);
    expect(read('She finished 1:05.40 minutes behind.', 'en')).toEqual([['1:05.40 minutes', 'quantity', 65.4, 'exact']]);
    expect(read('Aika oli 3.52,75, joka riitti voittoon.', 'fi')).toEqual([['3.52,75', 'quantity', 232.75, 'exact']]);
    expect(read('The marathon took 2:08:14.5.', 'en')).toEqual([['2:08:14.5', 'quantity', 7694.5, 'exact']]);
    // A word for seconds after the minutes' form says something else: read as written.
    expect(read('1:05,40 Sekunden', 'de').map((f) => f[1])).toEqual(['number', 'quantity']);
    // Without a fraction it is a clock time or a score.
    expect(read('um 3:52 Uhr', 'de').map((f) => f[1])).toEqual(['time']);
  });

  it('leaves durations, prices, scores and dates alone', () => {
    expect(read('pendant 24 h', 'fr')).toEqual([['24', 'number', 24, 'exact']]);
    expect(read('um 2.50 Euro', 'de')).toEqual([['2.50 Euro', 'money', 2.5, 'exact']]);
    // A score is two numbers ("7:2" = "7-2"), never a time.
    expect(read('the score was 7:2', 'en')).toEqual([
      ['7', 'number', 7, 'exact'],
      ['2', 'number', 2, 'exact'],
    ]);
    expect(read('the ratio is 16:9', 'en').map((f) => f[1])).toEqual(['number', 'number']);
    expect(read('3 heures de débat', 'fr').map((f) => f[1])).not.toContain('time');
    expect(read('It costs 2.50 dollars', 'en').map((f) => f[1])).toEqual(['money']);
  });

  it('marks hours of 1 to 12 without a day half, which may be morning or afternoon', () => {
    expect(readFigures('um 3 Uhr', 'de')[0]).toMatchObject({ time: '03:00', halfUnknown: true });
    expect(readFigures('at 3 p.m.', 'en')[0]).not.toHaveProperty('halfUnknown');
    expect(readFigures('um 15 Uhr', 'de')[0]).not.toHaveProperty('halfUnknown');
  });
});
