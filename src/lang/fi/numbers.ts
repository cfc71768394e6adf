// Finnish figure knowledge for reading translations back: number words written as one word
// ("kaksikymmentäyksi" = two-tens-one, "yksitoista" = one-of-the-second-ten), partitive
// forms after numbers ("kolme miljoonaa", "26 prosenttia"), qualifiers, currency and units.

import type { NumberLanguage } from '../number-data.js';

export const numbers: NumberLanguage = {
  words: {
    nolla: 0, yksi: 1, kaksi: 2, kolme: 3, neljä: 4, viisi: 5, kuusi: 6, seitsemän: 7, kahdeksan: 8, yhdeksän: 9,
    kymmenen: 10, yhden: 1, kahden: 2, kolmen: 3, neljän: 4, viiden: 5, kuuden: 6,
  },
  compounds: true,
  tens: ['kymmentä'],
  teens: ['toista'],
  hundreds: ['sata', 'sataa'],
  scales: {
    tuhat: 1e3, tuhatta: 1e3, miljoona: 1e6, miljoonaa: 1e6, 'milj .': 1e6, milj: 1e6, miljardi: 1e9,
    miljardia: 1e9, 'mrd .': 1e9, mrd: 1e9, biljoona: 1e12, biljoonaa: 1e12,
  },
  standalone: ['sata', 'tuhat'],
  connectors: [],
  connectorAfter: [],
  indefinite: [],
  fractions: { puoli: 2, kolmasosa: 3, neljäsosa: 4 },
  halves: { puolitoista: 1.5 },
  decimalWords: ['pilkku'],
  minusWords: ['miinus'],
  percent: ['prosenttia', 'prosentti', 'prosentin', '%'],
  percentPoints: ['prosenttiyksikköä', 'prosenttiyksikkö', 'prosenttiyksikön'],
  qualifiers: {
    noin: 'approx', suunnilleen: 'approx', arviolta: 'approx', lähes: 'approx', melkein: 'approx', yli: 'over',
    'enemmän kuin': 'over', alle: 'under', 'vähemmän kuin': 'under', vähintään: 'min', ainakin: 'min',
    enintään: 'max', korkeintaan: 'max', jopa: 'max', tasan: 'exact',
  },
  postQualifiers: { 'tai enemmän': 'min', 'tai vähemmän': 'max' },
  range: { from: [], between: [], to: ['-', '–', '—'], and: [] },
  boundJoiners: ['ja', ','],
  currencies: { euroa: 'EUR', euro: 'EUR', 'dollaria': 'USD', dollari: 'USD', juania: 'CNY', jeniä: 'JPY', puntaa: 'GBP', senttiä: 'cent' },
  units: {
    kilometriä: 'km', kilometri: 'km', metriä: 'm', metri: 'm', senttimetriä: 'cm', neliömetriä: 'm²',
    neliökilometriä: 'km²', hehtaaria: 'ha', litraa: 'l', kiloa: 'kg', kilogrammaa: 'kg', grammaa: 'g', tonnia: 't',
    barrelia: 'bbl', megawattia: 'MW', petaflopsia: 'P',
  },
  countedNoun: 'next',
  vagueQuantities: ['useita', 'useat', 'muutama', 'muutamia', 'monta', 'monia'],
  stopWords: ['ja', 'tai', 'on', 'ovat', 'oli', 'se', 'ne', 'että', 'kuin', 'myös', 'ei', 'vuonna'],
};
