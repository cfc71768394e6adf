// Classes of reading errors (issue 11, strict figure reading), found on the development golds
// (eval/figure-gold-2, eval/figure-gold): each group is one class, with sentences written for the
// class, including the cases the fix must leave alone. Every case of a class's first row failed
// on the reader before the fix.
import { describe, expect, it } from 'vitest';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

type Case = [lang: string, text: string, expected: FigureRow[]];

const tildeRanges: Case[] = [
  ['id', 'demam dan batuk terlihat pada 10~20% kasus.', [['range', [10, 20], '%', 'exact']]],
  ['ru', 'от 10~20% случаев', [['range', [10, 20], '%', 'exact']]],
  ['el', 'σε 10~20% των περιπτώσεων', [['range', [10, 20], '%', 'exact']]],
  ['sa', '10~20% जनाः', [['range', [10, 20], '%', 'exact']]],
  // a tilde alone before a number is still "about"
  ['id', 'sekitar ~20% kasus', [['percent', 20, undefined, 'approx']]],
];

describe('a tilde between two numbers joins a range in every language, as a dash does', () => {
  it.each(tildeRanges)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const eras: Case[] = [
  ['sa', 'स्कीयरं 5000 BC दर्शितः ।', [['year', 5000, undefined, 'exact']]],
  ['sa', 'नगरं ५०० ई. पू. स्थापितम् ।', [['year', 500, undefined, 'exact']]],
  ['it', 'nel 79 d.C. e nel 500 a.C.', [['year', 79, undefined, 'exact'], ['year', 500, undefined, 'exact']]],
  ['es', 'en el 79 d. C. y el 500 a. C.', [['year', 79, undefined, 'exact'], ['year', 500, undefined, 'exact']]],
  ['pt', 'em 79 d.C.', [['year', 79, undefined, 'exact']]],
  ['fr', 'en 52 av. J.-C. et en 79 apr. J.-C.', [['year', 52, undefined, 'exact'], ['year', 79, undefined, 'exact']]],
  ['id', 'pada tahun 500 SM', [['year', 500, undefined, 'exact']]],
  ['la', 'Roma 753 a.C.n. condita est', [['year', 753, undefined, 'exact']]],
];

describe('an era after a number (BC, a.C., av. J.-C., SM, ई. पू.) makes it a year', () => {
  it.each(eras)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const argumentMarks: Case[] = [
  ['id', 'Pertama, jika kelelawar mentransmisikan virus ke trenggiling, kondisi itu penting.', []],
  ['en', 'First, the bats passed the virus on. It took 3 weeks.', [['quantity', 3, 'wk', 'exact']]],
  // a list of ranks and an ordinal inside a sentence stay ordinals
  ['en', 'First, second and third place went to Kenya.', [['ordinal', 1, undefined, 'exact'], ['ordinal', 3, undefined, 'exact']]],
  ['id', 'uji pertama, lalu uji kedua', [['ordinal', 1, undefined, 'exact'], ['ordinal', 2, undefined, 'exact']]],
];

describe('an ordinal word opening a sentence before a comma marks a step of an argument, no rank', () => {
  it.each(argumentMarks)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const afterNoun: Case[] = [
  ['id', 'ditambahkan pada edisi kedua (18 Januari 2020) dan ketiga (22 Januari 2020).', [['ordinal', 2, undefined, 'exact'], ['date', '2020-01-18', undefined, 'exact'], ['ordinal', 3, undefined, 'exact'], ['date', '2020-01-22', undefined, 'exact']]],
  ['id', 'tahap kedua dimulai besok', [['ordinal', 2, undefined, 'exact']]],
  ['id', 'yang kedua lebih besar', [['ordinal', 2, undefined, 'exact']]],
  // before a noun, after a preposition or a conjunction, "kedua" is "both"
  ['id', 'kedua negara itu sepakat', []],
  ['id', 'di kedua sisi jalan', []],
  ['id', 'Kedua, kelelawar membawa virus.', []],
];

describe('Indonesian "kedua" is the ordinal 2 after its noun, "both" before one', () => {
  it.each(afterNoun)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});
