// Classes of reading errors (issue 11, strict figure reading), found on the development golds
// (eval/figure-gold-2, eval/figure-gold): each group is one class, with sentences written for the
// class, including the cases the fix must leave alone. Every case of a class's first row failed
// on the reader before the fix.
import { describe, expect, it } from 'vitest';
import { readFigures } from '../src/figures/index.js';
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

const neitherMoreNorLess: Case[] = [
  ['it', 'niente più e niente meno di 1001 pagine', [['quantity', 1001, 'pagine', 'exact']]],
  ['en', 'no more and no less than 20 people', [['quantity', 20, 'people', 'exact']]],
  ['fr', 'ni plus ni moins que 20 personnes', [['quantity', 20, 'personnes', 'exact']]],
  ['es', 'ni más ni menos que 20 personas', [['quantity', 20, 'personas', 'exact']]],
  ['pt', 'nem mais nem menos que 20 pessoas', [['quantity', 20, 'pessoas', 'exact']]],
  ['de', 'nicht mehr und nicht weniger als 20 Menschen', [['quantity', 20, 'Menschen', 'exact']]],
  ['it', 'meno di 10 pagine', [['quantity', 10, 'pagine', 'under']]],
];

describe('"neither more nor less than" is exact, though it holds the words of both bounds', () => {
  it.each(neitherMoreNorLess)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const articleYear: Case[] = [
  ['it', 'Le scadenze oltre il 2009 sono state rinviate.', [['year', 2009, undefined, 'exact']]],
  // with a counted noun after it, or without the article, it stays a bounded count
  ['it', 'oltre il 2009 persone', [['quantity', 2009, 'persone', 'over']]],
  ['it', 'oltre 2000 persone', [['quantity', 2000, 'persone', 'over']]],
];

describe('a definite article between a bound word and a year-like number that counts nothing names the year', () => {
  it.each(articleYear)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const cjkYears: Case[] = [
  ['ja', '86年10月に協和窯業の吸収合併', [['date', '1986-10', undefined, 'exact']]],
  ['ja', '09年に発売された', [['year', 2009, undefined, 'exact']]],
  ['ja', '平成30年10月に', [['date', '2018-10', undefined, 'exact']]],
  ['ja', '昭和61年に', [['year', 1986, undefined, 'exact']]],
  ['zh', '09年金融危机', [['year', 2009, undefined, 'exact']]],
  // a length of years stays one
  ['ja', '創業86年の老舗', [['quantity', 86, 'yr', 'exact']]],
  ['ja', '15年間', [['quantity', 15, 'yr', 'exact']]],
  // a span of two years, the second written short
  ['ja', '2009/10シーズンの国王杯', [['range', [2009, 2010], undefined, 'exact']]],
  ['zh', '2019/20赛季', [['range', [2019, 2020], undefined, 'exact']]],
  ['ja', '2019-20年度', [['range', [2019, 2020], undefined, 'exact']]],
  // without a word of a span, "2009/10" is October 2009
  ['ja', '2009/10に', [['date', '2009-10', undefined, 'exact']]],
];

describe('Chinese and Japanese years written short or in an era are calendar years; a season is a span of two years', () => {
  it.each(cjkYears)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
  it('the span of an era year begins at the era', () => {
    expect(readFigures('平成30年10月に', 'ja').map((f) => f.text)).toEqual(['平成30年10月']);
  });
});

const verbSei: Case[] = [
  ['it', 'Non molto tempo fa, hai compiuto 30 anni, sei entrata in crisi?', [['quantity', 30, 'yr', 'exact']]],
  ['it', 'sei stato bravo', []],
  ['it', 'sei persone', [['quantity', 6, 'persone', 'exact']]],
  ['it', 'sei città', [['quantity', 6, 'città', 'exact']]],
  ['it', 'sei candidati', [['quantity', 6, 'candidati', 'exact']]],
];

describe('Italian "sei" is "you are" before a singular participle or what the verb takes', () => {
  it.each(verbSei)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});
