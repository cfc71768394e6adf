// French words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt)';

export const validation: ValidationLanguage = {
  respectively: ['respectivement'],
  conjunctions: ['et', 'ou', 'ainsi que'],
  nameConnectors: ['of', 'the', 'de', 'la', 'le', 'du', 'des', 'di', 'da', "d'"],
  determiners: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'ces', 'ce', 'cette', 'leurs', 'leur', 'ses', 'nos'],
  enumerationStops: [
    'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
    'leur', 'leurs', 'notre', 'nos', 'dans', 'sur', 'à', 'au', 'aux', 'par', 'pour', 'avec', 'sans', 'sous', 'entre',
    'vers', 'chez', 'depuis', 'et', 'ou', 'mais', 'que', 'qui', 'dont', 'est', 'sont', 'était', 'étaient', 'ont', 'a',
    'sera', 'seront', 'peut', 'peuvent', 'doit', 'doivent', 'ne', 'pas', 'aussi', 'se', 'il', 'elle', 'ils', 'elles',
    'on', 'respectivement', 'chacun', 'chacune', 'tous', 'toutes',
  ],
  openEnded: ['autres', 'autre', 'etc'],
  enumerationIntroducers: ['à savoir'],
  rangeOpeners: ['de', 'du'],
  rangeWords: [['entre', 'et']],
  definitions: [/\bci-après(?: dénommée?s?| appelée?s?)? [«“"]\s?(?<term>[^»”"]+?)\s?[»”"]/iu],
  countWords: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, vingt: 20 },
  rankings: [
    { pattern: new RegExp(`\\bparmi les ${COUNT} (?:premiers|premières|meilleurs|meilleures)\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\b(?:dans le|du) top[- ]${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bparmi les ${COUNT} (?=\\p{L})`, 'iu'), kind: 'group' },
  ],
  quotes: { pairs: [['«', '»'], ['“', '”'], ['‹', '›']], nested: ['“', '”'], apostrophes: '’\'', ignore: '‘' },
  // French sets a (narrow no-break) space before these.
  spacedPunctuation: ';:!?»%',
  futureStems: ['prochain', 'prochaine', 'sera', 'seront', 'prévu', 'doit', 'doivent', 'jusqu', 'à partir'],
  changeStems: ['hausse', 'augment', 'croissance', 'progress', 'bond', 'doubl', 'tripl'],
  shareStems: ['part', 'des sondés', 'des personnes interrogées', 'représent'],
};
