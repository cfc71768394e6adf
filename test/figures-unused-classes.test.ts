// Classes of reading errors found by reading real text the readers were not tuned on (issue 11):
// each group is one class, with examples written for it. Ordinals that are part of a title
// ("primer ministro"), Italian "uno" as the article or a pronoun, plural denominators alone
// ("medios": media).
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Record<string, Array<[string, FigureRow[]]>>> = {
  es: {
    'an ordinal in a title ranks nothing': [
      ['La primera dama visitó el hospital.', []],
      ['El vice primer ministro habló ayer.', []],
      ['el primer mandatario del país', []],
      ['el primer vuelo del avión', [['ordinal', 1, undefined, 'exact']]],
      ['quedó en el segundo lugar', [['ordinal', 2, undefined, 'exact']]],
    ],
    '"uno" alone is a pronoun': [
      ['Es uno de los pocos artistas.', []],
      ['el final de un capítulo y el comienzo de uno nuevo', []],
      ['cada uno recibió una copia', []],
      ['uno millón de votos', [['quantity', 1e6, 'votos', 'exact']]],
    ],
    'a plural denominator alone is no fraction': [
      ['aloja millones de medios con licencia abierta', []],
      ['los medios de comunicación', []],
      ['tres medios', [['number', 1.5, undefined, 'exact']]],
      ['medio millón de personas', [['quantity', 5e5, 'personas', 'exact']]],
    ],
  },
  it: {
    'an ordinal in a title ranks nothing': [
      ['il primo ministro di Singapore', []],
      ['Il Primo Ministro ha parlato.', []],
      ['il primo velivolo colpì il bersaglio', [['ordinal', 1, undefined, 'exact']]],
    ],
    '"uno" is the article or a pronoun': [
      ['è stato registrato uno tsunami', []],
      ['il risultato di uno sviluppo successivo', []],
      ['è diventato uno dei pochissimi nomi', []],
      ['si chiude un capitolo e se ne apre uno nuovo', []],
      ['ventuno persone', [['quantity', 21, 'persone', 'exact']]],
      ['uno su tre', [['number', 1 / 3, undefined, 'exact']]],
    ],
    'a plural denominator alone is no fraction': [
      ['con tutti i mezzi a disposizione', []],
      ['due mezzi', [['number', 1, undefined, 'exact']]],
    ],
  },
  fr: {
    'an ordinal in a title ranks nothing': [
      ['Le Premier ministre a démissionné.', []],
      ['la première dame', []],
      ['le premier jet a atteint sa cible', [['ordinal', 1, undefined, 'exact']]],
    ],
  },
  pt: {
    'an ordinal in a title ranks nothing': [
      ['o primeiro ministro falou', []],
      ['a primeira dama', []],
      ['o primeiro avião', [['ordinal', 1, undefined, 'exact']]],
    ],
  },
  en: {
    'an ordinal in a title ranks nothing': [
      ['The First Lady spoke.', []],
      ['the second lieutenant of the army', []],
      ['the first jet struck its target', [['ordinal', 1, undefined, 'exact']]],
    ],
    'a plural denominator alone is no fraction': [
      ['both halves of the city', []],
      ['three halves', [['number', 1.5, undefined, 'exact']]],
    ],
  },
};

for (const [lang, groups] of Object.entries(cases)) {
  describe(`figures on unused text: ${lang}`, () => {
    for (const [name, rows] of Object.entries(groups)) {
      it(name, () => {
        for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
      });
    }
  });
}
