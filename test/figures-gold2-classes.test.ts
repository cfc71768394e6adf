// Classes of reading errors found on the second development gold (eval/figure-gold-2: WMT newstest
// 2009/2013/2017/2018/2020, TICO-19, FLORES devtest and Tatoeba sentences in sa ru it id el la de ja
// fr; issue 11). Each group is one class, with a sentence of that set and examples written for the
// class around it, including the cases the fix must leave alone.
import { describe, expect, it } from 'vitest';
import { readNumberValues } from '../src/figures/index.js';
import { figureRows, type FigureRow } from './helpers/figure-rows.js';

const FIRST_TIME = 'one word for "for the first time" is the ordinal 1, as "zum ersten Mal"';

const BARE_HOUR = 'a bare hour after "alle", "a las", "às" is a clock time when no noun follows it';

const CROWNS = 'the crowns, Czech, Swedish, Norwegian, Danish, are currencies';

const crowns: Array<[string, string, FigureRow[]]> = [
  ['it', 'Il Parlamento ha rifiutato il piano di 700 miliardi di dollari (quasi dodici bilioni di corone ceche).', [['money', 700e9, 'USD', 'exact'], ['money', 12e12, 'CZK', 'approx']]],
  ['de', '12 Milliarden tschechische Kronen, 500 Millionen dänischen Kronen', [['money', 12e9, 'CZK', 'exact'], ['money', 500e6, 'DKK', 'exact']]],
  ['fr', '3 millions de couronnes tchèques', [['money', 3e6, 'CZK', 'exact']]],
  ['es', '5 millones de coronas checas', [['money', 5e6, 'CZK', 'exact']]],
  ['pt', '5 milhões de coroas checas', [['money', 5e6, 'CZK', 'exact']]],
  ['ru', '12 млрд чешских крон', [['money', 12e9, 'CZK', 'exact']]],
  ['en', '12 billion Czech crowns and 300 Kč', [['money', 12e9, 'CZK', 'exact'], ['money', 300, 'CZK', 'exact']]],
];

describe(CROWNS, () => {
  it.each(crowns)('%s: %s', (lang, text, expected) => expect(figureRows(text, lang)).toEqual(expected));
});

