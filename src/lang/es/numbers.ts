// Spanish figure knowledge: number words (fused tens "veintitrés" and hundreds "doscientos"),
// the long scale (un billón = 10¹², "mil millones" = 10⁹), fractions in "-avos", qualifiers,
// percent, currency and unit words.

import { inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    cero: 0, uno: 1, un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
    diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23,
    veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
    treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
    cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
    setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  // "treintaicinco" inside "treintaicincoavos".
  morphemes: { treintai: 30, cuarentai: 40, cincuentai: 50, sesentai: 60, setentai: 70, ochentai: 80, noventai: 90 },
  hundreds: [],
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { decenas: 10, cientos: 100, centenares: 100, miles: 1e3, millares: 1e3, millones: 1e6, billones: 1e12 },
  magnitudeLinkers: ['de'],
  scales: {
    mil: 1e3, millón: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9, billón: 1e12, billones: 1e12,
    trillón: 1e18, trillones: 1e18, mdd: 1e6,
  },
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, G: 1e9 },
  standalone: ['cien', 'mil', 'mitad', 'millón', 'billón'],
  connectors: ['y'],
  connectorAfter: ['tens', 'scale'],
  indefinite: ['un', 'una'],
  // Before a noun "uno" is written "un": "uno" alone is mostly a pronoun ("uno de los pocos", "cada uno", "uno nuevo").
  pronounNumbers: ['uno'],
  pronounDeterminers: ['cada', 'el', 'ninguno', 'alguno'],
  pronounFollowers: ['de los', 'de las', 'de sus', 'de ellos', 'de ellas', 'de estos', 'de estas', 'de esos', 'de esas', 'de nosotros', 'de mis', 'nuevo', 'nueva', 'más', 'mismo', 'misma', 'u otro', 'y otro', 'que', 'solo', 'sola'],
  fractions: {
    medios: 2, medias: 2, tercio: 3, tercios: 3, cuarto: 4, cuartos: 4, quinto: 5, quintos: 5, quinta: 5, quintas: 5,
    sexto: 6, sextos: 6, séptimo: 7, séptimos: 7, octavo: 8, octavos: 8, noveno: 9, novenos: 9, décimo: 10,
    décimos: 10, centésimo: 100, centésimos: 100, centésima: 100, centésimas: 100, milésimo: 1e3, milésimos: 1e3,
    milésima: 1e3, milésimas: 1e3, millonésimo: 1e6, millonésimos: 1e6, millonésima: 1e6, millonésimas: 1e6,
    billonésimo: 1e12, billonésimos: 1e12, billonésima: 1e12, billonésimas: 1e12,
  },
  pluralFractions: ['medios', 'medias'],
  halves: {
    // "la tercera parte": a third, a fraction in two words
    'tercera parte': 1 / 3, 'cuarta parte': 1 / 4, 'quinta parte': 1 / 5, 'décima parte': 1 / 10,
    medio: 0.5, media: 0.5, mitad: 0.5 },
  fractionSuffixes: ['avos', 'avo', 'avas', 'ava', 'ésimos', 'ésimo', 'ésimas', 'ésima'],
  fractionOver: ['sobre'],
  dozens: { docena: 12, docenas: 12, dz: 12, dzs: 12, doz: 12, dozs: 12 },
  // "deux semaines et demie", "una hora y media": a half after the unit
  unitHalves: ['y medio', 'y media'],
  // "une vingtaine de", "un centinaio di": about twenty, about a hundred
  approxCollectives: { decena: 10, decenas: 10, veintena: 20, treintena: 30, cuarentena: 40, centenar: 100, centenares: 100, millar: 1000, millares: 1000 },
  decimalWords: ['coma', 'con', 'punto'],
  minusWords: ['menos', 'negativo'],
  percent: ['por ciento', 'por cien', 'porciento', '%'],
  percentPoints: ['puntos porcentuales', 'punto porcentual'],
  // "vivir hasta los 75 años": until that age, or up to 75 years
  durationBounds: ['hasta'],
  qualifiers: {
    // "neither more nor less than": exactly, though it holds the words of both bounds
    'ni más ni menos que': 'exact', 'ni más, ni menos que': 'exact', 'ni más ni menos de': 'exact',
    // more words for about, before the number (issue 11, approximation added or dropped)
    'aprox .': 'approx', aprox: 'approx',
    // "superaba las 1000 libras", "al menos a 100 metros", "a más de 3 km"
    supera: 'over', superan: 'over', superaba: 'over', superaban: 'over', superó: 'over', superaron: 'over', superará: 'over',
    sobrepasa: 'over', sobrepasó: 'over', 'al menos a': 'min', 'a más de': 'over', 'a menos de': 'under',
    unos: 'approx', unas: 'approx', 'alrededor de': 'approx', 'cerca de': 'approx', aproximadamente: 'approx',
    'más o menos': 'approx', 'en torno a': 'approx', 'del orden de': 'approx', casi: 'approx',
    'más de': 'over', 'mayores que': 'over', 'mayores a': 'over', 'mayores de': 'over', 'superiores a': 'over',
    'más alta que': 'over', 'más altas que': 'over', 'menores que': 'under', 'menores a': 'under', 'menores de': 'under',
    'inferiores a': 'under', 'más baja que': 'under', 'más bajas que': 'under', 'mayores o iguales a': 'min',
    'mayores o iguales que': 'min', 'menores o iguales a': 'max', 'menores o iguales que': 'max',
    'inferior o igual a': 'max', 'inferiores o iguales a': 'max', 'superior o igual a': 'min', 'superiores o iguales a': 'min', 'equivale a': 'exact',
    'es igual a': 'exact', 'por encima de': 'over', 'superior a': 'over', 'mayor que': 'over', 'mayor a': 'over',
    'mayor de': 'over', 'más que': 'over', 'más alto que': 'over', 'más grande que': 'over',
    'menos de': 'under', 'por debajo de': 'under', 'inferior a': 'under', 'menor que': 'under', 'menor a': 'under',
    'menor de': 'under', 'menos que': 'under', 'más bajo que': 'under', 'más pequeño que': 'under',
    'al menos': 'min', 'por lo menos': 'min', 'cuando menos': 'min', 'al menos de': 'min', 'por lo menos de': 'min', 'cuando menos de': 'min', 'como mínimo': 'min', 'mínimo': 'min', 'no menos de': 'min',
    'mayor o igual que': 'min', 'mayor o igual a': 'min', 'igual o mayor que': 'min', 'igual o mayor a': 'min',
    'más de o igual a': 'min', '>=': 'min', '≥': 'min',
    hasta: 'max', 'como máximo': 'max', 'máximo': 'max', 'no más de': 'max', 'no más que': 'max',
    'menor o igual que': 'max', 'menor o igual a': 'max', 'igual o menor que': 'max', 'igual o menor a': 'max',
    '<=': 'max', '< =': 'max', '≤': 'max', '>': 'over', '<': 'under',
    'igual a': 'exact', exactamente: 'exact', '=': 'exact',
    // "de" and the article written as one: "cerca del 90 por ciento", "más del 50 %".
    'cerca del': 'approx', 'alrededor del': 'approx', 'en torno al': 'approx', 'más del': 'over', 'menos del': 'under',
    'algo más de': 'over', 'poco más de': 'over', 'algo menos de': 'under', 'poco menos de': 'under', 'ni siquiera': 'under',
  },
  articles: ['la', 'el', 'los', 'las'],
  postQualifiers: {
    // about, after the number
    aproximadamente: 'approx', 'más o menos': 'approx',
    'o más': 'min', 'y más': 'min', 'o mayor': 'min', 'o superior': 'min', 'por lo menos': 'min', 'al menos': 'min',
    'como mínimo': 'min', 'o menos': 'max', 'o menor': 'max', 'o inferior': 'max', 'como máximo': 'max',
  },
  range: { from: ['de', 'del', 'desde'], between: ['entre'], to: ['a', 'al', 'hasta', '-', '–', '—', '~'], and: ['y'] },
  boundJoiners: ['y', ',', 'pero', ', pero'],
  scaleLinkers: ['de'],
  currencies: {
    // Las coronas checas, suecas, noruegas, danesas.
    'corona checa': 'CZK', 'coronas checas': 'CZK', 'kč': 'CZK', 'corona sueca': 'SEK', 'coronas suecas': 'SEK', 'corona noruega': 'NOK', 'coronas noruegas': 'NOK',
    'corona danesa': 'DKK', 'coronas danesas': 'DKK',
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', 'dólares estadounidenses': 'USD',
    'dólar estadounidense': 'USD', 'dólares americanos': 'USD', 'dólares canadienses': 'CAD',
    'dólar canadiense': 'CAD', 'dólares australianos': 'AUD', 'dólares de hong kong': 'HKD', peso: 'MXN',
    pesos: 'MXN', 'pesos mexicanos': 'MXN', 'peso mexicano': 'MXN', libra: 'GBP', libras: 'GBP',
    'libra esterlina': 'GBP', 'libras esterlinas': 'GBP', yen: 'JPY', yenes: 'JPY', yuan: 'CNY', yuanes: 'CNY',
    renminbi: 'CNY', franco: 'CHF', francos: 'CHF', 'francos suizos': 'CHF', 'francos franceses': 'FRF',
    real: 'BRL', reales: 'BRL', rupia: 'INR', rupias: 'INR', rublo: 'RUB', rublos: 'RUB', lira: 'TRY', liras: 'TRY',
    'liras turcas': 'TRY', peseta: 'ESP', pesetas: 'ESP', céntimo: 'cent', céntimos: 'cent', centavo: 'cent',
    centavos: 'cent', 'marcos finlandeses': 'FIM', 'marco finlandés': 'FIM', 'dólar de hong kong': 'HKD', 'yen japonés': 'JPY',
    'yenes japoneses': 'JPY', 'yuan chino': 'CNY', 'yuanes chinos': 'CNY', 'rupia india': 'INR', 'rupias indias': 'INR',
    'dólar neozelandés': 'NZD', 'dólares neozelandeses': 'NZD', 'dólar australiano': 'AUD', 'libra británica': 'GBP',
    'peso argentino': 'MXN', 'florines holandeses': 'NLG', florín: 'NLG', florines: 'NLG', penique: 'penny', peniques: 'penny', 'florín neerlandés': 'NLG', 'florines neerlandeses': 'NLG',
    'franco suizo': 'CHF', 'libra esterlina británica': 'GBP', bitcoin: 'BTC', bitcoins: 'BTC', usd: 'USD', eur: 'EUR',

    // Las familias nombradas con una sola palabra (issue 11): qué franco, qué corona, qué rupia.
    'francos cfa': 'XOF', 'franco cfa': 'XOF', 'francos belgas': 'BEF', 'franco belga': 'BEF', corona: 'SEK', coronas: 'SEK',
    'coronas islandesas': 'ISK', 'libras egipcias': 'EGP', 'libra egipcia': 'EGP', 'rupias pakistaníes': 'PKR', 'rupias indonesias': 'IDR', 'rupia indonesia': 'IDR',
    'pesos argentinos': 'ARS', 'pesos chilenos': 'CLP', 'peso chileno': 'CLP', 'pesos colombianos': 'COP', 'peso colombiano': 'COP', 'pesos filipinos': 'PHP',
    'rublos bielorrusos': 'BYN', grivna: 'UAH', grivnas: 'UAH', tenge: 'KZT', tenges: 'KZT', naira: 'NGN', nairas: 'NGN', won: 'KRW', wones: 'KRW',
    denario: 'denarius', denarios: 'denarius', sestercio: 'sestertius', sestercios: 'sestertius', áureo: 'aureus', áureos: 'aureus',
  },
  currencyFamilies: {
    dólar: 'Dollar', dólares: 'Dollar', franco: 'Franc', francos: 'Franc', 'francos cfa': ['XOF', 'XAF'], 'franco cfa': ['XOF', 'XAF'],
    corona: 'Krona', coronas: 'Krona', libra: 'Pound', libras: 'Pound', lira: 'Lira', liras: 'Lira',
    rupia: ['Rupee', 'Rupiah'], rupias: ['Rupee', 'Rupiah'], rublo: 'Ruble', rublos: 'Ruble', peso: 'Peso', pesos: 'Peso', won: 'Won', wones: 'Won',
  },
  units: {
    // light-years, before the years they begin with ("5.000 años luz")
    'año luz': 'ly', 'años luz': 'ly', 'año - luz': 'ly', 'años - luz': 'ly',
    // temperatures: "30 degrees Celsius" is °C; "30 degrees" alone stays a degree
    'grados celsius': '°C', 'grados centígrados': '°C', 'grado celsius': '°C', 'grados fahrenheit': '°F',
    década: 'dec', décadas: 'dec', decenio: 'dec', decenios: 'dec',
    año: 'yr', años: 'yr', mes: 'mo', meses: 'mo', semana: 'wk', semanas: 'wk', día: 'd', días: 'd', hora: 'h', horas: 'h', minuto: 'min', minutos: 'min', segundo: 's', segundos: 's',
    'puntos': 'pt',
    kilómetro: 'km', kilómetros: 'km', metro: 'm', metros: 'm', decímetro: 'dm', decímetros: 'dm',
    centímetro: 'cm', centímetros: 'cm', milímetro: 'mm', milímetros: 'mm', micrómetro: 'µm', micrómetros: 'µm',
    nanómetro: 'nm', nanómetros: 'nm', milla: 'mi', millas: 'mi', pie: 'ft', pies: 'ft', pulgada: 'in',
    pulgadas: 'in', yarda: 'yd', yardas: 'yd', 'metro cuadrado': 'm²', 'metros cuadrados': 'm²',
    'kilómetro cuadrado': 'km²', 'kilómetros cuadrados': 'km²', hectárea: 'ha', hectáreas: 'ha', acre: 'ac',
    acres: 'ac', 'metro cúbico': 'm³', 'metros cúbicos': 'm³', 'pies cúbicos': 'ft³', 'pie cúbico': 'ft³',
    'centímetro cúbico': 'cm³', 'centímetros cúbicos': 'cm³', 'milla por hora': 'mph', litro: 'l', litros: 'l',
    mililitro: 'ml', mililitros: 'ml', galón: 'gal', galones: 'gal', barril: 'bbl', barriles: 'bbl', gramo: 'g',
    gramos: 'g', kilogramo: 'kg', kilogramos: 'kg', kilo: 'kg', kilos: 'kg', miligramo: 'mg', miligramos: 'mg',
    microgramo: 'µg', microgramos: 'µg', tonelada: 't', toneladas: 't', 'tonelada métrica': 'tm',
    'toneladas métricas': 'tm', libra: 'lb', libras: 'lb', onza: 'oz', onzas: 'oz', grado: 'deg', grados: 'deg',
    radián: 'rad', radianes: 'rad', vuelta: 'turn', vueltas: 'turn', cucharadita: 'tsp', cucharaditas: 'tsp',
    cucharada: 'tbsp', cucharadas: 'tbsp', taza: 'cup', tazas: 'cup', bit: 'bit', bits: 'bit', byte: 'B',
    bytes: 'B', kilobyte: 'kB', kilobytes: 'kB', megabyte: 'MB', megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB',
    terabyte: 'TB', terabytes: 'TB', 'kilómetros por hora': 'km/h', 'kilómetro por hora': 'km/h',
    'metros por segundo': 'm/s', 'millas por hora': 'mph', 'km por hora': 'km/h', vatio: 'W', vatios: 'W', kilovatio: 'kW',
    kilovatios: 'kW', megavatio: 'MW', megavatios: 'MW', gigavatio: 'GW', gigavatios: 'GW', petaflops: 'P',
  },
  ordinalSuffixes: ['º', 'ª', '°', 'o', 'a', 'er', 'ro', 'do', 'to', 'vo', 'mo', 'no'],
  ordinals: {
    primer: 1, tercer: 3, decimotercer: 13,
    ...inflect(
      {
        primer: 1, segund: 2, tercer: 3, cuart: 4, quint: 5, sext: 6, séptim: 7, sétim: 7, octav: 8, noven: 9, non: 9,
        décim: 10, undécim: 11, duodécim: 12, decimoprimer: 11, decimosegund: 12, decimotercer: 13, decimocuart: 14,
        decimoquint: 15, decimosext: 16, decimoséptim: 17, decimoctav: 18, decimonoven: 19, vigésim: 20,
        trigésim: 30, cuadragésim: 40, quincuagésim: 50, sexagésim: 60, septuagésim: 70, octogésim: 80,
        nonagésim: 90, centésim: 100, milésim: 1000, millonésim: 1e6,
      },
      ['o', 'a', 'os', 'as']
    ),
  },
  // "el primer ministro", "la primera dama", "el primer mandatario": titles, no rank.
  ordinalTitles: ['ministro', 'ministra', 'ministros', 'mandatario', 'mandataria', 'dama', 'damas', 'actor', 'actriz', 'violín', 'teniente', 'secretario', 'secretaria'],
  // "un segundo" (a second), "un cuarto" (a room, a quarter), "nono": ordinals after a determiner only.
  ambiguousOrdinals: ['segundo', 'segundos', 'cuarto', 'cuartos', 'non', 'nona', 'nonas', 'nonos', 'nono', 'quinta', 'quintas'],
  determiners: ['el', 'la', 'los', 'las', 'lo', 'al', 'del', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'cada', 'nuestro', 'nuestra'],
  romanAfter: ['siglo', 'siglos', 'sig.', 'milenio'],
  // "en el año 1000", "cerca del año 1000 a. C.": the year of a date.
  yearWords: ['el año', 'del año', 'en el año', 'al año'],
  // "un real problema": real after an article is "genuine"; with digits it is the currency
  homographs: ['real'],
  decadeBefore: ['años', 'década de', 'decada de', 'década del', 'décadas de'],
  countedNoun: 'next',
  // "500 a. C.", "en el 79 d. C.": an era after the number makes it a year.
  eraAfter: ['a . c .', 'a . c', 'd . c .', 'd . c', 'a . de c .', 'a . e . c .', 'e . c .', 'antes de cristo', 'después de cristo'],
  vagueQuantities: ['varios', 'varias', 'algunos', 'algunas', 'unos cuantos', 'unas cuantas', 'diversos'],
  durationAfter: ['después', 'antes', 'tarde', 'demasiado'],
  yearPrepositions: ['en', 'desde', 'hasta', 'hacia', 'antes de', 'después de'],
  decadeArticles: ['de los', 'en los', 'a los', 'los'],
  stopWords: [
    'el', 'la', 'los', 'las', 'lo', 'de', 'del', 'un', 'una', 'y', 'o', 'a', 'al', 'en', 'con', 'por', 'para', 'sin',
    'que', 'se', 'su', 'sus', 'es', 'son', 'fue', 'ha', 'han', 'más', 'menos', 'veces', 'no', 'como', 'pero', 'si',
    'entre', 'hacia', 'desde', 'hasta', 'sobre', 'tras', 'según', 'e', 'u', 'ni', 'este', 'esta', 'estos', 'estas',
  ],
};
