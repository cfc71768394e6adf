// German words the validation rules read.

import type { ValidationLanguage } from '../../validate/lang/types.js';

const COUNT = '(?<n>\\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig)';

export const validation: ValidationLanguage = {
  respectively: ['bzw.', 'beziehungsweise'],
  conjunctions: ['und', 'sowie', 'oder'],
  nameConnectors: ['of', 'the', 'de', 'la', 'le', 'von', 'van', 'der', 'den', 'du', 'des', 'di', 'da'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'beide', 'beiden', 'diese', 'dieser', 'diesen', 'dieses', 'jene', 'jenen', 'alle', 'allen', 'unsere', 'unseren', 'ihre', 'ihren', 'seine', 'seinen', 'deren', 'dessen'],
  enumerationStops: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
    'sein', 'seine', 'seinen', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere',
    'dieser', 'diese', 'dieses', 'diesen', 'jeder', 'jede', 'jedes', 'alle', 'allen', 'beide', 'andere', 'anderen',
    'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'aus', 'auf', 'in', 'im', 'ins', 'an', 'am', 'bei', 'beim', 'für',
    'über', 'unter', 'nach', 'vor', 'seit', 'durch', 'gegen', 'ohne', 'um', 'bis', 'als', 'wie', 'zwischen',
    'und', 'oder', 'aber', 'sowie', 'dass', 'ob', 'weil', 'wenn', 'da', 'denn', 'doch', 'sondern',
    'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden',
    'kann', 'können', 'konnte', 'konnten', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'sollten', 'will', 'wollen',
    'sich', 'es', 'er', 'sie', 'wir', 'man', 'nicht', 'auch', 'noch', 'nur', 'schon', 'sehr', 'so', 'jeweils',
    'insgesamt', 'zusammen', 'gemeinsam', 'lagen', 'liegen', 'liegt', 'gehören', 'gehörten', 'pro', 'je',
  ],
  openEnded: ['andere', 'anderen', 'weitere', 'weiteren', 'usw', 'etc', 'u.a', 'sonstige'],
  enumerationIntroducers: ['nämlich'],
  rangeOpeners: ['von'],
  rangeWords: [['zwischen', 'und'], ['von', 'bis']],
  definitions: [/\bim Folgenden(?: kurz)?(?: als)? [„»"“](?<term>[^“«"”]+)[“«"”]/u],
  countWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  },
  rankings: [
    { pattern: new RegExp(`\\b(?:unter|zu) den (?:ersten|besten|führenden|Top[- ]?)\\s*${COUNT}\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bdie (?:ersten|besten) ${COUNT} Plätze\\b`, 'iu'), kind: 'top' },
    { pattern: new RegExp(`\\bTop[- ]${COUNT}\\b`, 'u'), kind: 'top' },
    // Without the i flag: the group's noun must be capitalised (\p{Lu} would match any case).
    { pattern: new RegExp(`\\b[Uu]nter den ${COUNT} (?=\\p{Lu})`, 'u'), kind: 'group' },
  ],
  quotes: { pairs: [['„', '“'], ['»', '«'], ['‚', '‘'], ['›', '‹']], nested: ['‚', '‘'], apostrophes: '’\'', ignore: '' },
  spacedPunctuation: '',
  futureStems: ['nächst', 'kommend', 'künftig', 'soll', 'wird', 'werden', 'geplant', 'plant', 'voraussichtlich', 'bevorsteh', 'ab dem', 'bis zum', 'frist'],
  compoundWords: true,
  changeStems: ['gestiegen', 'steig', 'stieg', 'wachs', 'wuchs', 'zunahm', 'zugenommen', 'zuwachs', 'anstieg', 'erhöh', 'plus', 'mehr als im', 'verdoppel', 'verdreifach', 'übertr'],
  shareStems: ['anteil', 'entfallen', 'entfiel', 'davon', 'der befragten', 'stimmten', 'machen', 'macht'],
};
