// Spanish words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte)';

export const validation: ValidationLanguage = {
  respectively: ['respectivamente'],
  conjunctions: ['y', 'e', 'o', 'u'],
  nameConnectors: ['of', 'the', 'de', 'del', 'la', 'las', 'los'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'estos', 'estas', 'sus', 'ambos', 'ambas'],
  enumerationStops: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'de', 'del',
    'en', 'con', 'por', 'para', 'sin', 'sobre', 'entre', 'hacia', 'desde', 'a', 'al', 'y', 'o', 'pero', 'que', 'quien',
    'es', 'son', 'era', 'eran', 'fue', 'fueron', 'ha', 'han', 'había', 'puede', 'pueden', 'debe', 'deben', 'no',
    'también', 'se', 'respectivamente', 'cada', 'todos', 'todas',
  ],
  openEnded: ['otros', 'otras', 'etc', 'demás'],
  enumerationIntroducers: [],
  rangeOpeners: ['de', 'desde'],
  rangeWords: [['entre', 'y']],
  definitions: [/\ben adelante(?:,)? [«“"](?<term>[^»”"]+)[»”"]/iu],
  countWords: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, veinte: 20 },
  rankings: [
    { pattern: new RegExp(`\\bentre (?:los|las) ${COUNT} (?:primeros|primeras|mejores)\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bentre (?:los|las) (?:primeros|primeras|mejores) ${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bentre (?:los|las) ${COUNT} (?=\\p{L})`, 'iu'), kind: 'group' },
  ],
  quotes: { pairs: [['«', '»'], ['“', '”']], nested: ['“', '”'], apostrophes: '’\'', ignore: '‘' },
  spacedPunctuation: '',
  futureStems: ['próxim', 'será', 'serán', 'previst', 'hasta', 'a partir'],
  changeStems: ['aument', 'crec', 'subi', 'alza', 'dupl', 'tripl'],
  shareStems: ['cuota', 'de los encuestados', 'representa', 'participación'],
};
