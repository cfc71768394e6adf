// Spanish knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'dijo', 'dice', 'declaró', 'explicó', 'afirmó', 'señaló', 'subrayó', 'añadió', 'anunció', 'cree', 'considera',
    'opina', 'estima', 'aseguró', 'indicó', 'según',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'según {source}',
    'de acuerdo con {source}',
    '{verb} {speaker}',
  ],
  pronouns: [],
  notNames: ['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Este', 'Esta', 'Según', 'En', 'Al', 'Del'],
  rankings: [
    'entre (?:los|las) (?<count>\\p{L}+|\\d+) primer(?:os|as)',
    'entre (?:los|las) primer(?:os|as) (?<count>\\p{L}+|\\d+)',
    'en el top[- ]?(?<count>\\p{L}+|\\d+)',
    'a la cabeza',
    'en (?:el )?primer lugar',
    'primer puesto',
    '(?:uno|una) de (?:los|las) (?:mayores|más grandes|más importantes)',
    '(?:el|la|los|las) (?:mayor|mayores|más grandes?)\\b',
    'líder(?:es)?\\b',
  ],
  counts: { un: 1, uno: 1, una: 1, primer: 1, primero: 1, primera: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  nameEndings: [],
};
