// German figure knowledge: number words (written as one word: "einundzwanzig"), scales with
// their news abbreviations (Mio., Mrd.), qualifiers, percent, currency and unit words.

import { inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';
import { segmentation } from './segmentation.js';

/** Ordinal stems: the unit ordinals, the teens, and the tens with "-st" ("zwanzigst-"). */
const UNIT_ORDINALS: Record<string, number> = { erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9 };
const TENS: Record<string, number> = { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };
const UNITS_IN_COMPOUNDS: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };

/** Every ordinal stem from 1 to 99, and the hundredth and thousandth: "einundzwanzigst-" = 21. */
function ordinalStems(): Record<string, number> {
  const stems: Record<string, number> = {
    ...UNIT_ORDINALS, zehnt: 10, elft: 11, zwölft: 12, dreizehnt: 13, vierzehnt: 14, fünfzehnt: 15, sechzehnt: 16,
    siebzehnt: 17, achtzehnt: 18, neunzehnt: 19, hundertst: 100, tausendst: 1000,
  };
  for (const [tens, value] of Object.entries(TENS)) {
    stems[`${tens}st`] = value;
    for (const [unit, add] of Object.entries(UNITS_IN_COMPOUNDS)) stems[`${unit}und${tens}st`] = value + add;
  }
  return stems;
}

/** Adjective endings of an ordinal: "der dritte", "den dritten", "ein dritter", "ein drittes", "im dritten". */
const ADJECTIVE = ['e', 'en', 'er', 'es', 'em'];

/** Number words that begin a duration adjective: "dreimonatig", "zweijährig", "anderthalbstündig". */
const DURATION_COUNTS: Record<string, number> = {
  ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, ...TENS, hundert: 100,
  halb: 0.5, anderthalb: 1.5, eineinhalb: 1.5,
};
/** Duration adjectives after a number word ("-jährig" an age or a length of years): the catalogue unit. */
const DURATION_ADJECTIVES: Record<string, string> = { jährig: 'yr', monatig: 'mo', wöchig: 'wk', tägig: 'd', stündig: 'h', minütig: 'min', sekündig: 's' };

