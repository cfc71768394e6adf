// Italian knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'ha detto', 'ha dichiarato', 'ha spiegato', 'ha sottolineato', 'ha affermato', 'ha aggiunto', 'ha annunciato',
    'dice', 'afferma', 'ritiene', 'crede', 'pensa', 'spiega', 'sottolinea', 'secondo',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'secondo {source}',
    '{verb} {speaker}',
  ],
  pronouns: [],
  notNames: ['Il', 'Lo', 'La', 'Le', 'Gli', 'I', 'Un', 'Una', 'Questo', 'Questa', 'Secondo', 'In', 'Nel', 'Nella'],
  rankings: [
    'tra i primi (?<count>\\p{L}+|\\d+)',
    'fra i primi (?<count>\\p{L}+|\\d+)',
    'nella top[- ]?(?<count>\\p{L}+|\\d+)',
    'in testa',
    'al primo posto',
    'primo posto',
    '(?:uno|una) de(?:i|gli|lle) (?:più grandi|maggiori|più importanti)',
    '(?:il|la|i|le) (?:più grandi?|maggiori?)\\b',
    'leader\\b',
  ],
  counts: { un: 1, uno: 1, una: 1, primo: 1, prima: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10 },
  nameEndings: [],
};
