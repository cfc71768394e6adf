// Indonesian figures as translations write them: number words with belas, puluh, ratus and
// se-, scales (ribu, juta, miliar, triliun), Rp and dolar AS, ordinals ("ketiga", "ke-5"),
// decades ("1990-an"), qualifiers before and after ("500 orang lebih"), units and durations.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const cases: Record<string, Array<[string, FigureRow[]]>> = {
  'number words and scales': [
    ['dua belas', [['number', 12, undefined, 'exact']]],
    ['dua puluh lima ribu orang', [['quantity', 25000, 'orang', 'exact']]],
    ['seribu lima ratus', [['number', 1500, undefined, 'exact']]],
    ['1,5 juta', [['number', 1.5e6, undefined, 'exact']]],
    ['salah satu kota', []],
    ['satu-satunya', []],
  ],
  money: [
    ['Rp 3,5 triliun', [['money', 3.5e12, 'IDR', 'exact']]],
    ['Rp500 ribu', [['money', 500000, 'IDR', 'exact']]],
    ['US$ 2 miliar', [['money', 2e9, 'USD', 'exact']]],
    ['5 juta dolar AS', [['money', 5e6, 'USD', 'exact']]],
  ],
  'ordinals, years and decades': [
    ['untuk ketiga kalinya', [['ordinal', 3, undefined, 'exact']]],
    ['resimen ke-5', [['ordinal', 5, undefined, 'exact']]],
    ['tahun 1990-an', [['range', [1990, 1999], undefined, 'exact']]],
    ['pada 2019', [['year', 2019, undefined, 'exact']]],
    ['17 Agustus 1945', [['date', '1945-08-17', undefined, 'exact']]],
    ['Maret 2020', [['date', '2020-03', undefined, 'exact']]],
    ['pukul 07.30 WIB', [['time', '07:30', undefined, 'exact']]],
  ],
  'percent and qualifiers': [
    ['naik 3,5 persen menjadi 12 persen', [['percent', 3.5, undefined, 'exact'], ['percent', 12, undefined, 'exact']]],
    ['2 poin persentase', [['percent', 2, undefined, 'exact', 'pp']]],
    ['lebih dari 300 orang', [['quantity', 300, 'orang', 'over']]],
    ['hampir 60 persen', [['percent', 60, undefined, 'approx']]],
    ['setidaknya 12 orang tewas', [['quantity', 12, 'orang', 'min']]],
    ['hingga 100 orang', [['quantity', 100, 'orang', 'max']]],
    ['500 orang lebih', [['quantity', 500, 'orang', 'over']]],
    ['40 keluarga lagi atau lebih', [['quantity', 40, 'keluarga', 'min']]],
  ],
  'units and durations': [
    ['120 km/jam', [['quantity', 120, 'km/h', 'exact']]],
    ['50 mil per jam', [['quantity', 50, 'mph', 'exact']]],
    ['133 m/dtk', [['quantity', 133, 'm/s', 'exact']]],
    ['3 meter kubik', [['quantity', 3, 'm³', 'exact']]],
    ['10 hari', [['quantity', 10, 'd', 'exact']]],
    // "negatif" is also a film negative: no minus sign.
    ['negatif 35 mm', [['quantity', 35, 'mm', 'exact']]],
  ],
  'and a half': [
    ['Ia tinggal di sana empat setengah tahun.', [['quantity', 4.5, 'yr', 'exact']]],
    ['dana satu setengah juta rupiah', [['money', 1.5e6, 'IDR', 'exact']]],
    ['dalam 2 setengah jam', [['quantity', 2.5, 'h', 'exact']]],
  ],
  'a qualifier before the year word': [
    ['Kota ini didirikan sekitar tahun 1200.', [['number', 1200, undefined, 'approx']]],
    ['sekitar tahun 2010', [['year', 2010, undefined, 'approx']]],
  ],
  'decades, words that are a quantity, about after the figure': [
    ['selama tiga dekade', [['quantity', 3, 'dec', 'exact']]],
    ['dua abad kemudian', [['quantity', 2, 'cent', 'exact']]],
    ['abad ke-21', [['ordinal', 21, undefined, 'exact']]],
    ['setahun kemudian', [['quantity', 1, 'yr', 'exact']]],
    ['dalam seminggu', [['quantity', 1, 'wk', 'exact']]],
    ['jaraknya 30 km kurang lebih', [['quantity', 30, 'km', 'approx']]],
  ],
  'clock times in words': [
    ['pukul sepuluh pagi', [['time', '10:00', undefined, 'exact']]],
  ],
  'comparatives and amounts': [
    ['barang yang lebih tua dari 100 tahun', [['quantity', 100, 'yr', 'over']]],
    ['sebanyak 20 orang', [['quantity', 20, 'orang', 'max']]],
    ['sebanyak dua kali', [['number', 2, undefined, 'exact']]],
  ],
  'a comparison after "lebih", symbols garbled by a wrong decoding, a fraction after a space': [
    ['ia finis 3 detik lebih cepat', [['quantity', 3, 's', 'exact']]],
    ['500 orang lebih hadir', [['quantity', 500, 'orang', 'over']]],
    ['harganya sekitar Â¥4.500', [['money', 4500, 'JPY', 'approx']]],
    ['selama 20â€“30 menit', [['range', [20, 30], 'min', 'exact']]],
    ['papan 12Â½ inci', [['quantity', 12.5, 'in', 'exact']]],
  ],
};

describe('figures: Indonesian', () => {
  for (const [group, rows] of Object.entries(cases)) {
    it.each(rows)(`${group}: %s`, (text, expected) => {
      expect(figureRows(text, 'id')).toEqual(expected);
    });
  }
});
