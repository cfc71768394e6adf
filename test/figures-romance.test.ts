// French, Spanish, Italian and Portuguese figures of issue 11: ordinals (words, Roman centuries,
// ambiguous words after a determiner), decades, years after a year word, qualifiers with the
// article written into them, bounds after the figure and after a time, and speeds per hour.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Record<string, Array<[string, FigureRow[]]>>> = {
  fr: {
    ordinals: [
      ['la troisième place', [['ordinal', 3, undefined, 'exact']]],
      ['au XIXe siècle', [['ordinal', 19, undefined, 'exact']]],
      ['le vingt et unième jour', [['ordinal', 21, undefined, 'exact']]],
      ['Le Ve siècle', [['ordinal', 5, undefined, 'exact']]],
      ['Le gouvernement a décidé.', []],
      ['en une seconde', [['quantity', 1, 's', 'exact']]],
      ['les trois premiers candidats', [['quantity', 3, 'candidats', 'exact']]],
    ],
    'bounds, decades and years': [
      ['deux cents personnes au moins', [['quantity', 200, 'personnes', 'min']]],
      ['à peine 40 % des voix', [['percent', 40, undefined, 'approx']]],
      ['dans les années 1990', [['range', [1990, 1999], undefined, 'exact']]],
      ['dans les années quatre-vingt', [['range', [1980, 1989], undefined, 'exact']]],
      ['une vingtaine de personnes', [['number', 20, undefined, 'approx']]],
      ['Il a été placé en quarantaine.', []],
      ['ils ont dépassé 20 % des voix', [['percent', 20, undefined, 'over']]],
      ['deux heures et demie', [['quantity', 2.5, 'h', 'exact']]],
      ["autour de l'an 800", [['year', 800, undefined, 'approx']]],
      ['à 60 miles par heure', [['quantity', 60, 'mph', 'exact']]],
      ['vers 7 h 15 heure locale', [['time', '07:15', undefined, 'approx']]],
      ['Le château fut bâti vers 1450.', [['year', 1450, undefined, 'approx']]],
      ["aux environs de l'an 400", [['year', 400, undefined, 'approx']]],
    ],
  },
  es: {
    ordinals: [
      ['el segundo puesto', [['ordinal', 2, undefined, 'exact']]],
      ['la vigésima tercera edición', [['ordinal', 23, undefined, 'exact']]],
      ['durante el siglo XVIII', [['ordinal', 18, undefined, 'exact']]],
      ['tardó un segundo', [['quantity', 1, 's', 'exact']]],
    ],
    'bounds, decades and years': [
      ['más del 60 % de los votos', [['percent', 60, undefined, 'over']]],
      ['en los años 70', [['range', [1970, 1979], undefined, 'exact']]],
      ['en los años ochenta', [['range', [1980, 1989], undefined, 'exact']]],
      ['una decena de heridos', [['number', 10, undefined, 'approx']]],
      ['hasta un 30 %', [['percent', 30, undefined, 'max']]],
      ['superaba las 1000 libras', [['quantity', 1000, 'lb', 'over']]],
      ['un real problema', []],
      ['cuesta 5 reales', [['money', 5, 'BRL', 'exact']]],
      ['hasta 1945, cuando', [['year', 1945, undefined, 'exact']]],
      ['hasta 2000 personas', [['quantity', 2000, 'personas', 'max']]],
      ['dos horas y media', [['quantity', 2.5, 'h', 'exact']]],
      ['a fines del siglo 19', [['ordinal', 19, undefined, 'exact']]],
      ['a las 15:00 hora local', [['time', '15:00', undefined, 'exact']]],
      ['en la década de 1920', [['range', [1920, 1929], undefined, 'exact']]],
      ['alrededor del año 1500 a. C.', [['year', 1500, undefined, 'approx']]],
      ['a 80 km por hora', [['quantity', 80, 'km/h', 'exact']]],
    ],
  },
  it: {
    ordinals: [
      ['il terzo mandato', [['ordinal', 3, undefined, 'exact']]],
      ['nel XIV secolo', [['ordinal', 14, undefined, 'exact']]],
      ['il trentaduesimo anniversario', [['ordinal', 32, undefined, 'exact']]],
      ['secondo il ministro', []],
      ['prima della partita', []],
      ['la prima volta', [['ordinal', 1, undefined, 'exact']]],
    ],
    'bounds, decades and homographs': [
      ['alle 18:45 circa', [['time', '18:45', undefined, 'approx']]],
      ['200 euro circa', [['money', 200, 'EUR', 'approx']]],
      ['più del 30% degli elettori', [['percent', 30, undefined, 'over']]],
      ['circa il 15%', [['percent', 15, undefined, 'approx']]],
      ["negli anni '80", [['range', [1980, 1989], undefined, 'exact']]],
      ['negli anni Ottanta', [['range', [1980, 1989], undefined, 'exact']]],
      ['un centinaio di persone', [['number', 100, undefined, 'approx']]],
      ["fino al 1945, quando l'isola", [['year', 1945, undefined, 'exact']]],
      ['fino a 2000 persone', [['quantity', 2000, 'persone', 'max']]],
      ['nel secolo XIX', [['ordinal', 19, undefined, 'exact']]],
      ['alle 15:00 ora locale', [['time', '15:00', undefined, 'exact']]],
      ['dalle ore 9 alle ore 18', [['time', '09:00', undefined, 'exact'], ['time', '18:00', undefined, 'exact']]],
      ['dopo 3 ore 15 minuti', [['quantity', 3, 'h', 'exact'], ['quantity', 15, 'min', 'exact']]],
      ['da 5 fino a 9 giocatori', [['range', [5, 9], 'giocatori', 'exact']]],
      ['i venti soffiavano forte', []],
      ['venti milioni di euro', [['money', 20e6, 'EUR', 'exact']]],
    ],
  },
  pt: {
    ordinals: [
      ['o quarto lugar', [['ordinal', 4, undefined, 'exact']]],
      ['no século XX', [['ordinal', 20, undefined, 'exact']]],
      ['na segunda-feira', []],
      ['segundo o governo', []],
      ['a segunda volta', [['ordinal', 2, undefined, 'exact']]],
    ],
    'bounds, decades and model names': [
      ['pouco mais de dez minutos', [['quantity', 10, 'min', 'over']]],
      ['nos anos 1980', [['range', [1980, 1989], undefined, 'exact']]],
      ['nos anos oitenta', [['range', [1980, 1989], undefined, 'exact']]],
      ['governou a ilha até 1945.', [['year', 1945, undefined, 'exact']]],
      ['duas horas e meia', [['quantity', 2.5, 'h', 'exact']]],
      ['no séc. XX', [['ordinal', 20, undefined, 'exact']]],
      ['às 9:30 hora de Brasília', [['time', '09:30', undefined, 'exact']]],
      ['o Boeing 747 da companhia', [['number', 747, undefined, 'exact']]],
      ['o SAAB 340 Cargo', []],
      ['a 90 km por hora', [['quantity', 90, 'km/h', 'exact']]],
    ],
  },
};

for (const [lang, groups] of Object.entries(cases)) {
  describe(`figures: ${lang}`, () => {
    for (const [name, rows] of Object.entries(groups)) {
      it(name, () => {
        for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
      });
    }
  });
}
