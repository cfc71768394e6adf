// English words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)';

export const validation: ValidationLanguage = {
  respectively: ['respectively'],
  conjunctions: ['and', 'or', 'as well as'],
  nameConnectors: ['of', 'the', 'de', 'la', 'le', 'von', 'van', 'der', 'du', 'des', 'di', 'da', 'for'],
  determiners: ['the', 'a', 'an', 'both', 'these', 'those', 'this', 'that', 'its', 'their', 'our', 'his', 'her'],
  enumerationStops: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
    'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'over', 'under', 'after', 'before', 'since',
    'through', 'against', 'without', 'about', 'as', 'like', 'among', 'between', 'per',
    'and', 'or', 'but', 'that', 'whether', 'because', 'if', 'when', 'which', 'who', 'where',
    'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'may',
    'might', 'be', 'been', 'being', 'do', 'does', 'did', 'it', 'they', 'we', 'he', 'she', 'not', 'also', 'only',
    'very', 'respectively', 'each', 'together', 'all', 'both', 'other', 'ranked', 'came', 'were',
  ],
  openEnded: ['other', 'others', 'more', 'etc', 'so'],
  enumerationIntroducers: ['of', 'namely'],
  rangeOpeners: ['from'],
  rangeWords: [['between', 'and']],
  definitions: [/\b(?:hereinafter|hereafter)(?: referred to as| called)?,? [“"](?<term>[^”"]+)[”"]/iu],
  countWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  },
  rankings: [
    { pattern: new RegExp(`\\b(?:among|in|within) the (?:top|first|leading|best)[- ]${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bthe (?:top|first) ${COUNT} (?:places|spots|positions)\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\btop[- ]${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bamong the ${COUNT} (?=\\p{L})`, 'iu'), kind: 'group' },
  ],
  // ‘ and ’ double as apostrophes in English: only double quotes are paired.
  quotes: { pairs: [['“', '”']], nested: ['‘', '’'], apostrophes: '’\'', ignore: '‘' },
  spacedPunctuation: '',
  futureStems: ['next', 'upcoming', 'coming', 'will ', 'shall', 'plans to', 'plan to', 'planned', 'scheduled', 'is due', 'are due', 'is to ', 'are to ', 'expected to', 'deadline', 'until'],
  changeStems: ['increas', 'rose', 'rise', 'risen', 'grew', 'grow', 'gain', 'jump', 'surge', 'up ', 'higher', 'more than in', 'doubl', 'tripl', 'climb'],
  shareStems: ['share', 'of respondents', 'accounted for', 'account for', 'voted', 'of the total', 'made up', 'make up'],
};
