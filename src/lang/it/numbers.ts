// Italian figure knowledge: number words written as one word ("duemilaventiquattro",
// "ventitré", elided "ventuno", "centottanta"), scales, qualifiers, percent, currency and
// unit words.

import { inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';

const TENS: Record<string, number> = { venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90 };
const UNIT_ORDINALS: Record<string, number> = { unesim: 1, duesim: 2, treesim: 3, quattresim: 4, cinquesim: 5, seiesim: 6, settesim: 7, ottesim: 8, novesim: 9 };

/** Ordinal stems from 21 to 99: "ventunesim-", "trentottesim-" (the tens lose their vowel before uno and otto). */
function compoundOrdinals(): Record<string, number> {
  const stems: Record<string, number> = {};
  for (const [tens, value] of Object.entries(TENS)) {
    for (const [unit, add] of Object.entries(UNIT_ORDINALS)) stems[(unit.startsWith('u') || unit.startsWith('o') ? tens.slice(0, -1) : tens) + unit] = value + add;
  }
  return stems;
}

export const numbers: NumberLanguage = {
  words: {
    zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
    dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17,
    diciotto: 18, diciannove: 19, venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70,
    ottanta: 80, novanta: 90, "vent'": 20, "trent'": 30, "quarant'": 40, "cinquant'": 50, "sessant'": 60,
    "settant'": 70, "ottant'": 80, "novant'": 90,
  },
  // Tens drop their vowel before "uno" and "otto": "ventuno", "trentotto".
  morphemes: { vent: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60, settant: 70, ottant: 80, novant: 90 },
  compounds: true,
  hundreds: ['cento', 'cent'],
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { decine: 10, centinaia: 100, migliaia: 1e3, milioni: 1e6, miliardi: 1e9 },
  magnitudeLinkers: ['di'],
  scales: {
    mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, bilione: 1e12, bilioni: 1e12,
    trilione: 1e18, trilioni: 1e18, mln: 1e6, 'mln .': 1e6, mld: 1e9, 'mld .': 1e9, mrd: 1e9,
  },
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, b: 1e9 },
  standalone: ['cento', 'mille', 'metà'],
  connectors: ['e'],
  connectorAfter: ['hundred', 'scale'],
  mixedAfterConnector: true,
  // "uno" is the article before s + consonant, z, ps, gn, x ("uno sviluppo", "uno tsunami"), and a pronoun
  // alone ("uno dei pochi", "uno nuovo"): 1 only before a scale, fraction or unit, as "un".
  indefinite: ['un', 'una', "un'", 'uno'],
  fractions: {
    terzo: 3, terzi: 3, quarto: 4, quarti: 4, quinto: 5, quinti: 5, sesto: 6, sesti: 6, settimo: 7, settimi: 7,
    ottavo: 8, ottavi: 8, nono: 9, noni: 9, decimo: 10, decimi: 10, centesimo: 100, millesimo: 1e3, millesimi: 1e3,
    milionesimo: 1e6, milionesimi: 1e6, miliardesimo: 1e9, mezzi: 2,
  },
  pluralFractions: ['mezzi'],
  halves: {
    // "la terza parte": a third, a fraction in two words
    'terza parte': 1 / 3, 'quarta parte': 1 / 4, 'quinta parte': 1 / 5, 'decima parte': 1 / 10,
    mezzo: 0.5, mezza: 0.5, metà: 0.5 },
  fractionSuffixes: ['esimo', 'esimi', 'esima', 'esime'],
  fractionOver: ['su'],
  dozens: { dozzina: 12, dozzine: 12 },
  // "deux semaines et demie", "una hora y media": a half after the unit
  unitHalves: ['e mezzo', 'e mezza'],
  // "une vingtaine de", "un centinaio di": about twenty, about a hundred
  approxCollectives: { decina: 10, decine: 10, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, sessantina: 60, settantina: 70, ottantina: 80, novantina: 90, centinaio: 100, centinaia: 100, migliaio: 1000, migliaia: 1000 },
  decimalWords: ['virgola', 'punto'],
  minusWords: ['meno', 'negativo'],
  percent: ['percento', 'per cento', 'percentuale', '%'],
  percentPoints: ['punti percentuali', 'punto percentuale'],
  // "fino a 70 anni": until that age, or up to 70 years
  durationBounds: ['fino a', 'fino al', 'fino ai'],
  qualifiers: {
    // "neither more nor less than": exactly, though it holds the words of both bounds
    'niente più e niente meno di': 'exact', 'niente di più e niente di meno di': 'exact', 'né più né meno di': 'exact', 'non più e non meno di': 'exact',
    // more words for about, before the number (issue 11, approximation added or dropped)
    pressoché: 'approx', 'grosso modo': 'approx', 'ca .': 'approx', 'intorno alle': 'approx', 'attorno ai': 'approx', 'attorno alle': 'approx',
    circa: 'approx', "all'incirca": 'approx', 'intorno a': 'approx', 'attorno a': 'approx', 'intorno ai': 'approx',
    approssimativamente: 'approx', 'quasi': 'approx',
    oltre: 'over', 'più di': 'over', 'superiore a': 'over', 'maggiore di': 'over', 'più grande di': 'over',
    'sopra i': 'over', 'sopra': 'over', 'al di sopra di': 'over', 'più in alto del': 'over', 'più alto di': 'over',
    'meno di': 'under', 'inferiore a': 'under', 'minore di': 'under', 'più piccolo di': 'under', 'sotto i': 'under',
    'al di sotto di': 'under', 'più in basso del': 'under', 'più basso di': 'under',
    almeno: 'min', 'non meno di': 'min', 'non inferiore a': 'min', 'maggiore o uguale a': 'min',
    'più grande o uguale a': 'min', 'uguale o maggiore di': 'min', 'come minimo': 'min', '>=': 'min', '≥': 'min',
    'fino a': 'max', 'al massimo': 'max', 'al più': 'max', 'non più di': 'max', 'non superiore a': 'max',
    'minore o uguale a': 'max', 'minori o uguali a': 'max', 'più piccoli o uguali a': 'max', 'maggiori o uguali a': 'min',
    'più grandi o uguali a': 'min', 'non è inferiore a': 'min', 'non è superiore a': 'max', 'maggiori di': 'over',
    'minori di': 'under', 'superiori a': 'over', 'inferiori a': 'under', 'più piccolo o uguale a': 'max', 'uguale o minore di': 'max', '<=': 'max',
    '< =': 'max', '≤': 'max', '>': 'over', '<': 'under',
    'uguale a': 'exact', esattamente: 'exact', '=': 'exact',
    indicativamente: 'approx', 'pressappoco': 'approx', 'più o meno': 'approx', 'poco più di': 'over', 'poco meno di': 'under',
    // "di" and "a" with the article written as one: "più del 50 %", "fino al 30 %".
    'più del': 'over', 'meno del': 'under', 'oltre il': 'over', 'fino al': 'max', 'intorno al': 'approx', 'attorno al': 'approx',
    'circa il': 'approx', 'quasi il': 'approx', 'nemmeno': 'under', 'neanche': 'under',
  },
  articles: ['la', 'il', 'i', 'le', 'lo', 'gli', "l'"],
  // "alle 9:30 circa", "100 circa": "circa" after the number is about it too.
  postQualifiers: { 'più o meno': 'approx', 'o giù di lì': 'approx', 'o più': 'min', 'e più': 'min', 'o meno': 'max', circa: 'approx', 'all\'incirca': 'approx', 'almeno': 'min' },
  range: { from: ['da', 'dal', 'dai', 'dalle', 'dagli'], between: ['tra', 'fra', 'compreso tra'], to: ['a', 'al', 'ai', 'alle', 'fino a', '-', '–', '—', '~'], and: ['e'] },
  boundJoiners: ['e', ',', 'ma', ', ma'],
  scaleLinkers: ['di'],
  currencies: {
    // Le corone ceche, svedesi, norvegesi, danesi.
    'corona ceca': 'CZK', 'corone ceche': 'CZK', 'kč': 'CZK', 'corona svedese': 'SEK', 'corone svedesi': 'SEK', 'corona norvegese': 'NOK', 'corone norvegesi': 'NOK',
    'corona danese': 'DKK', 'corone danesi': 'DKK',
    euro: 'EUR', dollaro: 'USD', dollari: 'USD', 'dollari americani': 'USD', 'dollari statunitensi': 'USD',
    'dollari usa': 'USD', 'dollaro statunitense': 'USD', 'dollari canadesi': 'CAD', 'dollaro canadese': 'CAD',
    'dollari australiani': 'AUD', 'dollari di hong kong': 'HKD', sterlina: 'GBP', sterline: 'GBP',
    'lira sterlina': 'GBP', 'lire sterline': 'GBP', lira: 'ITL', lire: 'ITL', 'lira turca': 'TRY', 'lire turche': 'TRY',
    franco: 'CHF', franchi: 'CHF', 'franchi svizzeri': 'CHF', 'franco svizzero': 'CHF', 'franchi francesi': 'FRF',
    yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupia: 'INR', rupie: 'INR', 'rupie indiane': 'INR', rublo: 'RUB',
    rubli: 'RUB', peso: 'MXN', pesos: 'MXN', 'pesos messicani': 'MXN', peseta: 'ESP', pesetas: 'ESP',
    centesimi: 'cent', cent: 'cent', 'marchi finlandesi': 'FIM', 'marco finlandese': 'FIM', fiorino: 'NLG',
    fiorini: 'NLG', 'fiorini olandesi': 'NLG', penny: 'penny', pence: 'pence', bitcoin: 'BTC', usd: 'USD', eur: 'EUR',

    // Le famiglie nominate con una sola parola (issue 11): quale franco, quale corona, quale rupia.
    'franchi cfa': 'XOF', 'franco cfa': 'XOF', 'franchi belgi': 'BEF', 'franco belga': 'BEF', 'franco francese': 'FRF',
    corona: 'SEK', corone: 'SEK', 'corone islandesi': 'ISK', 'sterline egiziane': 'EGP', 'lire egiziane': 'EGP', 'rupie pakistane': 'PKR',
    'rupie indonesiane': 'IDR', 'pesos argentini': 'ARS', 'peso argentino': 'ARS', 'pesos cileni': 'CLP', 'pesos colombiani': 'COP', 'pesos filippini': 'PHP',
    'rubli bielorussi': 'BYN', grivnia: 'UAH', grivnie: 'UAH', grivna: 'UAH', grivne: 'UAH', tenge: 'KZT', naira: 'NGN', won: 'KRW',
    denaro: 'denarius', denari: 'denarius', sesterzio: 'sestertius', sesterzi: 'sestertius',
  },
  currencyFamilies: {
    dollaro: 'Dollar', dollari: 'Dollar', franco: 'Franc', franchi: 'Franc', 'franchi cfa': ['XOF', 'XAF'], 'franco cfa': ['XOF', 'XAF'],
    corona: 'Krona', corone: 'Krona', lira: ['Lira', 'Pound'], lire: ['Lira', 'Pound'], rupia: ['Rupee', 'Rupiah'], rupie: ['Rupee', 'Rupiah'],
    rublo: 'Ruble', rubli: 'Ruble', peso: 'Peso', pesos: 'Peso', won: 'Won',
  },
  units: {
    // light-years, before the years they begin with
    'anno luce': 'ly', 'anni luce': 'ly',
    // temperatures: "30 degrees Celsius" is °C; "30 degrees" alone stays a degree
    'gradi celsius': '°C', 'gradi centigradi': '°C', 'grado celsius': '°C', 'gradi fahrenheit': '°F',
    decennio: 'dec', decenni: 'dec',
    anno: 'yr', anni: 'yr', mese: 'mo', mesi: 'mo', settimana: 'wk', settimane: 'wk', giorno: 'd', giorni: 'd', ora: 'h', ore: 'h', minuto: 'min', minuti: 'min', secondo: 's', secondi: 's',
    'punti': 'pt',
    chilometro: 'km', chilometri: 'km', metro: 'm', metri: 'm', decimetro: 'dm', decimetri: 'dm', centimetro: 'cm',
    centimetri: 'cm', millimetro: 'mm', millimetri: 'mm', micrometro: 'µm', micrometri: 'µm', nanometro: 'nm',
    nanometri: 'nm', miglio: 'mi', miglia: 'mi', piede: 'ft', piedi: 'ft', pollice: 'in', pollici: 'in', iarda: 'yd',
    iarde: 'yd', 'metro quadrato': 'm²', 'metri quadrati': 'm²', 'metri quadri': 'm²', 'chilometro quadrato': 'km²',
    'chilometri quadrati': 'km²', ettaro: 'ha', ettari: 'ha', acro: 'ac', acri: 'ac', 'metro cubo': 'm³',
    'metri cubi': 'm³', 'piedi cubi': 'ft³', 'piede cubo': 'ft³', litro: 'l', litri: 'l', millilitro: 'ml', millilitri: 'ml', gallone: 'gal',
    galloni: 'gal', barile: 'bbl', barili: 'bbl', grammo: 'g', grammi: 'g', chilogrammo: 'kg', chilogrammi: 'kg',
    chilo: 'kg', chili: 'kg', milligrammo: 'mg', milligrammi: 'mg', microgrammo: 'µg', microgrammi: 'µg',
    tonnellata: 't', tonnellate: 't', 'tonnellata metrica': 'tm', 'tonnellate metriche': 'tm', libbra: 'lb',
    libbre: 'lb', oncia: 'oz', once: 'oz', grado: 'deg', gradi: 'deg', radiante: 'rad', radianti: 'rad', giro: 'turn',
    giri: 'turn', cucchiaino: 'tsp', cucchiaini: 'tsp', cucchiaio: 'tbsp', cucchiai: 'tbsp', tazza: 'cup', tazze: 'cup',
    bit: 'bit', byte: 'B', kilobyte: 'kB', megabyte: 'MB', gigabyte: 'GB', terabyte: 'TB',
    'chilometri orari': 'km/h', "chilometri all'ora": 'km/h', 'chilometri per ora': 'km/h', 'metri al secondo': 'm/s',
    'miglia orarie': 'mph', "miglia all'ora": 'mph', "km all'ora": 'km/h', 'km orari': 'km/h',  watt: 'W', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW',
    petaflops: 'P',
  },
  ordinalSuffixes: ['º', 'ª', '°', 'o', 'a'],
  ordinals: inflect(
    {
      prim: 1, second: 2, terz: 3, quart: 4, quint: 5, sest: 6, settim: 7, ottav: 8, non: 9, decim: 10,
      undicesim: 11, dodicesim: 12, tredicesim: 13, quattordicesim: 14, quindicesim: 15, sedicesim: 16,
      diciassettesim: 17, diciottesim: 18, diciannovesim: 19, ventesim: 20, trentesim: 30, quarantesim: 40,
      cinquantesim: 50, sessantesim: 60, settantesim: 70, ottantesim: 80, novantesim: 90, centesim: 100,
      millesim: 1000, milionesim: 1e6, ...compoundOrdinals(),
    },
    ['o', 'a', 'i', 'e']
  ),
  // "il primo ministro", "il primo cittadino" (the mayor): titles, no rank.
  ordinalTitles: ['ministro', 'ministra', 'ministri', 'cittadino', 'cittadina', 'violino', 'attore', 'attrice', 'segretario', 'segretaria', 'ufficiale'],
  // "prima di" (before), "secondo il ministro" (according to), "paesi terzi", "un centesimo" (a cent):
  // ordinals only after a determiner.
  ambiguousOrdinals: ['prima', 'prime', 'secondo', 'seconda', 'secondi', 'seconde', 'terzi', 'centesimo', 'centesimi', 'nona', 'none'],
  determiners: ['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'del', 'dello', 'della', 'dei', 'degli', 'delle', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'sul', 'sulla', 'dal', 'dalla', 'suo', 'sua', 'suoi', 'sue', 'loro', 'questo', 'questa', 'ogni'],
  romanBefore: ['secolo', 'secoli', 'millennio'],
  // "il secolo XIX", "sec. XV": after the century word too.
  romanAfter: ['secolo', 'secoli', 'sec.', 'millennio'],
  // "un peso superiore" (a greater weight), "un peso" is no amount of money after an article
  homographs: ['venti', 'peso'],
  // "sei entrata in crisi?" (you went into crisis), "sei stato", "sei qui": "sei" is also "you are";
  // six counts plurals ("sei candidati", "sei città"), so a singular participle after it is the verb.
  verbHomographs: {
    words: ['sei'],
    next: ['stato', 'stata', 'un', 'una', 'uno', 'il', 'lo', 'la', "l'", 'qui', 'qua', 'lì', 'là', 'tu', 'già', 'ancora', 'davvero', 'proprio', 'sempre', 'mai', 'così', 'sicuro', 'sicura', 'pronto', 'pronta', 'solo', 'sola', 'bravo', 'brava', 'stanco', 'stanca', 'felice', 'nato', 'nata', 'tornato', 'tornata'],
    nextEndings: ['ato', 'ata', 'uto', 'uta', 'ito', 'ita'],
  },
  accentedWords: ['metà'],
  // "en el año 1000", "cerca del año 1000 a. C.": the year of a date.
  yearWords: ["l'anno", "nell'anno", "dell'anno", "all'anno"],
  // "nel 1819", "dal 1800", "fino al 1850": a year before 1900 too.
  yearPrepositions: ['nel', 'dal', 'sin dal', 'fino al', 'entro il', 'tra il', 'fra il', 'prima del', 'dopo il'],
  decadeBefore: ['anni', 'decennio', 'decennio del'],
  countedNoun: 'next',
  // "500 a.C.", "nel 79 d.C.": an era after the number makes it a year.
  eraAfter: ['a . c .', 'a . c', 'd . c .', 'd . c', 'a . e . v .', 'e . v .', 'avanti cristo', 'dopo cristo'],
  vagueQuantities: ['diversi', 'diverse', 'alcuni', 'alcune', 'parecchi', 'parecchie', 'vari', 'varie'],
  stopWords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'di', 'del', 'della', 'dei', 'delle', 'degli', 'e', 'o',
    'a', 'al', 'alla', 'ai', 'alle', 'in', 'nel', 'nella', 'con', 'per', 'su', 'sul', 'da', 'dal', 'tra', 'fra',
    'che', 'chi', 'è', 'sono', 'ha', 'hanno', 'più', 'meno', 'volte', 'non', 'come', 'ma', 'se', 'si', 'questo',
    'questa', 'questi', 'queste', 'circa', 'oltre',
  ],
};
