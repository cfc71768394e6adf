// French figure knowledge: number words with the vigesimal tens ("soixante-dix",
// "quatre-vingt-dix-neuf") and the Belgian/Swiss ones ("septante", "nonante"), the long
// scale (un billion = 10¹²), qualifiers, percent, currency and unit words.

import { inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix sept': 17,
    'dix-huit': 18, 'dix huit': 18, 'dix-neuf': 19, 'dix neuf': 19, vingt: 20, trente: 30, quarante: 40,
    cinquante: 50, soixante: 60, septante: 70, octante: 80, huitante: 80, nonante: 90, 'quatre-vingt': 80,
    'quatre vingt': 80, 'quatre-vingts': 80, 'quatre vingts': 80,
  },
  vigesimal: ['soixante', 'quatre-vingt'],
  hundreds: ['cent', 'cents'],
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { dizaines: 10, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 },
  magnitudeLinkers: ['de', "d'"],
  scales: {
    mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
    billion: 1e12, billions: 1e12, billiard: 1e15, trillion: 1e18, trillions: 1e18, 'mrd .': 1e9, lakh: 1e5,
    crore: 1e7,
  },
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, Md: 1e9, Mds: 1e9, b: 1e9 },
  standalone: ['cent', 'mille', 'moitié', 'demi'],
  connectors: ['et'],
  connectorAfter: ['tens', 'hundred', 'scale'],
  mixedAfterConnector: true,
  indefinite: ['un', 'une'],
  fractions: {
    tiers: 3, quart: 4, quarts: 4, quatrième: 4, quatrièmes: 4, cinquième: 5, cinquièmes: 5, sixième: 6,
    sixièmes: 6, septième: 7, septièmes: 7, huitième: 8, huitièmes: 8, neuvième: 9, neuvièmes: 9, dixième: 10,
    dixièmes: 10, onzième: 11, douzième: 12, vingtième: 20, vingtièmes: 20, trentième: 30, centième: 100,
    centièmes: 100, millième: 1e3, millièmes: 1e3, millionième: 1e6, millionièmes: 1e6, milliardième: 1e9,
    billionième: 1e12, billionièmes: 1e12, trillionième: 1e18, trillionièmes: 1e18, unième: 1, unièmes: 1,
    demis: 2,
  },
  pluralFractions: ['demis'],
  halves: { demi: 0.5, demie: 0.5, moitié: 0.5 },
  fractionOver: ['sur'],
  dozens: { douzaine: 12, douzaines: 12 },
  // "deux semaines et demie", "una hora y media": a half after the unit
  unitHalves: ['et demi', 'et demie'],
  // "une vingtaine de", "un centinaio di": about twenty, about a hundred
  approxCollectives: { dizaine: 10, dizaines: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100, centaines: 100 },
  decimalWords: ['virgule'],
  minusWords: ['négatif', 'négative', 'moins'],
  percent: ['pour cent', 'pour-cent', 'pourcent', 'pourcents', 'pourcentage', 'pourcentages', '%'],
  percentBefore: ['pourcentage de', 'pourcent des', 'pourcent de', 'pour cent de'],
  percentPoints: ['points de pourcentage', 'point de pourcentage'],
  // "jusqu'à 70 ans": until that age, or up to 70 years
  durationBounds: ["jusqu'à", "jusqu'aux"],
  qualifiers: {
    // "neither more nor less than": exactly, though it holds the words of both bounds
    'ni plus ni moins que': 'exact', 'ni plus, ni moins que': 'exact', 'pas plus et pas moins que': 'exact',
    // more words for about, before the number (issue 11, approximation added or dropped)
    'près d\'': 'approx', 'env .': 'approx', 'grosso modo': 'approx', bientôt: 'approx', 'autour des': 'approx', 'aux alentours des': 'approx', 'aux environs des': 'approx', quasi: 'approx',
    // "ils ont dépassé 20 %": a verb of exceeding before the figure
    dépasse: 'over', dépassent: 'over', dépassé: 'over', dépassait: 'over', dépassaient: 'over', dépasser: 'over', dépassera: 'over',
    environ: 'approx', 'près de': 'approx', 'autour de': 'approx', 'aux alentours de': 'approx', 'aux environs de': 'approx',
    approximativement: 'approx', quelque: 'approx', 'à peu près': 'approx', 'de l\'ordre de': 'approx',
    presque: 'approx', quasiment: 'approx', 'un peu moins de': 'under', 'moins de': 'under', 'moins d\'': 'under',
    'inférieur à': 'under', 'inférieure à': 'under', 'inférieurs à': 'under', 'inférieures à': 'under',
    'en dessous de': 'under', 'en-dessous de': 'under', 'au-dessous de': 'under', 'plus petit que': 'under',
    'plus bas que': 'under',
    'plus de': 'over', "plus d'": 'over', 'au-delà de': 'over', 'au delà de': 'over', 'supérieur à': 'over',
    'supérieure à': 'over', 'supérieurs à': 'over', 'supérieures à': 'over', 'au-dessus de': 'over',
    'plus grand que': 'over', 'plus haut que': 'over', 'plus élevé que': 'over', 'un peu plus de': 'over',
    'au moins': 'min', 'au moins de': 'min', 'au minimum': 'min', 'pas moins de': 'min', 'supérieur ou égal à': 'min',
    'supérieure ou égale à': 'min', 'supérieurs ou égaux à': 'min', 'supérieures ou égales à': 'min',
    'égal ou supérieur à': 'min', 'plus de ou égal à': 'min', 'au moins ou égal à': 'min', '>=': 'min', '≥': 'min',
    "jusqu'à": 'max', 'au plus': 'max', 'au maximum': 'max', 'pas plus de': 'max', 'inférieur ou égal à': 'max',
    'inférieure ou égale à': 'max', 'inférieurs ou égaux à': 'max', 'inférieures ou égales à': 'max',
    'égal ou inférieur à': 'max', 'plus petits ou égaux à': 'max', 'plus petit ou égal à': 'max', '<=': 'max',
    '< =': 'max', '≤': 'max', '>': 'over', '<': 'under',
    'égal à': 'exact', 'égale à': 'exact', exactement: 'exact', 'au nombre de': 'exact', '=': 'exact',
    'à peine': 'approx', 'tout juste': 'approx', 'pas même': 'under', 'même pas': 'under',
    // "des inondations atteignant 20 pieds" (as high as 20 feet): a verb of reaching, up to the figure
    atteignant: 'max', atteint: 'max', atteinte: 'max', atteints: 'max', atteintes: 'max', atteignait: 'max', atteignaient: 'max',
    atteindre: 'max', atteindra: 'max', atteignent: 'max', 'pouvant atteindre': 'max',
  },
  // "tout juste 32 ans" (just 32), "à peine 5 %" (barely): emphasis on the figure, not certainly about it;
  // "atteignant 20 pieds" (reaching 20 feet) names the highest point, or only the height reached.
  uncertainQualifiers: ['tout juste', 'à peine', 'atteign*', 'atteint*', 'atteindr*', 'pouvant atteindre'],
  articles: ['la', 'le', 'les', "l'"],
  // "un million au moins": the bound after the number.
  postQualifiers: { 'à peu près': 'approx', 'ou plus': 'min', 'et plus': 'min', 'ou davantage': 'min', 'ou moins': 'max', 'au moins': 'min', 'au minimum': 'min', 'au plus': 'max', 'au maximum': 'max', 'environ': 'approx' },
  range: { from: ['de', 'du', 'depuis'], between: ['entre', 'compris entre'], to: ['à', 'au', '-', '–', '—', '~'], and: ['et'] },
  boundJoiners: ['et', ',', 'mais', ', mais'],
  scaleLinkers: ['de', "d'"],
  currencies: {
    // Les couronnes tchèques, suédoises, norvégiennes, danoises.
    'couronne tchèque': 'CZK', 'couronnes tchèques': 'CZK', 'kč': 'CZK', 'couronne suédoise': 'SEK', 'couronne norvégienne': 'NOK', 'couronnes norvégiennes': 'NOK',
    'couronne danoise': 'DKK', 'couronnes danoises': 'DKK',
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', 'dollars américains': 'USD', 'dollar américain': 'USD',
    'dollars us': 'USD', 'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', 'dollars australiens': 'AUD',
    'dollar australien': 'AUD', 'dollars de hong kong': 'HKD', livre: 'GBP', livres: 'GBP', 'livre sterling': 'GBP',
    'livres sterling': 'GBP', franc: 'FRF', francs: 'FRF', 'franc suisse': 'CHF', 'francs suisses': 'CHF',
    'francs français': 'FRF', yen: 'JPY', yens: 'JPY', yuan: 'CNY', yuans: 'CNY', renminbi: 'CNY', roupie: 'INR',
    roupies: 'INR', 'roupies indiennes': 'INR', rouble: 'RUB', roubles: 'RUB', peso: 'MXN', pesos: 'MXN',
    'pesos mexicains': 'MXN', 'livre turque': 'TRY', 'livres turques': 'TRY', lire: 'ITL', peseta: 'ESP',
    pesetas: 'ESP', 'couronnes suédoises': 'SEK', won: 'KRW', rand: 'ZAR', centime: 'cent', centimes: 'cent',
    penny: 'penny', pence: 'pence', bitcoin: 'BTC', bitcoins: 'BTC', usd: 'USD', eur: 'EUR', gbp: 'GBP',
    cents: 'cent', 'dollar états-unis': 'USD', 'dollars états-unis': 'USD', 'dollar des états-unis': 'USD',
    'dollars des états-unis': 'USD', 'dollar néo-zélandais': 'NZD', 'dollars néo-zélandais': 'NZD',
    'dollar de hong kong': 'HKD', 'yen japonais': 'JPY', 'yens japonais': 'JPY', 'yuan chinois': 'CNY',
    'yuans chinois': 'CNY', 'roupie indienne': 'INR', 'mark finlandais': 'FIM', 'marks finlandais': 'FIM',
    florin: 'NLG', florins: 'NLG', 'florins hollandais': 'NLG', 'florins néerlandais': 'NLG', '$ c': 'CAD',
    '$ ca': 'CAD', '$ can': 'CAD', '$ cad': 'CAD', '$ hk': 'HKD', '$ us': 'USD', '$ usd': 'USD', '$ au': 'AUD',
    'peso mexicain': 'MXN', 'livre britannique': 'GBP', 'livres britanniques': 'GBP',

    // Les familles nommées d'un seul mot (issue 11) : quel franc, quelle couronne, quelle roupie.
    'francs cfa': 'XOF', 'franc cfa': 'XOF', 'francs belges': 'BEF', 'franc belge': 'BEF', couronne: 'SEK', couronnes: 'SEK',
    'couronnes islandaises': 'ISK', 'livres égyptiennes': 'EGP', 'livre égyptienne': 'EGP', 'roupies pakistanaises': 'PKR',
    'pesos argentins': 'ARS', 'peso argentin': 'ARS', 'pesos chiliens': 'CLP', 'pesos colombiens': 'COP', 'pesos philippins': 'PHP',
    'roubles biélorusses': 'BYN', roupiah: 'IDR', roupiahs: 'IDR', rupiah: 'IDR', rupiahs: 'IDR', hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH',
    tenge: 'KZT', tenges: 'KZT', naira: 'NGN', nairas: 'NGN', denier: 'denarius', deniers: 'denarius', sesterce: 'sestertius', sesterces: 'sestertius',
  },
  currencyFamilies: {
    dollar: 'Dollar', dollars: 'Dollar', franc: 'Franc', francs: 'Franc', 'francs cfa': ['XOF', 'XAF'], 'franc cfa': ['XOF', 'XAF'],
    couronne: 'Krona', couronnes: 'Krona', livre: 'Pound', livres: 'Pound', lire: 'Lira', roupie: 'Rupee', roupies: 'Rupee',
    rouble: 'Ruble', roubles: 'Ruble', peso: 'Peso', pesos: 'Peso', won: 'Won',
  },
  units: {
    // light-years, before the years they begin with ("5.000 años luz")
    'année - lumière': 'ly', 'années - lumière': 'ly', 'année lumière': 'ly', 'années lumière': 'ly',
    // temperatures: "30 degrees Celsius" is °C; "30 degrees" alone stays a degree
    'degrés celsius': '°C', 'degré celsius': '°C', 'degrés fahrenheit': '°F', 'degré fahrenheit': '°F',
    décennie: 'dec', décennies: 'dec',
    an: 'yr', ans: 'yr', année: 'yr', années: 'yr', mois: 'mo', semaine: 'wk', semaines: 'wk', jour: 'd', jours: 'd', heure: 'h', heures: 'h', minute: 'min', minutes: 'min', seconde: 's', secondes: 's',
    'points': 'pt',
    kilomètre: 'km', kilomètres: 'km', mètre: 'm', mètres: 'm', décimètre: 'dm', décimètres: 'dm', centimètre: 'cm',
    centimètres: 'cm', millimètre: 'mm', millimètres: 'mm', micromètre: 'µm', micromètres: 'µm', nanomètre: 'nm',
    nanomètres: 'nm', hectomètre: 'hm', hectomètres: 'hm', picomètre: 'pm', picomètres: 'pm', mile: 'mi', miles: 'mi', milles: 'mi', pied: 'ft',
    pieds: 'ft', pouce: 'in', pouces: 'in', yard: 'yd', yards: 'yd', 'mètre carré': 'm²', 'mètres carrés': 'm²',
    'kilomètre carré': 'km²', 'kilomètres carrés': 'km²', hectare: 'ha', hectares: 'ha', acre: 'ac', acres: 'ac',
    'mètre cube': 'm³', 'mètres cubes': 'm³', 'pieds cubes': 'ft³', litre: 'l', litres: 'l', millilitre: 'ml',
    millilitres: 'ml', hectolitre: 'hl', hectolitres: 'hl', gallon: 'gal', gallons: 'gal', baril: 'bbl', barils: 'bbl',
    gramme: 'g', grammes: 'g', kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', milligramme: 'mg',
    milligrammes: 'mg', microgramme: 'µg', microgrammes: 'µg', tonne: 't', tonnes: 't', 'tonne métrique': 'tm',
    'tonnes métriques': 'tm', livre: 'lb', livres: 'lb', once: 'oz', onces: 'oz', degré: 'deg', degrés: 'deg',
    radian: 'rad', radians: 'rad', tour: 'turn', tours: 'turn', 'cuillère à café': 'tsp', 'cuillères à café': 'tsp',
    'cuillère à soupe': 'tbsp', 'cuillères à soupe': 'tbsp', tasse: 'cup', tasses: 'cup', bit: 'bit', bits: 'bit',
    octet: 'B', octets: 'B', 'ko': 'kB', 'mo': 'MB', 'go': 'GB', 'to': 'TB', kilooctet: 'kB', mégaoctet: 'MB',
    mégaoctets: 'MB', gigaoctet: 'GB', gigaoctets: 'GB', téraoctets: 'TB', 'kilomètres par heure': 'km/h',
    "kilomètres à l'heure": 'km/h', 'kilomètre par heure': 'km/h', 'mètres par seconde': 'm/s', 'milles à l\'heure': 'mph',
    'miles par heure': 'mph', "miles à l'heure": 'mph', 'km par heure': 'km/h', "km à l'heure": 'km/h', 'km carrés': 'km²',  watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', mégawatt: 'MW', mégawatts: 'MW',
    gigawatt: 'GW', gigawatts: 'GW', kilowattheure: 'kWh', kilowattheures: 'kWh', pétaflops: 'P',
  },
  ordinalSuffixes: ['e', 'er', 'ère', 're', 'ème', 'eme', 'è', 'nd', 'nde', 'ᵉ', 'ᵉʳ'],
  ordinals: {
    premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, seconds: 2,
    ...inflect(
      {
        deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9,
        dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14, quinzième: 15, seizième: 16,
        vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60, centième: 100,
        millième: 1000, millionième: 1e6,
      },
      ['', 's']
    ),
    // only after tens: "vingt et unième", "trente et unième"
    unième: 1,
  },
  // "le Premier ministre", "la première dame": titles, no rank.
  ordinalTitles: ['ministre', 'ministres', 'dame', 'secrétaire', 'violon', 'rôle', 'rôles', 'adjoint', 'adjointe', 'lieutenant'],
  // "une seconde", "en second lieu": the ordinal only after a determiner.
  ambiguousOrdinals: ['second', 'seconde', 'seconds', 'unième'],
  determiners: ['le', 'la', 'les', "l'", 'au', 'aux', 'du', 'des', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'notre', 'votre'],
  romanBefore: ['siècle', 'siècles', 'millénaire', 'arrondissement'],
  // "en el año 1000", "cerca del año 1000 a. C.": the year of a date.
  // "se termine vers 1500": around a year ("vers 15 h" is a time).
  yearQualifiers: { vers: 'approx' },
  yearWords: ["l'an", "en l'an", "de l'an", "l'année", "en l'année"],
  decadeBefore: ['années', 'annees', 'décennie', 'décennie des années'],
  countedNoun: 'next',
  // "500 av. J.-C.", "en 79 apr. J.-C.": an era after the number makes it a year.
  eraAfter: ['av . j . - c .', 'av . j . - c', 'apr . j . - c .', 'apr . j . - c', 'av . j . c .', 'apr . j . c .', 'avant jésus - christ', 'après jésus - christ', 'av . n . è .', 'de n . è .', 'avant notre ère', 'de notre ère'],
  vagueQuantities: ['plusieurs', 'quelques', 'divers', 'diverses', 'certains', 'certaines'],
  durationAfter: ['près', 'tard', 'après', 'avant', 'plus tôt', 'trop'],
  yearPrepositions: ['en', 'depuis', 'dès', 'jusqu\'en', 'avant', 'après', 'vers'],
  decadeArticles: ['des années', 'les années'],
  stopWords: [
    'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'un', 'une', 'et', 'ou', 'à', 'au', 'aux', 'en', 'dans', 'sur',
    'pour', 'par', 'avec', 'sans', 'que', 'qui', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
    'est', 'sont', 'a', 'ont', 'été', 'était', 'plus', 'moins', 'fois', 'ne', 'pas', 'se', 'il', 'elle', 'ils',
    'elles', 'on', 'nous', 'vous', 'je', 'tu', 'y', 'comme', 'mais', 'donc', 'car', 'si', 'depuis', 'entre', 'vers',
    'chez', 'après', 'avant', 'selon', 'contre', 'environ',
  ],
};
