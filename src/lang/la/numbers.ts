// Latin figure knowledge. Latin is not in ICU/CLDR, so the separators are the project's own
// choice, documented here: a full stop groups thousands and a comma marks decimals
// (15.000; 0,7449), as in the Italian usage of the Holy See's Latin publications. Numbers
// words follow classical usage with the neo-Latin scales modern Latin news uses
// ("decies centena milia" and "milio" for a million, "miliardum" for a thousand millions).

import { each, inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';

/** Endings of the first and second declension: hundreds and ordinals decline as adjectives do. */
const ADJECTIVE = ['us', 'a', 'um', 'i', 'ae', 'o', 'am', 'os', 'as', 'orum', 'arum', 'is', 'e'];
const PLURAL = ['i', 'ae', 'a', 'orum', 'arum', 'is', 'os', 'as'];
const TENS: Record<string, number> = { viginti: 20, triginta: 30, quadraginta: 40, quinquaginta: 50, sexaginta: 60, septuaginta: 70, octoginta: 80, nonaginta: 90 };

/** 18, 28 … 98 and 19 … 99 said by subtraction: "duodetriginta" (two from thirty), "undequadraginta". */
function subtractive(): Record<string, number> {
  const out: Record<string, number> = { undecentum: 99, duodecentum: 98 };
  for (const [tens, value] of Object.entries(TENS)) {
    out[`duode${tens}`] = value - 2;
    out[`unde${tens}`] = value - 1;
  }
  return out;
}

/** Ordinal stems ("prim-us", "vicesim-us", "millesim-us"); a compound ordinal is a chain ("vicesimus secundus"). */
const ORDINAL_STEMS: Record<string, number> = {
  prim: 1, secund: 2, terti: 3, quart: 4, quint: 5, sext: 6, septim: 7, octav: 8, non: 9, decim: 10, undecim: 11,
  duodecim: 12, duodevicesim: 18, undevicesim: 19, duodevigesim: 18, undevigesim: 19, vicesim: 20, vigesim: 20,
  tricesim: 30, trigesim: 30, quadragesim: 40, quinquagesim: 50, sexagesim: 60, septuagesim: 70, octogesim: 80,
  nonagesim: 90, centesim: 100, ducentesim: 200, trecentesim: 300, quadringentesim: 400, quingentesim: 500,
  sescentesim: 600, sexcentesim: 600, septingentesim: 700, octingentesim: 800, nongentesim: 900, millesim: 1000,
  'bis millesim': 2000,
};

export const numbers: NumberLanguage = {
  separators: { group: '.', decimal: ',' },
  words: {
    // "nihil" (nothing) and "nullus" (no one) are no zero figure: "post mortem nihil est".
    unus: 1, una: 1, unum: 1, duo: 2, duae: 2, tres: 3, tria: 3, quattuor: 4, quinque: 5,
    // the older spelling with one t, common in printed Latin ("ex quatuor elementis")
    quatuor: 4, quatuordecim: 14,
    sex: 6, septem: 7, octo: 8, novem: 9, decem: 10, undecim: 11, duodecim: 12, tredecim: 13, quattuordecim: 14,
    quindecim: 15, sedecim: 16, septendecim: 17, septemdecim: 17, duodeviginti: 18, undeviginti: 19, ...TENS, centum: 100,
    ...subtractive(),
    // Case forms of 1–3 (4–100 do not decline): "trium industriarum", "tribus annis", "duobus annis".
    unius: 1, uni: 1, uno: 1, unam: 1, unae: 1, duorum: 2, duarum: 2, duobus: 2, duabus: 2, duos: 2, duas: 2,
    trium: 3, tribus: 3,
    // The hundreds decline as plural adjectives: "quingentos annos", "trecentorum cubitorum".
    ...inflect({ ducent: 200, trecent: 300, quadringent: 400, quingent: 500, sescent: 600, sexcent: 600, septingent: 700, octingent: 800, nongent: 900 }, PLURAL),
    mille: 1000,
    // Distributives, "so many each" ("insectis seni pedes sunt", six legs each; "bini", two by two): the count.
    // "singuli" (one each, every one) and "senis" (of the old man) are left out.
    ...inflect({ bin: 2, tern: 3, quatern: 4, quin: 5, septen: 7, octon: 8, noven: 9, den: 10, vicen: 20, tricen: 30, quadragen: 40, quinquagen: 50 }, PLURAL),
    seni: 6, senae: 6, sena: 6, senos: 6, senas: 6, senorum: 6, senarum: 6,
  },
  // Multiplicatives: how many times ("bis in anno", twice a year; "decies", ten times).
  multiples: {
    semel: 1, bis: 2, ter: 3, quater: 4, quinquies: 5, quinquiens: 5, sexies: 6, sexiens: 6, septies: 7, septiens: 7, octies: 8, octiens: 8,
    novies: 9, noviens: 9, decies: 10, deciens: 10, undecies: 11, duodecies: 12, vicies: 20, viciens: 20, tricies: 30, quadragies: 40,
    quinquagies: 50, centies: 100, centiens: 100, millies: 1000, miliens: 1000, milliens: 1000,
  },
  hundreds: [],
  scales: {
    milia: 1e3, milium: 1e3, milibus: 1e3, millia: 1e3, millium: 1e3, millibus: 1e3, 'centena milia': 1e5,
    'decies centena milia': 1e6, milio: 1e6, miliones: 1e6, millio: 1e6, milliones: 1e6, miliardum: 1e9, miliarda: 1e9,
  },
  standalone: ['centum', 'mille'],
  connectors: ['et'],
  connectorAfter: ['tens', 'hundred'],
  // "unum et triginta" (31): a unit, "et" and the tens
  unitsBeforeTens: ['et'],
  indefinite: [],
  fractions: { dimidium: 2, dimidia: 2, tertia: 3, quarta: 4 },
  halves: { dimidium: 0.5, dimidia: 0.5 },
  decimalWords: [],
  minusWords: ['minus'],
  percent: ['per centum', 'pro centum', 'centesimae', 'centesimas', '%'],
  percentPoints: ['puncta centesimalia'],
  qualifiers: {
    // more words for about, before the number (issue 11, approximation added or dropped)
    'plus minus': 'approx', quasi: 'approx',
    circiter: 'approx', fere: 'approx', ferme: 'approx', paene: 'approx', prope: 'approx', circa: 'approx',
    'plus quam': 'over', 'plures quam': 'over', amplius: 'over', 'amplius quam': 'over',
    'haud minus quam': 'min', 'non amplius quam': 'max', 'haud plus quam': 'max',
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
  range: { from: ['ab', 'a', 'ex'], between: ['inter'], to: ['ad', 'usque ad', '-', '–', '—', '~'], and: ['et'] },
  boundJoiners: ['et', ',', 'sed'],
  currencies: {
    euro: 'EUR', euronum: 'EUR', euronis: 'EUR', eurones: 'EUR', 'nummi euronici': 'EUR', 'nummorum euronicorum': 'EUR',
    dollarium: 'USD', dollaria: 'USD', dollariorum: 'USD', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', libra: 'GBP',
    librae: 'GBP',

    // Nummi Romani (issue 11): denarius, sestertius, aureus; argenteus sine nomine certo. "Nummus" quemlibet nummum dicit ("nummi euronici"): non legitur.
    ...inflect({ denari: 'denarius' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']), ...inflect({ sesterti: 'sestertius' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']),
    sestertium: 'sestertius', ...inflect({ aure: 'aureus' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']),
    ...inflect({ argente: 'denarius' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']),
    // Nummi hodierni: francus, rublus, rupia, corona; dollarium et libra familiae sunt.
    ...inflect({ franc: 'CHF' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']), ...inflect({ rubl: 'RUB' }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']),
    ...inflect({ rupi: 'INR' }, ['a', 'ae', 'am', 'arum', 'is', 'as']), libras: 'GBP', librarum: 'GBP', libris: 'GBP', dollariis: 'USD', dollarios: 'USD', dollarii: 'USD',
  },
  currencyFamilies: {
    ...each(inflect({ argente: true }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']), ['denarius', 'sestertius']),
    ...each(['dollarium', 'dollaria', 'dollariorum', 'dollariis', 'dollarios', 'dollarii'], 'Dollar'), ...each(['libra', 'librae', 'libras', 'librarum', 'libris'], 'Pound'),
    ...each(inflect({ franc: true }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']), 'Franc'), ...each(inflect({ rubl: true }, ['us', 'i', 'o', 'um', 'orum', 'is', 'os']), 'Ruble'),
    ...each(inflect({ rupi: true }, ['a', 'ae', 'am', 'arum', 'is', 'as']), ['Rupee', 'Rupiah']),
  },
  units: {
    annus: 'yr', anni: 'yr', annum: 'yr', anno: 'yr', annos: 'yr', annis: 'yr', annorum: 'yr',
    mensis: 'mo', mensem: 'mo', mense: 'mo', menses: 'mo', mensibus: 'mo', mensium: 'mo',
    hebdomas: 'wk', hebdomadem: 'wk', hebdomade: 'wk', hebdomades: 'wk', hebdomadas: 'wk', hebdomadibus: 'wk', hebdomadum: 'wk',
    // the first declension beside the third: "tribus abhinc hebdomadis" (three weeks ago)
    hebdomada: 'wk', hebdomadam: 'wk', hebdomadae: 'wk', hebdomadis: 'wk', hebdomadarum: 'wk',
    dies: 'd', diem: 'd', diebus: 'd', dierum: 'd', die: 'd', diei: 'd',
    hora: 'h', horam: 'h', horae: 'h', horas: 'h', horis: 'h', horarum: 'h',
    minutum: 'min', minuta: 'min', minutis: 'min', minutorum: 'min', minutas: 'min', minutae: 'min',
    saeculum: 'cent', saecula: 'cent', saeculi: 'cent', saeculis: 'cent', saeculorum: 'cent', saeculo: 'cent',
    pes: 'ft', pedes: 'ft', pedum: 'ft', pedibus: 'ft', libra: 'lb', librae: 'lb', libras: 'lb', libris: 'lb', librarum: 'lb',
    chiliometra: 'km', chiliometrorum: 'km', chiliometris: 'km', metra: 'm', metrorum: 'm', metris: 'm',
    'metra quadrata': 'm²', hectarium: 'ha', litra: 'l', chiliogrammata: 'kg', chiliogrammatum: 'kg', tonnae: 't',
    petaflops: 'P',
  },
  ordinals: inflect(ORDINAL_STEMS, ADJECTIVE),
  // "secundum legem": according to the law. Latin has no articles, so it is never read as an ordinal.
  ambiguousOrdinals: ['secundum'],
  romanNumerals: true,
  romanBefore: ['saeculum', 'saeculo', 'saeculi'],
  romanAfter: ['saeculum', 'saeculo', 'saeculi'],
  yearWords: ['anno', 'anni', 'annum', 'annus'],
  unitBefore: true,
  // "in annis 1960": the sixties (in words an ordinal, "annis sexagesimis"; with a cardinal word the
  // unit stands before its count, as Latin puts it: "annis quadraginta", at forty years).
  decadeBefore: ['annis', 'in annis'],
  // Ages said in one word: "centenarius" (a hundred years old), "quadragenarius", "anniculus" (a year old).
  quantityWords: {
    'centenari*': [100, 'yr'], 'nonagenari*': [90, 'yr'], 'octogenari*': [80, 'yr'], 'septuagenari*': [70, 'yr'], 'sexagenari*': [60, 'yr'],
    'quinquagenari*': [50, 'yr'], 'quadragenari*': [40, 'yr'], 'tricenari*': [30, 'yr'], 'anniculus': [1, 'yr'], 'annicula': [1, 'yr'], 'anniculum': [1, 'yr'],
  },
  // Names from ordinals: "Quintus", "Sextus", "Decimus", "Tertia" written with a capital inside a sentence.
  capitalNames: [
    ...['Quint', 'Sext', 'Decim', 'Septim', 'Terti', 'Secund', 'Prim'].flatMap((stem) => ['us', 'i', 'o', 'um', 'a', 'ae', 'am'].map((ending) => stem + ending)),
  ],
  countedNoun: 'next',
  // "anno 753 a.C.n.", "DCCLIII ante Christum natum": an era after the number makes it a year.
  eraAfter: ['a . c . n .', 'a . chr . n .', 'p . c . n .', 'p . chr . n .', 'ante christum natum', 'post christum natum', 'a . u . c .', 'ab urbe condita'],
  vagueQuantities: ['aliquot', 'nonnulli', 'nonnullae', 'nonnulla', 'complures', 'plures'],
  stopWords: ['et', 'in', 'ad', 'cum', 'de', 'ex', 'a', 'ab', 'per', 'pro', 'est', 'sunt', 'non', 'quae', 'qui', 'quod', 'ut', 'sed', 'vel', 'aut'],
};
