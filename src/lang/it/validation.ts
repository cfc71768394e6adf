// Italian words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|venti)';

export const validation: ValidationLanguage = {
  respectively: ['rispettivamente'],
  conjunctions: ['e', 'ed', 'o', 'oppure'],
  nameConnectors: ['of', 'the', 'di', 'del', 'della', 'de', 'la'],
  determiners: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'questi', 'queste', 'entrambi', 'entrambe'],
  enumerationStops: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'suo', 'sua', 'suoi', 'sue', 'loro', 'questo', 'questa',
    'di', 'del', 'della', 'in', 'nel', 'nella', 'con', 'per', 'su', 'tra', 'fra', 'da', 'dal', 'a', 'al', 'e', 'o',
    'ma', 'che', 'chi', 'è', 'sono', 'era', 'erano', 'ha', 'hanno', 'può', 'possono', 'deve', 'devono', 'non',
    'anche', 'si', 'rispettivamente', 'ogni', 'tutti', 'tutte',
  ],
  openEnded: ['altri', 'altre', 'ecc', 'etc'],
  enumerationIntroducers: ['ovvero', 'cioè'],
  rangeOpeners: ['da', 'dal'],
  rangeWords: [['tra', 'e'], ['fra', 'e']],
  definitions: [/\bdi seguito(?: denominat[oa])? [«“"](?<term>[^»”"]+)[»”"]/iu],
  countWords: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, venti: 20 },
  rankings: [
    { pattern: new RegExp(`\\btra (?:i|le) (?:primi|prime|migliori) ${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\btra (?:i|le) ${COUNT} (?=\\p{L})`, 'iu'), kind: 'group' },
  ],
  quotes: { pairs: [['«', '»'], ['“', '”']], nested: ['“', '”'], apostrophes: '’\'', ignore: '‘' },
  spacedPunctuation: '',
  futureStems: ['prossim', 'sarà', 'saranno', 'previst', 'fino al', 'a partire'],
  changeStems: ['aument', 'cresc', 'cresciut', 'salit', 'raddopp', 'triplic'],
  shareStems: ['quota', 'degli intervistati', 'rappresent'],
};