const cases: Record<string, Record<string, Array<[string, FigureRow[]]>>> = {
  it: {
    [BARE_HOUR]: [
      ['La sveglia è quasi un castigo quando squilla ogni mattina alle 7, ma è ancora peggiore.', [['time', '07:00', undefined, 'exact']]],
      ['aperto dalle 9 alle 18', [['time', '09:00', undefined, 'exact'], ['time', '18:00', undefined, 'exact']]],
      ['alle 20 di ieri', [['time', '20:00', undefined, 'exact']]],
      ['alle 7 squadre', [['quantity', 7, 'squadre', 'exact']]],
      ['alle 7 per cento', [['percent', 7, undefined, 'exact']]],
      ['Si arriva alle 30.', [['number', 30, undefined, 'exact']]],
    ],
  },
  es: {
    [BARE_HOUR]: [
      ['Llegó a las 7, pero nadie esperaba.', [['time', '07:00', undefined, 'exact']]],
      ['a las 7 personas', [['quantity', 7, 'personas', 'exact']]],
    ],
  },
  pt: {
    [BARE_HOUR]: [
      ['Chegou às 7, mas ninguém esperava.', [['time', '07:00', undefined, 'exact']]],
    ],
  },
  id: {
    'the marks of an enumeration, (1), (2), (3) before words, are no figures; counts in brackets stay': [
      ['Manifestasi klinis: (1) demam dan/atau gejala pernapasan; (2) fitur pencitraan infeksi COVID-19; (3) total hitung sel darah putih.', []],
      ['Kasus: Spanyol (12), Italia (7) dan Prancis (8).', [['number', 12, undefined, 'exact'], ['number', 7, undefined, 'exact'], ['number', 8, undefined, 'exact']]],
    ],
  },
  en: {
    'the marks of an enumeration, (1), (2), (3) before words, are no figures; counts in brackets stay': [
      ['The criteria are: (1) fever; (2) cough; (3) a low count of 3 cells.', [['quantity', 3, 'cells', 'exact']]],
      ['Spain (12), Italy (7) and France (8) reported cases.', [['number', 12, undefined, 'exact'], ['number', 7, undefined, 'exact'], ['number', 8, undefined, 'exact']]],
      // one mark alone is no enumeration
      ['He scored (2) goals.', [['number', 2, undefined, 'exact']]],
    ],
    'three or more digit groups joined by hyphens are a telephone number, an address or a code; an ISO date stays': [
      ['Call 06-6365-6038 or visit 1-10-8 Nishi-Tenma.', []],
      ['On 2020-01-27 the score was 3-2.', [['date', '2020-01-27', undefined, 'exact'], ['number', 3, undefined, 'exact'], ['number', 2, undefined, 'exact']]],
      ['pages 10-12', [['range', [10, 12], undefined, 'exact']]],
    ],
  },
  fr: {
    'a number alone in quotation marks is a label or a title': [
      ['"Nous ajoutons "2012" pour avoir la possibilité de donner le cours à nouveau", a déclaré le professeur.', []],
      ['le film « 1917 » est sorti en 2019', [['year', 2019, undefined, 'exact']]],
      ['"Nous avons 4 enfants", dit-il.', [['quantity', 4, 'enfants', 'exact']]],
    ],
  },
  zh: {
    'a number alone in quotation marks is a label or a title': [
      ['电影《1917》和「1917」', []],
    ],
  },
  ja: {
    'a number alone in quotation marks is a label or a title': [
      ['映画「1917」は3時間だ。', [['quantity', 3, 'h', 'exact']]],
    ],
    'three or more digit groups joined by hyphens are a telephone number, an address or a code; an ISO date stays': [
      ['申請代理人は吉田大地弁護士（大阪府大阪市北区西天満1-10-8、吉田大地法律事務所、電話06-6365-6038）ほか1名。', [['quantity', 1, '名', 'exact']]],
      ['2024-07-26に', [['date', '2024-07-26', undefined, 'exact']]],
    ],
  },
  de: {
    'a number alone in quotation marks is a label or a title': [
      ['Das Album „1989“ erschien vor 5 Jahren.', [['quantity', 5, 'yr', 'exact']]],
    ],
    [FIRST_TIME]: [
      ['Die AfD wäre mit 14 Prozent erstmals im Abgeordnetenhaus vertreten.', [['percent', 14, undefined, 'exact'], ['ordinal', 1, undefined, 'exact']]],
      ['die erstmalige Teilnahme, erstmalig 2019', [['ordinal', 1, undefined, 'exact'], ['ordinal', 1, undefined, 'exact'], ['year', 2019, undefined, 'exact']]],
      ['zum ersten Mal', [['ordinal', 1, undefined, 'exact']]],
    ],
  },
  ru: {
    [FIRST_TIME]: [
      ['Англичанин Илс с нетерпением ожидает возможности впервые отстоять чемпионский титул.', [['ordinal', 1, undefined, 'exact']]],
      ['впервые за 10 лет', [['ordinal', 1, undefined, 'exact'], ['quantity', 10, 'yr', 'exact']]],
    ],
  },
  fi: {
    [FIRST_TIME]: [
      ['Hän voitti ensi kertaa.', [['ordinal', 1, undefined, 'exact']]],
      // "ensi" alone is "next"
      ['ensi viikolla', []],
    ],
  },
  la: {
    'a cardinal word after "annis" counts years: the unit stands before its number, no decade': [
      ['Vita incipit annis quadraginta.', [['quantity', 40, 'yr', 'exact']]],
      ['in annis 1960', [['range', [1960, 1969], undefined, 'exact']]],
    ],
    'hebdomada in the first declension is a week': [
      ['Thomas tribus abhinc hebdomadis ab urbe profectus est.', [['quantity', 3, 'wk', 'exact']]],
      ['duas hebdomadas', [['quantity', 2, 'wk', 'exact']]],
    ],
  },
  sa: {
    'a number alone in quotation marks is a label or a title': [
      ['हिंसक वीडियो गेमयोनां एक डिक्ल रीडिंग "18" वार्षियेन सह सूचनाया आवश्यकः अस्ति ।', []],
    ],
    'a declined "एक" before a noun is the indefinite article; before a unit or a scale it is 1': [
      ['प्रदर्शने पंच मिनटे एकः वायुः अगच्छति।', [['quantity', 5, 'min', 'exact']]],
      ['एका नदी अस्ति। एकं पुस्तकम्।', []],
      ['एकः घण्टा', [['quantity', 1, 'h', 'exact']]],
      ['एकं सहस्रम्', [['number', 1000, undefined, 'exact']]],
      ['तस्य द्वौ पुत्रौ स्तः', [['quantity', 2, 'पुत्रौ', 'exact']]],
    ],
    'the spellings षड् (six before a voiced sound) and पंच (five, with the anusvara)': [
      ['यस्य कारणेन षड् अग्नि घटनाः एवं चतुरः जनान् अल्पः ज्वलनः भवति।', [['quantity', 6, 'अग्नि', 'exact'], ['quantity', 4, 'जनान्', 'exact']]],
      ['पंच मिनटे', [['quantity', 5, 'min', 'exact']]],
      ['पंचविंशतिः जनाः', [['quantity', 25, 'जनाः', 'exact']]],
      ['पंचसहस्रम्', [['number', 5000, undefined, 'exact']]],
      ['षड्भिः जनैः', [['quantity', 6, 'जनैः', 'exact']]],
    ],
  },
};

for (const [lang, groups] of Object.entries(cases)) {
  describe(`figures on the second development gold: ${lang}`, () => {
    for (const [name, rows] of Object.entries(groups)) {
      it(name, () => {
        for (const [text, expected] of rows) expect(figureRows(text, lang), text).toEqual(expected);
      });
    }
  });
}

describe('numbers inside codes: no figures, but numbers at the number level (readNumberValues inCodes)', () => {
  const values = (text: string, lang: string, inCodes: boolean) => readNumberValues(text, lang, { inCodes }).map((n) => n.value);
  it('reads the digit groups of a telephone number and a list mark only when asked', () => {
    expect(values('My phone number is +1-222-2222/2222', 'en', false)).toEqual([2222]);
    expect(values('My phone number is +1-222-2222/2222', 'en', true)).toEqual([1, 222, 2222, 2222]);
    expect(values('Mon numéro de téléphone est le +1-222-2222/2222', 'fr', true)).toEqual([1, 222, 2222, 2222]);
    expect(values('(1) fever; (2) cough', 'en', true)).toEqual([1, 2]);
  });
  it('reads a number quoted alone by the language, not digit group by digit group', () => {
    expect(values('le film « 1917,5 » est sorti', 'fr', false)).toEqual([]);
    expect(values('le film « 1917,5 » est sorti', 'fr', true)).toEqual([1917.5]);
  });
  it('leaves web and e-mail addresses out', () => {
    expect(values('see https://example.org/2019/05/1-2-3 now', 'en', true)).toEqual([]);
  });
});
