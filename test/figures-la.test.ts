// Latin figures as Latin prose writes them: cardinals in their cases, ordinals that add up
// ("vicesimo tertio"), years said as ordinals or Roman numerals, dates "die … mensis …, anni …",
// hours counted as ordinals ("hora nona"), and a unit before its number.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'cardinals in their cases': [
    ['Milites ducentos quadraginta duos captivos duxerunt.', [['quantity', 242, 'captivos', 'exact']]],
    ['cum quadringentis equitibus', [['quantity', 400, 'equitibus', 'exact']]],
    ['Urbs sescentorum quinquaginta annorum erat.', [['quantity', 650, 'yr', 'exact']]],
    ['duodetriginta naves', [['quantity', 28, 'naves', 'exact']]],
    ['tria milia hominum', [['quantity', 3000, 'hominum', 'exact']]],
    ['Vixit annos octoginta.', [['quantity', 80, 'yr', 'exact']]],
    ['Venient septem ubertatis anni.', [['quantity', 7, 'yr', 'exact']]],
    ['Paene mille naves', [['quantity', 1000, 'naves', 'approx']]],
    ['December unum et triginta dies habet.', [['quantity', 31, 'd', 'exact']]],
    ['Decessit annos septem et nonaginta natus.', [['quantity', 97, 'yr', 'exact']]],
    ['duo et tres', [['number', 2, undefined, 'exact'], ['number', 3, undefined, 'exact']]],
    ['Sic in annis 1960 dicebant.', [['range', [1960, 1969], undefined, 'exact']]],
  ],
  'ordinals that add up': [
    ['Legio decima tertia venit.', [['ordinal', 13, undefined, 'exact']]],
    ['die vicesimo tertio', [['ordinal', 23, undefined, 'exact']]],
    ['sexto decimo anno regni', [['ordinal', 16, undefined, 'exact']]],
    ['usque ad octavum diem', [['ordinal', 8, undefined, 'exact']]],
    ['secundum legem', []],
  ],
  'years, Roman numerals and dates': [
    ['anno millesimo octingentesimo quinto', [['year', 1805, undefined, 'exact']]],
    ['Anno MDCCLXXVI civitas condita est.', [['year', 1776, undefined, 'exact']]],
    ['Summa est XLII.', [['number', 42, undefined, 'exact']]],
    ['Die tertio mensis Maii, anni millesimi nongentesimi octogesimi natus est.', [['date', '1980-05-03', undefined, 'exact']]],
    ['Die undecimo mensis Iunii, anni MMIV', [['date', '2004-06-11', undefined, 'exact']]],
  ],
  'hours': [
    ['Hora nona venit.', [['time', '09:00', undefined, 'exact']]],
    ['octava hora pomeridiana', [['time', '20:00', undefined, 'exact']]],
    ['decem minutis ante quartam horam antemeridianam', [['time', '03:50', undefined, 'exact']]],
    ['quindecim minutis post horam secundam', [['time', '02:15', undefined, 'exact']]],
  ],
};

describe('figures: Latin', () => {
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const [text, expected] of rows) expect(figureRows(text, 'la'), text).toEqual(expected);
    });
  }
});
