// French knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'a déclaré', 'a dit', 'a expliqué', 'a souligné', 'a affirmé', 'a ajouté', 'a annoncé', 'a estimé', 'estime', 'pense',
    'croit', 'déclare', 'explique', 'souligne', 'affirme', 'dit', 'a indiqué', 'indique', 'a précisé', 'selon',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'selon {source}',
    "d'après {source}",
    '{verb} {speaker}',
    '{pronoun} {verb}',
  ],
  pronouns: ['il', 'elle', 'Il', 'Elle'],
  notNames: ['Le', 'La', 'Les', 'Un', 'Une', 'Ce', 'Cette', 'Ces', 'Il', 'Elle', 'Selon', 'En', 'Au', 'Aux', 'Dans'],
  rankings: [
    'parmi les (?<count>\\p{L}+|\\d+) premi(?:er|ère)s',
    'dans le top[- ]?(?<count>\\p{L}+|\\d+)',
    'en tête',
    'au premier rang',
    'à la première place',
    'premier rang',
    'première place',
    "l'une? des plus (?:grand|important|fort)e?s",
    '(?:le|la|les) plus (?:grand|important|fort|élevé)e?s?',
    'leaders?\\b',
    'de premier plan',
  ],
  counts: { un: 1, une: 1, premier: 1, première: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  nameEndings: [],
};
