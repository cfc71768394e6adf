// Portuguese knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'disse', 'diz', 'declarou', 'explicou', 'afirmou', 'sublinhou', 'salientou', 'acrescentou', 'anunciou', 'acredita',
    'considera', 'afirma', 'explica', 'segundo',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'segundo {source}',
    'de acordo com {source}',
    '{verb} {speaker}',
  ],
  pronouns: [],
  notNames: ['O', 'A', 'Os', 'As', 'Um', 'Uma', 'Este', 'Esta', 'Segundo', 'Em', 'No', 'Na'],
  rankings: [
    'entre (?:os|as) (?<count>\\p{L}+|\\d+) primei(?:ros|ras)',
    'entre (?:os|as) primei(?:ros|ras) (?<count>\\p{L}+|\\d+)',
    'no top[- ]?(?<count>\\p{L}+|\\d+)',
    'na liderança',
    'em primeiro lugar',
    'primeiro lugar',
    '(?:um|uma) d(?:os|as) (?:maiores|mais importantes)',
    '(?:o|a|os|as) (?:maior|maiores)\\b',
    'líder(?:es)?\\b',
  ],
  counts: { um: 1, uma: 1, primeiro: 1, primeira: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
  nameEndings: [],
};
