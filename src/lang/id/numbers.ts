// Indonesian figure knowledge for reading translations back: number words built with
// "belas" (teens), "puluh" (tens), "ratus" (hundreds) and the prefix "se-" (seratus, seribu),
// scales (ribu, juta, miliar, triliun), qualifiers, percent ("persen"), currency and units.

import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    nol: 0, kosong: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
    sepuluh: 10, sebelas: 11, seratus: 100,
  },
  tens: ['puluh'],
  teens: ['belas'],
  hundreds: ['ratus'],
  scales: {
    ribu: 1e3, seribu: 1e3, juta: 1e6, sejuta: 1e6, 'jt': 1e6, miliar: 1e9, milyar: 1e9, 'm': 1e9, triliun: 1e12,
    'rb': 1e3,
  },
  standalone: ['seratus', 'seribu', 'sejuta'],
  connectors: [],
  connectorAfter: [],
  indefinite: [],
  fractions: { setengah: 2, sepertiga: 3, seperempat: 4 },
  halves: { setengah: 0.5, separuh: 0.5 },
  decimalWords: ['koma'],
  minusWords: ['minus', 'negatif'],
  percent: ['persen', 'per sen', '%'],
  percentPoints: ['poin persentase'],
  qualifiers: {
    sekitar: 'approx', kira: 'approx', 'kira-kira': 'approx', kurang: 'approx', hampir: 'approx',
    'lebih dari': 'over', 'di atas': 'over', 'kurang dari': 'under', 'di bawah': 'under', setidaknya: 'min',
    'paling sedikit': 'min', minimal: 'min', 'hingga': 'max', 'sampai': 'max', 'paling banyak': 'max',
    maksimal: 'max', tepat: 'exact',
  },
  digitQualifiers: ['hingga', 'sampai'],
  postQualifiers: { 'atau lebih': 'min', 'lebih': 'over', 'atau kurang': 'max' },
  range: { from: ['dari', 'antara'], between: ['antara'], to: ['hingga', 'sampai', '-', '–', '—'], and: ['dan'] },
  boundJoiners: ['dan', ',', 'tetapi'],
  currencies: { rupiah: 'IDR', dolar: 'USD', 'dolar as': 'USD', euro: 'EUR', yuan: 'CNY', yen: 'JPY', sen: 'cent' },
  units: {
    'poin': 'pt',
    kilometer: 'km', km: 'km', meter: 'm', sentimeter: 'cm', milimeter: 'mm', 'meter persegi': 'm²',
    'kilometer persegi': 'km²', hektare: 'ha', hektar: 'ha', liter: 'l', kilogram: 'kg', kg: 'kg', gram: 'g',
    ton: 't', barel: 'bbl', megawatt: 'MW', petaflops: 'P',
  },
  countedNoun: 'next',
  vagueQuantities: ['beberapa', 'sejumlah'],
  stopWords: ['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'ini', 'itu', 'adalah', 'tidak', 'akan', 'sudah'],
};
