// Portuguese figure knowledge (Brazilian and European): number words joined with "e"
// ("cento e vinte e três"), scales (bilhão = 10⁹ in Brazil, bilião = 10¹² in Portugal),
// qualifiers, percent, currency and unit words.

import { inflect } from '../inflect.js';
import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9,
    dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16,
    dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40,
    cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200,
    duzentas: 200, trezentos: 300, trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500,
    quinhentas: 500, seiscentos: 600, seiscentas: 600, setecentos: 700, setecentas: 700, oitocentos: 800,
    oitocentas: 800, novecentos: 900, novecentas: 900,
  },
  hundreds: [],
  // thousands, hundreds of thousands: orders of magnitude without a count (qa/figure-magnitude)
  magnitudes: { dezenas: 10, centenas: 100, centenares: 100, milhares: 1e3, milhões: 1e6, bilhões: 1e9, biliões: 1e12 },
  magnitudeLinkers: ['de'],
  scales: {
    mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, bilião: 1e12, biliões: 1e12, trilhão: 1e12,
    trilhões: 1e12, mi: 1e6, bi: 1e9, tri: 1e12,
  },
  scaleSymbols: { k: 1e3, K: 1e3, M: 1e6, G: 1e9 },
  standalone: ['cem', 'mil', 'metade'],
  connectors: ['e'],
  connectorAfter: ['tens', 'hundred', 'scale'],
  indefinite: ['um', 'uma'],
  fractions: {
    meios: 2, terço: 3, terços: 3, quarto: 4, quartos: 4, quinto: 5, quintos: 5, sexto: 6, sextos: 6, sétimo: 7,
    sétimos: 7, oitavo: 8, oitavos: 8, nono: 9, nonos: 9, décimo: 10, décimos: 10, centésimo: 100, centésimos: 100,
    milésimo: 1e3, milésimos: 1e3, milionésimo: 1e6, milionésimos: 1e6, bilionésimo: 1e9, bilionésimos: 1e9,
  },
  pluralFractions: ['meios'],
  halves: {
    // "a terça parte": a third, a fraction in two words
    'terça parte': 1 / 3, 'quarta parte': 1 / 4, 'quinta parte': 1 / 5, 'décima parte': 1 / 10,
    meio: 0.5, meia: 0.5, metade: 0.5 },
  fractionOver: ['sobre'],
  dozens: { dúzia: 12, dúzias: 12, dezena: 10, dezenas: 10, centena: 100, centenas: 100 },
  // "deux semaines et demie", "una hora y media": a half after the unit
  unitHalves: ['e meio', 'e meia'],
  // "une vingtaine de", "un centinaio di": about twenty, about a hundred
  approxCollectives: { vintena: 20, trintena: 30, quarentena: 40, milhar: 1000, milhares: 1000 },
  fractionMarkers: ['avos'],
  decimalWords: ['vírgula', 'ponto', 'com'],
  minusWords: ['menos', 'negativo'],
  percent: ['por cento', 'porcento', '%'],
  percentPoints: ['pontos percentuais', 'ponto percentual'],
  // "vivem até os cem anos", "contar até cem": until, or up to (see durationBounds in number-data.ts)
  durationBounds: ['até'],
  qualifiers: {
    // "neither more nor less than": exactly, though it holds the words of both bounds
    'nem mais nem menos que': 'exact', 'nem mais nem menos do que': 'exact', 'nem mais, nem menos que': 'exact',
    // more words for about, before the number (issue 11, approximation added or dropped)
    'aprox .': 'approx', 'em torno dos': 'approx', 'em torno das': 'approx', 'por volta dos': 'approx', 'por volta das': 'approx', 'perto dos': 'approx', 'perto das': 'approx', 'mais ou menos': 'approx', 'à volta de': 'approx', 'na casa dos': 'approx', 'na casa das': 'approx',
    'cerca de': 'approx', aproximadamente: 'approx', 'em torno de': 'approx', 'por volta de': 'approx',
    uns: 'approx', umas: 'approx', 'perto de': 'approx', quase: 'approx',
    'mais de': 'over', 'acima de': 'over', 'superior a': 'over', 'maior que': 'over', 'maior do que': 'over',
    'mais do que': 'over', 'mais que': 'over',
    // verbs of exceeding: "passaram de um milhão", "ultrapassou 500"
    'passou de': 'over', 'passaram de': 'over', 'passa de': 'over', 'passam de': 'over', ultrapassou: 'over', ultrapassaram: 'over',
    ultrapassa: 'over', ultrapassam: 'over', superou: 'over', superaram: 'over',
    'menos de': 'under', 'abaixo de': 'under', 'inferior a': 'under', 'menor que': 'under', 'menor do que': 'under',
    'menos do que': 'under', 'menos que': 'under',
    'pelo menos': 'min', 'pelo menos de': 'min', 'ao menos de': 'min', 'no mínimo de': 'min', 'pelo menos entre': 'min', 'no mínimo': 'min', 'ao menos': 'min', 'não menos de': 'min', 'maior ou igual a': 'min',
    'igual ou superior a': 'min', '>=': 'min', '≥': 'min',
    'até': 'max', 'no máximo': 'max', 'não mais de': 'max', 'não mais que': 'max', 'menor ou igual a': 'max',
    'igual ou inferior a': 'max', '<=': 'max', '< =': 'max', '≤': 'max', '>': 'over', '<': 'under',
    'igual a': 'exact', exatamente: 'exact', '=': 'exact', 'equivale a': 'exact', 'é igual a': 'exact',
    'pouco mais de': 'over', 'pouco menos de': 'under', 'cerca dos': 'approx', 'cerca das': 'approx', 'mais do': 'over', 'menos do': 'under',
    'nem sequer': 'under', 'nem mesmo': 'under',
    'maiores que': 'over', 'maiores de': 'over', 'maior de': 'over', 'superiores a': 'over', 'mais alto que': 'over',
    'mais alta que': 'over', 'menores que': 'under', 'menores de': 'under', 'menor de': 'under', 'inferiores a': 'under',
    'mais baixo que': 'under', 'mais baixa que': 'under', 'maior ou igual que': 'min', 'maiores ou iguais a': 'min',
    'maiores ou iguais que': 'min', 'menor ou igual que': 'max', 'menores ou iguais a': 'max', 'menores ou iguais que': 'max',
    'inferior ou igual a': 'max', 'inferiores ou iguais a': 'max', 'superior ou igual a': 'min', 'superiores ou iguais a': 'min',
  },
  articles: ['a', 'o', 'os', 'as'],
  postQualifiers: {
    // about, after the number
    aproximadamente: 'approx', 'mais ou menos': 'approx',
    'ou mais': 'min', 'e mais': 'min', 'ou maior': 'min', 'ou superior': 'min', 'pelo menos': 'min', 'ao menos': 'min',
    'no mínimo': 'min', 'como mínimo': 'min', 'ou menos': 'max', 'ou menor': 'max', 'ou inferior': 'max', 'no máximo': 'max',
    'como máximo': 'max',
  },
  range: { from: ['de', 'do', 'da', 'desde'], between: ['entre'], to: ['a', 'ao', 'à', 'até', 'ateh', '-', '–', '—', '~'], and: ['e'] },
  boundJoiners: ['e', ',', 'mas', 'e não', ', mas'],
  scaleLinkers: ['de'],
  currencies: {
    // As coroas checas, suecas, norueguesas, dinamarquesas.
    'coroa checa': 'CZK', 'coroas checas': 'CZK', 'coroa tcheca': 'CZK', 'coroas tchecas': 'CZK', 'kč': 'CZK', 'coroa sueca': 'SEK', 'coroas suecas': 'SEK',
    'coroa norueguesa': 'NOK', 'coroas norueguesas': 'NOK', 'coroa dinamarquesa': 'DKK', 'coroas dinamarquesas': 'DKK',
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', 'dólares americanos': 'USD',
    'dólares norte-americanos': 'USD', 'dólares estadunidenses': 'USD', 'dólar americano': 'USD',
    'dólares canadenses': 'CAD', 'dólares australianos': 'AUD', real: 'BRL', reais: 'BRL', libra: 'GBP',
    libras: 'GBP', 'libras esterlinas': 'GBP', 'libra esterlina': 'GBP', iene: 'JPY', ienes: 'JPY', yen: 'JPY',
    yuan: 'CNY', yuans: 'CNY', iuane: 'CNY', iuanes: 'CNY', renminbi: 'CNY', franco: 'CHF',
    francos: 'CHF', 'francos suíços': 'CHF', rupia: 'INR', rupias: 'INR', rublo: 'RUB', rublos: 'RUB', peso: 'MXN',
    pesos: 'MXN', 'pesos mexicanos': 'MXN', lira: 'TRY', liras: 'TRY', 'liras turcas': 'TRY', centavo: 'cent',
    centavos: 'cent', cêntimo: 'cent', cêntimos: 'cent', pêni: 'penny', bitcoin: 'BTC', bitcoins: 'BTC', usd: 'USD',
    eur: 'EUR', brl: 'BRL', 'dólar estadunidense': 'USD', 'dólar norte-americano': 'USD', 'dólar canadense': 'CAD',
    'dólar canadiano': 'CAD', 'dólar australiano': 'AUD', 'dólar neozelandês': 'NZD', 'dólares neozelandeses': 'NZD',
    'dólar de hong kong': 'HKD', 'dólares de hong kong': 'HKD', 'yuan chinês': 'CNY', 'franco suíço': 'CHF',
    'francos suiços': 'CHF', florim: 'NLG', florins: 'NLG', 'florim holandês': 'NLG', 'florins holandeses': 'NLG',
    'marco finlandês': 'FIM', 'marcos finlandeses': 'FIM', 'peso mexicano': 'MXN', yenes: 'JPY', penies: 'penny',
    peseta: 'ESP', pesetas: 'ESP', dóllar: 'USD',

    // As famílias nomeadas com uma só palavra (issue 11): que franco, que coroa, que rupia.
    'francos cfa': 'XOF', 'franco cfa': 'XOF', 'francos belgas': 'BEF', 'francos franceses': 'FRF', coroa: 'SEK', coroas: 'SEK', 'coroas islandesas': 'ISK',
    'libras egípcias': 'EGP', 'rupias paquistanesas': 'PKR', 'rupias indonésias': 'IDR', 'pesos argentinos': 'ARS', 'peso argentino': 'ARS',
    'pesos chilenos': 'CLP', 'pesos colombianos': 'COP', 'pesos filipinos': 'PHP', 'rublos bielorrussos': 'BYN',
    grívnia: 'UAH', grívnias: 'UAH', hryvnia: 'UAH', hryvnias: 'UAH', tenge: 'KZT', tenges: 'KZT', naira: 'NGN', nairas: 'NGN', won: 'KRW', wons: 'KRW',
    denário: 'denarius', denários: 'denarius', sestércio: 'sestertius', sestércios: 'sestertius', áureo: 'aureus', áureos: 'aureus',
  },
  currencyFamilies: {
    dólar: 'Dollar', dólares: 'Dollar', dóllar: 'Dollar', franco: 'Franc', francos: 'Franc', 'francos cfa': ['XOF', 'XAF'], 'franco cfa': ['XOF', 'XAF'],
    coroa: 'Krona', coroas: 'Krona', libra: 'Pound', libras: 'Pound', lira: 'Lira', liras: 'Lira',
    rupia: ['Rupee', 'Rupiah'], rupias: ['Rupee', 'Rupiah'], rublo: 'Ruble', rublos: 'Ruble', peso: 'Peso', pesos: 'Peso', won: 'Won', wons: 'Won',
  },
  units: {
    // light-years, before the years they begin with
    'ano - luz': 'ly', 'anos - luz': 'ly', 'ano luz': 'ly', 'anos luz': 'ly',
    // temperatures: "30 degrees Celsius" is °C; "30 degrees" alone stays a degree
    'graus celsius': '°C', 'graus centígrados': '°C', 'grau celsius': '°C', 'graus fahrenheit': '°F',
    década: 'dec', décadas: 'dec', decênio: 'dec', decênios: 'dec', decénio: 'dec', decénios: 'dec',
    ano: 'yr', anos: 'yr', mês: 'mo', meses: 'mo', semana: 'wk', semanas: 'wk', dia: 'd', dias: 'd', hora: 'h', horas: 'h', minuto: 'min', minutos: 'min', segundo: 's', segundos: 's',
    'pontos': 'pt',
    quilômetro: 'km', quilômetros: 'km', quilómetro: 'km', quilómetros: 'km', metro: 'm', metros: 'm',
    decímetro: 'dm', decímetros: 'dm', centímetro: 'cm', centímetros: 'cm', milímetro: 'mm', milímetros: 'mm',
    micrômetro: 'µm', micrômetros: 'µm', nanômetro: 'nm', nanômetros: 'nm', milha: 'mi', milhas: 'mi', pé: 'ft',
    pés: 'ft', polegada: 'in', polegadas: 'in', jarda: 'yd', jardas: 'yd', 'metro quadrado': 'm²',
    'metros quadrados': 'm²', 'quilômetro quadrado': 'km²', 'quilômetros quadrados': 'km²', hectare: 'ha',
    hectares: 'ha', acre: 'ac', acres: 'ac', 'metro cúbico': 'm³', 'metros cúbicos': 'm³', 'pés cúbicos': 'ft³', 'pé cúbico': 'ft³',
    'centímetro cúbico': 'cm³', 'centímetros cúbicos': 'cm³', 'milha por hora': 'mph', 'mi por hora': 'mph',
    't métrica': 'tm', 't métricas': 'tm',
    litro: 'l', litros: 'l', mililitro: 'ml', mililitros: 'ml', galão: 'gal', galões: 'gal', barril: 'bbl',
    barris: 'bbl', grama: 'g', gramas: 'g', quilograma: 'kg', quilogramas: 'kg', quilo: 'kg', quilos: 'kg',
    miligrama: 'mg', miligramas: 'mg', micrograma: 'µg', microgramas: 'µg', tonelada: 't', toneladas: 't',
    'tonelada métrica': 'tm', 'toneladas métricas': 'tm', libra: 'lb', libras: 'lb', onça: 'oz', onças: 'oz',
    grau: 'deg', graus: 'deg', radiano: 'rad', radianos: 'rad', volta: 'turn', voltas: 'turn',
    'colher de chá': 'tsp', 'colheres de chá': 'tsp', 'colher de sopa': 'tbsp', 'colheres de sopa': 'tbsp',
    xícara: 'cup', xícaras: 'cup', bit: 'bit', bits: 'bit', byte: 'B', bytes: 'B', kilobyte: 'kB', megabyte: 'MB',
    megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB',
    'quilômetros por hora': 'km/h', 'quilómetros por hora': 'km/h', 'quilômetro por hora': 'km/h',
    'metros por segundo': 'm/s', 'milhas por hora': 'mph', 'km por hora': 'km/h', watt: 'W', watts: 'W', quilowatt: 'kW', quilowatts: 'kW',
    megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW', petaflops: 'P',
  },
  ordinalSuffixes: ['º', 'ª', '°', 'o', 'a'],
  ordinals: inflect(
    {
      primeir: 1, segund: 2, terceir: 3, quart: 4, quint: 5, sext: 6, sétim: 7, oitav: 8, non: 9, décim: 10,
      'décimo primeir': 11, vigésim: 20, trigésim: 30, quadragésim: 40, quinquagésim: 50, sexagésim: 60,
      septuagésim: 70, octogésim: 80, nonagésim: 90, centésim: 100, milésim: 1000, milionésim: 1e6,
    },
    ['o', 'a', 'os', 'as']
  ),
  // "o primeiro ministro", "a primeira dama" (hyphenated "primeiro-ministro" is a compound already): titles, no rank.
  ordinalTitles: ['ministro', 'ministra', 'ministros', 'dama', 'damas', 'secretário', 'secretária', 'violino', 'tenente'],
  // "segundo o ministro" (according to), "um quarto" (a room), "na quinta" (on Thursday): after a determiner only.
  ambiguousOrdinals: ['segundo', 'segunda', 'segundos', 'quarto', 'quarta', 'quartos', 'quinta', 'sexta', 'nono', 'nona'],
  determiners: ['o', 'a', 'os', 'as', 'ao', 'à', 'aos', 'às', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'pelo', 'pela', 'seu', 'sua', 'este', 'esta', 'nesta', 'neste', 'cada'],
  romanAfter: ['século', 'séculos', 'séc.', 'milênio', 'milénio'],
  // "en el año 1000", "cerca del año 1000 a. C.": the year of a date.
  yearWords: ['o ano', 'do ano', 'no ano', 'ao ano'],
  // "em 1822", "desde 1800", "até 1850": a year before 1900 too.
  yearPrepositions: ['em', 'desde', 'até', 'antes de', 'depois de', 'entre'],
  decadeBefore: ['anos', 'década de', 'décadas de', 'decada de'],
  // "um peso maior" (a greater weight): "peso" after an article alone is no amount of money
  homographs: ['peso'],
  countedNoun: 'next',
  // "500 a.C.", "em 79 d.C.": an era after the number makes it a year.
  eraAfter: ['a . c .', 'a . c', 'd . c .', 'd . c', 'a . e . c .', 'e . c .', 'antes de cristo', 'depois de cristo'],
  vagueQuantities: ['vários', 'várias', 'alguns', 'algumas', 'diversos', 'diversas'],
  stopWords: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'de', 'do', 'da', 'dos', 'das', 'e', 'ou', 'em', 'no', 'na', 'nos', 'nas',
    'com', 'por', 'para', 'sem', 'que', 'se', 'seu', 'sua', 'é', 'são', 'foi', 'tem', 'têm', 'mais', 'menos',
    'vezes', 'não', 'como', 'mas', 'entre', 'até', 'desde', 'sobre', 'ao', 'aos', 'pelo', 'pela', 'este', 'esta',
  ],
};
