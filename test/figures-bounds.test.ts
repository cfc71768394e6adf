// Bounds in any language: written after a conversion in brackets they hold for both amounts;
// a bound such as "more than" makes a year-like number a count; units and currencies take the
// longer of two readings.
import { describe, expect, it } from 'vitest';
import { figureRows } from './helpers/figure-rows.js';

describe('bounds and readings shared by the languages', () => {
  it('a bound after a conversion in brackets belongs to both amounts, unless the first has its own', () => {
    expect(figureRows('5 mm (1/5 Zoll) oder mehr', 'de')).toEqual([
      ['quantity', 5, 'mm', 'min'],
      ['quantity', 0.2, 'in', 'min'],
    ]);
    expect(figureRows('de aproximadamente 5 mm (1/5 pulgadas) o superior', 'es')[0]).toEqual(['quantity', 5, 'mm', 'approx']);
  });

  it('"more than 2000 people" is a count, "2030" alone a year', () => {
    expect(figureRows('mehr als 2000 Menschen', 'de')).toEqual([['quantity', 2000, 'Menschen', 'over']]);
    expect(figureRows('more than 2000 people', 'en')).toEqual([['quantity', 2000, 'people', 'over']]);
    expect(figureRows('im Jahr 2030', 'de')).toEqual([['year', 2030, undefined, 'exact']]);
  });

  it('the longer unit reading wins over a catalogue symbol inside it', () => {
    expect(figureRows('165 km/jam', 'id')).toEqual([['quantity', 165, 'km/h', 'exact']]);
    expect(figureRows('165 km', 'id')).toEqual([['quantity', 165, 'km', 'exact']]);
  });
});
