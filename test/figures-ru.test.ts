// Russian figures as translations write them: numbers, units and currencies in every case,
// ordinals, dates, decades, qualifiers before the figure and bounds that are prepositions.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'cardinals in their cases': [
    ['Работы ведут двумя бригадами.', [['quantity', 2, 'бригадами', 'exact']]],
    ['Пришли от пяти до пятнадцати человек.', [['range', [5, 15], 'человек', 'exact']]],
    ['не менее трёх тысяч участников', [['quantity', 3000, 'участников', 'min']]],
    ['около сорока семи тонн', [['quantity', 47, 't', 'approx']]],
    ['стоит двести тридцать рублей', [['money', 230, 'RUB', 'exact']]],
    ['более миллиона человек', [['quantity', 1e6, 'человек', 'over']]],
    ['один из крупнейших банков', []],
    ['за одну неделю', [['quantity', 1, 'wk', 'exact']]],
  ],
  'scales, currencies and units in their cases': [
    ['4,5 млрд рублей', [['money', 4.5e9, 'RUB', 'exact']]],
    ['на 12 миллиардов долларов', [['money', 12e9, 'USD', 'exact']]],
    ['1,2 тыс. тонн', [['quantity', 1200, 't', 'exact']]],
    ['27 миллионов фунтов стерлингов', [['money', 27e6, 'GBP', 'exact']]],
    ['весит 15 фунтов', [['quantity', 15, 'lb', 'exact']]],
    ['5 долл. США', [['money', 5, 'USD', 'exact']]],
    ['80 километров в час', [['quantity', 80, 'km/h', 'exact']]],
    ['со скоростью 300 миль в час', [['quantity', 300, 'mph', 'exact']]],
    ['2 квадратных километра', [['quantity', 2, 'km²', 'exact']]],
    ['за 48 часов', [['quantity', 48, 'h', 'exact']]],
    ['в 15 часов', [['time', '15:00', undefined, 'exact']]],
  ],
  'percent and percentage points': [
    ['упала на 7 процентов', [['percent', 7, undefined, 'exact']]],
    ['приблизилась к 44 процентам', [['percent', 44, undefined, 'exact']]],
    ['выросла на 1,5 процентного пункта', [['percent', 1.5, undefined, 'exact', 'pp']]],
    ['на 2 п. п.', [['percent', 2, undefined, 'exact', 'pp']]],
  ],
  ordinals: [
    ['в третий раз', [['ordinal', 3, undefined, 'exact']]],
    ['17-й съезд', [['ordinal', 17, undefined, 'exact']]],
    ['на втором месте', [['ordinal', 2, undefined, 'exact']]],
    ['двадцать первого века', [['ordinal', 21, undefined, 'exact']]],
    ['в XXI веке', [['ordinal', 21, undefined, 'exact']]],
    ['в 5-ти километрах', [['quantity', 5, 'km', 'exact']]],
  ],
  'dates, years and decades': [
    ['16 марта 2023 года', [['date', '2023-03-16', undefined, 'exact']]],
    ['в мае 2019 года', [['date', '2019-05', undefined, 'exact']]],
    ['с 3 по 7 июня', [['date', '2024-06-03/2024-06-07', undefined, 'exact']]],
    ['1-го мая', [['date', '2024-05-01', undefined, 'exact']]],
    ['в 2014-м году', [['year', 2014, undefined, 'exact']]],
    ['в 1990-х годах', [['range', [1990, 1999], undefined, 'exact']]],
    ['в 90-е', [['range', [1990, 1999], undefined, 'exact']]],
    ['эстафета 4 по 100 м', [['number', 4, undefined, 'exact'], ['quantity', 100, 'm', 'exact']]],
  ],
  qualifiers: [
    ['более чем на 30 %', [['percent', 30, undefined, 'over']]],
    ['свыше 200 человек', [['quantity', 200, 'человек', 'over']]],
    ['более 2000 человек', [['quantity', 2000, 'человек', 'over']]],
    ['почти 100 домов', [['quantity', 100, 'домов', 'approx']]],
    ['до 500 человек', [['quantity', 500, 'человек', 'max']]],
    // After a word of change "до" is the value reached, before a year a bound in time.
    ['выросла до 5 %', [['percent', 5, undefined, 'exact']]],
    ['вплоть до 2030 года', [['year', 2030, undefined, 'exact']]],
  ],
  'and a half': [
    ['Он прожил там три с половиной года.', [['quantity', 3.5, 'yr', 'exact']]],
    ['вложили 2 с половиной миллиона рублей', [['money', 2.5e6, 'RUB', 'exact']]],
    ['через полтора часа', [['quantity', 1.5, 'h', 'exact']]],
    // "с" alone stays a preposition.
    ['с двумя друзьями', [['quantity', 2, 'друзьями', 'exact']]],
  ],
  'relays and dimensions, decades, words that are a quantity, bounds after the figure': [
    ['эстафета 4х100 м', [['number', 4, undefined, 'exact'], ['quantity', 100, 'm', 'exact']]],
    ['матрица 36x24 мм', [['number', 36, undefined, 'exact'], ['quantity', 24, 'mm', 'exact']]],
    ['за три десятилетия', [['quantity', 3, 'dec', 'exact']]],
    ['спустя два столетия', [['quantity', 2, 'cent', 'exact']]],
    ['прошло полгода', [['quantity', 0.5, 'yr', 'exact']]],
    ['тушили почти сутки', [['quantity', 1, 'd', 'approx']]],
    ['круглосуточная линия', [['quantity', 24, 'h', 'exact']]],
    ['полмиллиона долларов', [['money', 5e5, 'USD', 'exact']]],
    ['тридцать с небольшим лет', [['quantity', 30, 'yr', 'over']]],
    ['50 рублей или около того', [['money', 50, 'RUB', 'approx']]],
  ],
  'an adjective between the number and its unit': [
    ['за 3 последних месяца', [['quantity', 3, 'mo', 'exact']]],
    ['10 новых долларов', [['money', 10, 'USD', 'exact']]],
  ],
  'clock times in words': [
    ['в пять вечера', [['time', '17:00', undefined, 'exact']]],
    ['в пять раз больше', [['quantity', 5, 'раз', 'exact']]],
  ],
  'older and younger than': [
    ['вещи старше 100 лет', [['quantity', 100, 'yr', 'over']]],
    ['дети младше 5 лет', [['quantity', 5, 'yr', 'under']]],
  ],
  '"тысячи" with a qualifier, eras, "until about" a year, francs': [
    ['более тысячи километров', [['quantity', 1000, 'km', 'over']]],
    // Plural "thousands of people" is no count.
    ['тысячи людей вышли на улицы', []],
    ['примерно до 1200 г. н. э.', [['year', 1200, undefined, 'approx']]],
    ['200 конголезских франков', [['money', 200, 'CDF', 'exact']]],
    ['за три столетия', [['quantity', 3, 'cent', 'exact']]],
  ],
  'a scale as the adjective after digits': [
    ['5-миллионный город', [['quantity', 5e6, 'город', 'exact']]],
    ['с 12-миллиардным бюджетом', [['quantity', 12e9, 'бюджетом', 'exact']]],
    // "the millionth visitor" has no digits: no figure.
    ['миллионный посетитель', []],
  ],
};

describe('figures: Russian', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it.each(rows)(`${group}: %s`, (text, expected) => {
      expect(figureRows(text, 'ru')).toEqual(expected);
    });
  }
});
