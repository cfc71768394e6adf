// Classes of reader errors found on real text outside the eval sets (WMT newstest2009 it,
// newstest2013 and newstest2019 ru, tico19 pt and ru, Tatoeba ja; sentences shortened): years
// before 1900 that a preposition or a year word makes a year, a letter elided onto the next word
// ("l'interesse") that is no unit, days listed before a date ("3 e 4 de fevereiro"), clock times
// written with a comma after a clock word ("alle 22,30"), "rose to" that is no bound, "as many as",
// "one of" (…の一つ) and a demonstrative before 一 (这一市场) that are no count.
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
  'days listed before a date': [
    ['pt', 'levaram 277 cidadãos em 3 e 4 de fevereiro para o Centro', [['quantity', 277, 'cidadãos', 'exact'], ['date', '2024-02-03', undefined, 'exact'], ['date', '2024-02-04', undefined, 'exact']]],
    ['ru', 'Ранее, 4 и 5 марта соответственно, Woolworths и Coles', [['date', '2024-03-04', undefined, 'exact'], ['date', '2024-03-05', undefined, 'exact']]],
    ['it', 'il 3, 4 e 5 febbraio 2020', [['date', '2020-02-03', undefined, 'exact'], ['date', '2020-02-04', undefined, 'exact'], ['date', '2020-02-05', undefined, 'exact']]],
    ['el', 'στις 3 και 4 Φεβρουαρίου', [['date', '2024-02-03', undefined, 'exact'], ['date', '2024-02-04', undefined, 'exact']]],
    ['it', 'ha 3 figli e 4 marzo', [['quantity', 3, 'figli', 'exact'], ['date', '2024-03-04', undefined, 'exact']]],
  ],
  'clock times with a comma after a clock word': [
    ['it', 'Stasera alle 22,30 puntuali ci incontriamo di nuovo qui!', [['time', '22:30', undefined, 'exact']]],
    ['it', 'il gruppo arriva alle 6,30 al parcheggio', [['time', '06:30', undefined, 'exact']]],
    ['pt', 'A reunião começa às 6,30.', [['time', '06:30', undefined, 'exact']]],
    ['it', 'costa alle 6,30 euro', [['money', 6.3, 'EUR', 'exact']]],
    ['it', 'il 6,30% delle famiglie', [['percent', 6.3, undefined, 'exact']]],
    ['fr', 'le taux est passé à 6,30', [['number', 6.3, undefined, 'exact']]],
    ['fr', 'à 6,30 €', [['money', 6.3, 'EUR', 'exact']]],
  ],
  'a change to a value is no bound; as many as is one': [
    ['ru', 'Число погибших от цунами возросло до 832', [['number', 832, undefined, 'exact']]],
    ['ru', 'безработица уменьшилась до 5 процентов', [['percent', 5, undefined, 'exact']]],
    ['ru', 'детей в возрасте до 14 лет', [['quantity', 14, 'yr', 'max']]],
    ['ja', 'その墜落事故で４００人もの乗客が死亡した。', [['quantity', 400, '人', 'max']]],
  ],
  '"one of" and "this one" are no count': [
    ['ja', 'この工場はヨーロッパでもっともハイリスクな工業用地の一つにある。', []],
    ['ja', '原告の１人は、１９９７年に息子を亡くした。', [['year', 1997, undefined, 'exact']]],
    ['ja', 'シェークスピアは最も偉大な詩人の一人である。', []],
    ['ja', 'りんごを一つ買った。', [['quantity', 1, 'つ', 'exact']]],
    ['ja', '宇宙船外で1人で活動しました。', [['quantity', 1, '人', 'exact']]],
    ['zh', '随着大量百货公司进军这一市场', []],
    ['zh', '每一天都', []],
    ['zh', '这一百人', [['quantity', 100, '人', 'exact']]],
    ['zh', '只有一家', [['quantity', 1, '家', 'exact']]],
  ],
  '届 without 第 counts editions': [
    // WMT newstest2017/2019 zh
    ['zh', '世界都能见证三届世界冠军西蒙', [['quantity', 3, '届', 'exact']]],
    ['zh', '和现已退役的20届冠军麦考伊', [['quantity', 20, '届', 'exact']]],
    ['zh', '政府主办的第十届中国国际民间', [['ordinal', 10, '届', 'exact']]],
    ['zh', '首届', [['ordinal', 1, undefined, 'exact']]],
  ],
  'words that only look like numbers or money': [
    ['it', 'Jay Feely ha calciato una meta da 20 iarde', [['quantity', 20, 'yd', 'exact']]],
    ['it', 'la meta del viaggio', []],
    ['it', 'quasi la metà del commercio quotidiano', [['number', 0.5, undefined, 'approx']]],
    ['it', 'un peso superiore alla media', []],
    ['it', 'costa 10 pesos', [['money', 10, 'MXN', 'exact']]],
    ['pt', 'um peso maior para os idosos', []],
  ],
};

describe('reader classes from real text', () => {
  for (const [name, rows] of Object.entries(cases)) {
    it(name, () => {
      for (const [lang, text, expected] of rows) expect([lang, text, figureRows(text, lang)]).toEqual([lang, text, expected]);
    });
  }
});
