// Classes of reader errors found on real news text outside the eval sets (WMT newstest2009 it,
// newstest2013 ru, tico19 pt, sentences shortened): years before 1900 that a preposition or a year
// word makes a year, and a letter elided onto the next word ("l'interesse") that is no unit.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, string, FigureRow[]]>> = {
  'years before 1900': [
    ['ru', 'Вероятно, телескоп был изобретен в 1608 году Хансом Липперсгеем.', [['year', 1608, undefined, 'exact']]],
    ['ru', '"Он родился в этом районе в 1805 году, умер в 1973 году".', [['year', 1805, undefined, 'exact'], ['year', 1973, undefined, 'exact']]],
    ['ru', 'исполнилось 122 года', [['quantity', 122, 'yr', 'exact']]],
    ['it', 'La casa fu costruita nel 1819 da un mercante.', [['year', 1819, undefined, 'exact']]],
    ['it', 'fino al 1850 la città', [['year', 1850, undefined, 'exact']]],
    ['it', 'hanno chiesto a 1500 persone', [['quantity', 1500, 'persone', 'exact']]],
    ['pt', 'A cidade cresceu desde 1800.', [['year', 1800, undefined, 'exact']]],
    ['pt', 'mais de 1500 pessoas', [['quantity', 1500, 'pessoas', 'over']]],
    ['el', 'Ο πύργος χτίστηκε το 1889.', [['year', 1889, undefined, 'exact']]],
    ['el', 'Υπάρχουν 1500 λίμνες.', [['quantity', 1500, 'λίμνες', 'exact']]],
  ],
  'an elided article is no unit': [
    ['it', "Nel 2010 l'interesse sarà dovuto.", [['year', 2010, undefined, 'exact']]],
    ['it', "che gli è valso nel 1987 l'unico oscar su 9 nominations", [['year', 1987, undefined, 'exact'], ['quantity', 9, 'nominations', 'exact']]],
    ['fr', "En 2010 l'intérêt a baissé.", [['year', 2010, undefined, 'exact']]],
    ['it', "ha bevuto 2 l d'acqua", [['quantity', 2, 'l', 'exact']]],
  ],
};

describe('reader classes from real text', () => {
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const [lang, text, expected] of rows) expect([lang, text, figureRows(text, lang)]).toEqual([lang, text, expected]);
    });
  }
});
