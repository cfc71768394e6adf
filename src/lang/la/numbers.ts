// Latin figure knowledge. Latin is not in ICU/CLDR, so the separators are the project's own
// choice, documented here: a full stop groups thousands and a comma marks decimals
// (15.000; 0,7449), as in the Italian usage of the Holy See's Latin publications. Numbers
// words follow classical usage with the neo-Latin scales modern Latin news uses
// ("decies centena milia" and "milio" for a million, "miliardum" for a thousand millions).

import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  separators: { group: '.', decimal: ',' },
  words: {
    nihil: 0, nullus: 0, unus: 1, una: 1, unum: 1, duo: 2, duae: 2, tres: 3, tria: 3, quattuor: 4, quinque: 5,
    sex: 6, septem: 7, octo: 8, novem: 9, decem: 10, undecim: 11, duodecim: 12, tredecim: 13, quattuordecim: 14,
    quindecim: 15, sedecim: 16, septendecim: 17, duodeviginti: 18, undeviginti: 19, viginti: 20, triginta: 30,
    quadraginta: 40, quinquaginta: 50, sexaginta: 60, septuaginta: 70, octoginta: 80, nonaginta: 90, centum: 100,
    ducenti: 200, ducentae: 200, ducenta: 200, trecenti: 300, trecentae: 300, trecenta: 300, quadringenti: 400,
    quingenti: 500, sescenti: 600, septingenti: 700, octingenti: 800, nongenti: 900, mille: 1000,
    // Case forms of 1–3 (4–100 do not decline): "trium industriarum", "tribus annis", "duobus annis".
    unius: 1, uni: 1, uno: 1, unam: 1, unae: 1, duorum: 2, duarum: 2, duobus: 2, duabus: 2, duos: 2, duas: 2,
    trium: 3, tribus: 3,
  },
  hundreds: [],
  scales: {
    milia: 1e3, milium: 1e3, 'centena milia': 1e5, 'decies centena milia': 1e6, milio: 1e6, miliones: 1e6,
    millio: 1e6, milliones: 1e6, miliardum: 1e9, miliarda: 1e9,
  },
  standalone: ['centum', 'mille'],
  connectors: ['et'],
  connectorAfter: ['tens', 'hundred'],
  indefinite: [],
  fractions: { dimidium: 2, dimidia: 2, tertia: 3, quarta: 4 },
  halves: { dimidium: 0.5, dimidia: 0.5 },
  decimalWords: [],
  minusWords: ['minus'],
  percent: ['per centum', 'pro centum', 'centesimae', 'centesimas', '%'],
  percentPoints: ['puncta centesimalia'],
  qualifiers: {
    circiter: 'approx', fere: 'approx', prope: 'approx', 'plus quam': 'over', amplius: 'over', ultra: 'over',
    'minus quam': 'under', infra: 'under', 'non minus quam': 'min', saltem: 'min', 'ad minimum': 'min',
    'usque ad': 'max', 'non plus quam': 'max', 'ad summum': 'max', 'prorsus': 'exact',
  },
  postQualifiers: {
    'vel plus': 'min', 'aut plures': 'min', 'vel minus': 'max',
    // The verb closes the clause: "… 20.000 P (iam) excessit / excessisse / superavit".
    excedit: 'over', excedunt: 'over', excessit: 'over', excesserunt: 'over', excessisse: 'over',
    superat: 'over', superant: 'over', superavit: 'over', superaverunt: 'over', superasse: 'over', superavisse: 'over',
    'iam excessit': 'over', 'iam excesserunt': 'over', 'iam excessisse': 'over', 'iam superavit': 'over', 'iam superasse': 'over',
  },
  range: { from: ['ab', 'a', 'ex'], between: ['inter'], to: ['ad', 'usque ad', '-', '–', '—'], and: ['et'] },
  boundJoiners: ['et', ',', 'sed'],
  currencies: {
    euro: 'EUR', euronum: 'EUR', euronis: 'EUR', eurones: 'EUR', 'nummi euronici': 'EUR', 'nummorum euronicorum': 'EUR',
    dollarium: 'USD', dollaria: 'USD', dollariorum: 'USD', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', libra: 'GBP',
    librae: 'GBP',
  },
  units: {
    annus: 'yr', anni: 'yr', annos: 'yr', annis: 'yr', annorum: 'yr', mensis: 'mo', menses: 'mo', mensibus: 'mo', mensium: 'mo', hebdomas: 'wk', hebdomades: 'wk', dies: 'd', diebus: 'd', dierum: 'd', hora: 'h', horae: 'h', horas: 'h', horis: 'h', horarum: 'h',
    chiliometra: 'km', chiliometrorum: 'km', chiliometris: 'km', metra: 'm', metrorum: 'm', metris: 'm',
    'metra quadrata': 'm²', hectarium: 'ha', litra: 'l', chiliogrammata: 'kg', chiliogrammatum: 'kg', tonnae: 't',
    petaflops: 'P',
  },
  countedNoun: 'next',
  vagueQuantities: ['aliquot', 'nonnulli', 'nonnullae', 'nonnulla', 'complures', 'plures'],
  stopWords: ['et', 'in', 'ad', 'cum', 'de', 'ex', 'a', 'ab', 'per', 'pro', 'est', 'sunt', 'non', 'quae', 'qui', 'quod', 'ut', 'sed', 'vel', 'aut'],
};
