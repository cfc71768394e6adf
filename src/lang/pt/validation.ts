// Portuguese words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|vinte)';

export const validation: ValidationLanguage = {
  respectively: ['respectivamente'],
  conjunctions: ['e', 'ou'],
  nameConnectors: ['of', 'the', 'de', 'do', 'da', 'dos', 'das'],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'estes', 'estas', 'ambos', 'ambas', 'seus', 'suas'],
  enumerationStops: [
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'seu', 'sua', 'seus', 'suas', 'este', 'esta', 'de', 'do', 'da',
    'em', 'no', 'na', 'com', 'por', 'para', 'sem', 'sobre', 'entre', 'e', 'ou', 'mas', 'que', 'quem', 'é', 'são',
    'era', 'eram', 'foi', 'foram', 'tem', 'têm', 'pode', 'podem', 'deve', 'devem', 'não', 'também', 'se',
    'respectivamente', 'cada', 'todos', 'todas',
  ],
  openEnded: ['outros', 'outras', 'etc'],
  enumerationIntroducers: [],
  rangeOpeners: ['de', 'desde'],
  rangeWords: [['entre', 'e']],
  definitions: [/\bdoravante(?: denominad[oa])? [«“"](?<term>[^»”"]+)[»”"]/iu],
  countWords: { dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, vinte: 20 },
  rankings: [
    { pattern: new RegExp(`\\bentre (?:os|as) ${COUNT} (?:primeiros|primeiras|melhores)\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bentre (?:os|as) ${COUNT} (?=\\p{L})`, 'iu'), kind: 'group' },
  ],
  quotes: { pairs: [['“', '”'], ['«', '»']], nested: ['‘', '’'], apostrophes: '’\'', ignore: '‘' },
  spacedPunctuation: '',
  futureStems: ['próxim', 'será', 'serão', 'previst', 'até', 'a partir'],
  changeStems: ['aument', 'cresc', 'subi', 'alta', 'dupl', 'tripl'],
  shareStems: ['participação', 'dos entrevistados', 'represent', 'fatia'],
};