export const numbers: NumberLanguage = {
  words: {
    null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
    zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
    achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
    siebzig: 70, achtzig: 80, neunzig: 90,
  },
  // "ein" counts inside compounds ("einhundert", "einundzwanzig"); alone it is an article.
  morphemes: { ein: 1 },
  compounds: true,
  // "zehnmal so hoch", "zweimal": how many times ("einmal" is also "once upon", "noch einmal").
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { Dutzende: 10, Dutzenden: 10, Hunderte: 100, Hunderten: 100, Tausende: 1e3, Tausenden: 1e3, Zehntausende: 1e4, Zehntausenden: 1e4, Hunderttausende: 1e5, Hunderttausenden: 1e5, Millionen: 1e6, Milliarden: 1e9, Billionen: 1e12 },
  magnitudeLinkers: ['von'],
  multiples: {
    zweimal: 2, dreimal: 3, viermal: 4, fünfmal: 5, sechsmal: 6, siebenmal: 7, achtmal: 8, neunmal: 9, zehnmal: 10,
    elfmal: 11, zwölfmal: 12, zwanzigmal: 20, dreißigmal: 30, fünfzigmal: 50, hundertmal: 100, tausendmal: 1000,
  },
  unitsFirst: true,
  hundreds: ['hundert'],
  scales: {
    tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12,
    billiarde: 1e15, billiarden: 1e15, 'tsd .': 1e3, 'mio .': 1e6, mio: 1e6, 'mrd .': 1e9, mrd: 1e9, 'mia .': 1e9,
    'bio .': 1e12,
  },
  scaleSymbols: { k: 1e3 },
  standalone: ['hundert', 'tausend', 'Hälfte'],
  connectors: ['und'],
  connectorAfter: ['unit', 'hundred', 'scale'],
  mixedAfterConnector: true,
  indefinite: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  fractions: {
    halb: 2, halbe: 2, halben: 2, halber: 2, halbes: 2, drittel: 3, viertel: 4, fünftel: 5, sechstel: 6,
    siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10, hundertstel: 100, tausendstel: 1000,
  },
  halves: { anderthalb: 1.5, eineinhalb: 1.5, einundhalb: 1.5, einhalb: 0.5, Hälfte: 0.5 },
  dozens: { dutzend: 12 },
  // "deux semaines et demie", "una hora y media": a half after the unit
  unitHalves: ['und ein halb', 'und eine halbe'],
  decimalWords: ['komma'],
  minusWords: ['minus'],
  // "einen 15-prozentigen Rückgang": the adjective of a percentage, joined by a hyphen
  percent: ['prozent', 'prozentig*', 'vom hundert', 'v . h .', '%'],
  percentPoints: ['prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'pp'],
  qualifiers: {
    // "neither more nor less than": exactly, though it holds the words of both bounds
    'nicht mehr und nicht weniger als': 'exact', 'nicht mehr und nicht minder als': 'exact', 'nicht mehr, nicht weniger als': 'exact',
    // more words for about, before the number (issue 11, approximation added or dropped)
    'in etwa': 'approx', 'rd .': 'approx', ca: 'approx', geschätzt: 'approx', geschätzte: 'approx',
    etwa: 'approx', rund: 'approx', circa: 'approx', 'ca .': 'approx', zirka: 'approx', ungefähr: 'approx',
    annähernd: 'approx', schätzungsweise: 'approx', 'um die': 'approx',
    knapp: 'approx', fast: 'approx', beinahe: 'approx', nahezu: 'approx', 'knapp unter': 'under',
    gut: 'over', 'mehr als': 'over', über: 'over', 'knapp über': 'over', 'gut über': 'over', 'größer als': 'over',
    'höher als': 'over', oberhalb: 'over',
    'weniger als': 'under', unter: 'under', 'kleiner als': 'under', 'niedriger als': 'under', unterhalb: 'under',
    'bis zu': 'max', höchstens: 'max', maximal: 'max', 'nicht mehr als': 'max', 'kleiner oder gleich': 'max',
    mindestens: 'min', wenigstens: 'min', 'nicht weniger als': 'min', 'größer oder gleich': 'min',
    genau: 'exact', exakt: 'exact', 'gleich': 'exact',
    'länger als': 'over', 'älter als': 'over', 'kürzer als': 'under', 'jünger als': 'under',
    // "nicht einmal 0,4 Prozent": not even, fewer than; "ganze 2 Millionen": as many as.
    'nicht einmal': 'under', 'nicht mal': 'under', 'kaum': 'under', ganze: 'max', satte: 'max',
  },
  // "ganze 20 Prozent", "satte 2 Millionen": emphasis, so many, which need not bound the figure.
  uncertainQualifiers: ['ganze', 'satte'],
  // "verfügt über 100 Mitarbeiter": has 100, not more than 100; "erstreckt sich über 2 Millionen km²".
  qualifierBlockers: [
    'sich über', 'verfügt über', 'verfügen über', 'verfügte über', 'verfügten über', 'verfügt derzeit über', 'erstreckt sich über',
    'erstrecken sich über', 'verteilt über', 'verteilen sich über', 'verteilt sich über',
  ],
  digitQualifiers: ['über', 'unter'],
  postQualifiers: {
    // about, after the number
    'oder so': 'approx',
    überschritten: 'over', übersteigen: 'over', übersteigt: 'over', überstiegen: 'over', übertroffen: 'over',
    'oder mehr': 'min', 'und mehr': 'min', 'oder weniger': 'max', 'und weniger': 'max', 'oder länger': 'min', 'und darüber': 'min',
  },
  // "von 0 auf 100" is a range; "um 0,28 Prozent auf 7,0235" a change and a new level.
  range: { from: ['von', 'vom'], between: ['zwischen'], to: ['bis', 'auf', '-', '–', '—', '~'], and: ['und'], afterFrom: ['auf'] },
  boundJoiners: ['und', ',', 'aber', ', aber'],
  currencies: {
    // Die Kronen: tschechische, schwedische, norwegische, dänische.
    ...Object.fromEntries(
      (['CZK:tschechisch', 'SEK:schwedisch', 'NOK:norwegisch', 'DKK:dänisch'] as const).flatMap((entry) => {
        const [code, stem] = entry.split(':') as [string, string];
        return ['e', 'en', 'er'].flatMap((ending) => [[`${stem}${ending} kronen`, code], [`${stem}${ending} krone`, code]]);
      })
    ),
    'kč': 'CZK',
    euro: 'EUR', euros: 'EUR', eur: 'EUR', cent: 'cent', cents: 'cent',
    dollar: 'USD', dollars: 'USD', 'us - dollar': 'USD', 'us dollar': 'USD', 'us - dollars': 'USD',
    'amerikanische dollar': 'USD', 'amerikanischen dollar': 'USD',
    'kanadische dollar': 'CAD', 'kanadischen dollar': 'CAD', 'kanadischer dollar': 'CAD',
    'australische dollar': 'AUD', 'australischen dollar': 'AUD', 'hongkong - dollar': 'HKD',
    pfund: 'GBP', 'britische pfund': 'GBP', 'britischen pfund': 'GBP', 'pfund sterling': 'GBP',
    franken: 'CHF', 'schweizer franken': 'CHF', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY',
    rubel: 'RUB', rupien: 'INR', rupie: 'INR', 'indische rupien': 'INR', 'indischen rupien': 'INR',
    'kambodschanische riel': 'KHR', 'kambodschanischen riel': 'KHR', riel: 'KHR',
    'kongolesische francs': 'CDF', 'kongolesischen francs': 'CDF', 'kongolesischer franc': 'CDF', 'kongo - francs': 'CDF',
    'finnische mark': 'FIM', 'finnischen mark': 'FIM', mark: 'DEM', 'd - mark': 'DEM',
    won: 'KRW', lira: 'TRY', 'türkische lira': 'TRY', peso: 'MXN', pesos: 'MXN', bitcoin: 'BTC', bitcoins: 'BTC',

    // Familien, mit einem Wort benannt (issue 11): welcher Franken, welche Krone, welche Rupie.
    franc: 'FRF', francs: 'FRF', 'französische franc': 'FRF', 'französischen franc': 'FRF', 'belgische franc': 'BEF', 'belgischen franc': 'BEF',
    'cfa - franc': 'XOF', 'cfa - francs': 'XOF', krone: 'SEK', kronen: 'SEK', 'isländische kronen': 'ISK', 'isländischen kronen': 'ISK',
    'ägyptische pfund': 'EGP', 'ägyptischen pfund': 'EGP', 'pakistanische rupien': 'PKR', 'pakistanischen rupien': 'PKR',
    'argentinische pesos': 'ARS', 'argentinischen pesos': 'ARS', 'chilenische pesos': 'CLP', 'chilenischen pesos': 'CLP',
    'kolumbianische pesos': 'COP', 'kolumbianischen pesos': 'COP', 'philippinische pesos': 'PHP', 'philippinischen pesos': 'PHP',
    'weißrussische rubel': 'BYN', 'weißrussischen rubel': 'BYN', 'belarussische rubel': 'BYN', 'belarussischen rubel': 'BYN',
    rupiah: 'IDR', 'indonesische rupiah': 'IDR', hrywnja: 'UAH', hrywnjas: 'UAH', griwna: 'UAH', griwen: 'UAH', tenge: 'KZT', naira: 'NGN',
    denar: 'denarius', denare: 'denarius', denaren: 'denarius', sesterz: 'sestertius', sesterze: 'sestertius', sesterzen: 'sestertius', aurei: 'aureus', aureus: 'aureus',
  },
  currencyFamilies: {
    dollar: 'Dollar', franken: 'Franc', franc: 'Franc', francs: 'Franc', 'cfa - franc': ['XOF', 'XAF'], 'cfa - francs': ['XOF', 'XAF'],
    krone: 'Krona', kronen: 'Krona', pfund: 'Pound', lira: 'Lira', rupien: 'Rupee', rupie: 'Rupee', peso: 'Peso', pesos: 'Peso', won: 'Won', rubel: 'Ruble',
  },
  units: {
    // light-years, before the years they begin with ("5.000 años luz")
    'lichtjahr*': 'ly',
    // temperatures: "30 degrees Celsius" is °C; "30 degrees" alone stays a degree
    'grad fahrenheit': '°F',
    jahrzehnt: 'dec', jahrzehnte: 'dec', jahrzehnten: 'dec', jahrzehnts: 'dec',
    // "drei Jahrhunderte" (three centuries) = 300 Jahre; "das 15. Jahrhundert" is an ordinal and takes no unit.
    jahrhundert: 'cent', jahrhunderte: 'cent', jahrhunderten: 'cent', jahrhunderts: 'cent',
    punkt: 'pt', punkte: 'pt', punkten: 'pt',
    jahr: 'yr', jahre: 'yr', jahren: 'yr', jahres: 'yr', monat: 'mo', monate: 'mo', monaten: 'mo', woche: 'wk', wochen: 'wk',
    tag: 'd', tage: 'd', tagen: 'd', stunde: 'h', stunden: 'h', minute: 'min', minuten: 'min', sekunde: 's', sekunden: 's',
    kilometer: 'km', kilometern: 'km', kilometers: 'km', meter: 'm', metern: 'm', meters: 'm', zentimeter: 'cm',
    zentimetern: 'cm', millimeter: 'mm', millimetern: 'mm', mikrometer: 'µm', mikrometern: 'µm',
    nanometer: 'nm', nanometern: 'nm', meile: 'mi', meilen: 'mi', quadratmeile: 'mi²', quadratmeilen: 'mi²', zoll: 'in', fuß: 'ft',
    quadratmeter: 'm²', quadratmetern: 'm²', quadratkilometer: 'km²', quadratkilometern: 'km²', hektar: 'ha',
    kubikmeter: 'm³', kubikmetern: 'm³', liter: 'l', litern: 'l', milliliter: 'ml', hektoliter: 'hl',
    teelöffel: 'tsp', esslöffel: 'tbsp', tasse: 'cup', tassen: 'cup',
    gramm: 'g', kilogramm: 'kg', kilo: 'kg', milligramm: 'mg', mikrogramm: 'µg', tonne: 't', tonnen: 't', pfund: 'lb',
    grad: 'deg', 'grad celsius': '°C', radiant: 'rad', umdrehung: 'turn', umdrehungen: 'turn', turn: 'turn',
    bit: 'bit', byte: 'B', kilobyte: 'kB', megabyte: 'MB', gigabyte: 'GB', terabyte: 'TB', petabyte: 'PB',
    'kilometer pro stunde': 'km/h', 'kilometern pro stunde': 'km/h', stundenkilometer: 'km/h', 'km pro stunde': 'km/h',
    'meilen pro stunde': 'mph', 'meilen in der stunde': 'mph', 'meile pro stunde': 'mph',
    // "14-jähriger", "21-stündiger", "3-tägige": a duration as the first half of an adjective.
    'jährig*': 'yr', 'stündig*': 'h', 'tägig*': 'd', 'wöchig*': 'wk', 'monatig*': 'mo', 'minütig*': 'min', 'sekündig*': 's',
    'meter pro sekunde': 'm/s', 'metern pro sekunde': 'm/s',
    watt: 'W', kilowatt: 'kW', megawatt: 'MW', gigawatt: 'GW', kilowattstunden: 'kWh', megawattstunden: 'MWh',
    terawattstunden: 'TWh', petaflops: 'P', exaflops: 'E', barrel: 'bbl', fass: 'bbl',
  },
  // "erstmals", "erstmalig", "die erstmalige Teilnahme": for the first time, the ordinal 1 as "zum ersten Mal".
  ordinals: { ...inflect(ordinalStems(), ADJECTIVE), erstmals: 1, erstmalig: 1, ...inflect({ erstmalig: 1 }, ADJECTIVE) },
  // "Wir achten darauf": the verb; "am achten Tag": the ordinal.
  ambiguousOrdinals: ['achte', 'achten'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ihr', 'ihre', 'ihren', 'ihrem', 'sein', 'seine', 'seinen', 'seinem', 'jeden', 'jedem', 'jeder', 'jedes'],
  dotOrdinals: { nouns: segmentation.ordinals?.nouns ?? [], before: segmentation.ordinals?.before ?? [] },
  // "um 1500", "ungefähr um 400 n. Chr.": around a year ("um 5 Prozent" is a change, "um 12 Uhr" a time).
  yearQualifiers: { um: 'approx', 'ungefähr um': 'approx', 'etwa um': 'approx', 'circa um': 'approx', 'ca . um': 'approx', 'rund um': 'approx', 'gegen': 'approx' },
  eraAfter: ['n . chr .', 'n . chr', 'v . chr .', 'v . chr', 'n . u . z .', 'v . u . z .'],
  yearWords: ['im jahr', 'im jahre', 'das jahr', 'des jahres', 'anno'],
  // "eine dreimonatige Sperre", "die zweijährige Tochter", "ein fünftägiges Turnier": a number word
  // and a duration adjective in one word are a quantity (digits take a hyphen: "14-jährige").
  quantityWords: Object.fromEntries(
    Object.entries(DURATION_COUNTS).flatMap(([word, value]) => Object.entries(DURATION_ADJECTIVES).map(([adjective, unit]): [string, readonly [number, string]] => [`${word}${adjective}*`, [value, unit]]))
  ),
  countedNoun: 'capitalized',
  vagueQuantities: ['mehrere', 'einige', 'etliche', 'ein paar', 'mehreren', 'einigen'],
  yearPrepositions: ['seit', 'ab', 'bis', 'vor', 'nach', 'um', 'gegen'],
  decadeEndings: ['er jahre', 'er jahren', 'er - jahre', 'er - jahren', 'erjahre', 'erjahren'],
  yearDecadeEndings: ['er', 'ern'],
  ageDecadeAfter: ['seinen', 'ihren', 'meinen', 'deinen', 'unseren', 'euren'],
  stopWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'und', 'oder', 'bzw', 'in', 'im', 'an', 'am', 'auf', 'aus', 'von', 'vom',
    'zu', 'zum', 'zur', 'mit', 'bei', 'für', 'pro', 'je', 'als', 'wie', 'nach', 'vor', 'seit', 'bis', 'um', 'ist',
    'sind', 'war', 'waren', 'hat', 'haben', 'wird', 'werden', 'nummer', 'nr',
  ],
};
