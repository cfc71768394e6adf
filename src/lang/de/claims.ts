// German knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'sagte', 'sagt', 'sagten', 'erklärte', 'erklärt', 'betonte', 'betont', 'glaubt', 'glaubte', 'meint', 'meinte',
    'ergänzte', 'fügte … hinzu', 'sagte … voraus', 'gab … bekannt', 'teilte … mit', 'berichtete', 'berichtet',
    'unterstrich', 'warnte', 'schätzt', 'schätzte', 'erwartet', 'erwartete', 'stellte … fest',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'ist {speaker} der Ansicht',
    'ist {speaker} der Meinung',
    'ist {speaker} überzeugt',
    'laut {source}',
    'nach Angaben {source}',
    '{source} zufolge',
    '{verb} {speaker}',
    '{pronoun} {verb}',
    '{verb} {pronoun}',
  ],
  pronouns: ['er', 'sie', 'Er', 'Sie'],
  notNames: ['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Dies', 'Diese', 'Dieser', 'Es', 'Er', 'Sie', 'Wir', 'Man', 'Nach', 'Laut', 'Am', 'Im', 'In', 'Auf', 'Mit'],
  rankings: [
    '(?:unter|zu) den (?:ersten|besten|größten|führenden|wichtigsten) (?<count>\\p{L}+|\\d+)',
    'unter den (?<count>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\\d+) \\p{L}+ mit den (?:höchsten|größten|besten|meisten)',
    'an (?<count>erster) Stelle',
    'an (?:zweiter|dritter) Stelle',
    'an der Spitze',
    'Spitzen(?:reiter|position|platz|gruppe)\\p{L}*',
    'Top[- ]?(?<count>\\d+)',
    'führend\\p{L}*',
    'die Führung',
    '(?:eine[rs]?|einem) der (?:größten|führenden|wichtigsten|höchsten|stärksten)',
    '(?:größt|höchst|stärkst)(?:e|en|er|es)\\b',
    'die (?<count>erste) im Land',
    'landesweit an (?<count>erster) Stelle',
    'erste[n]? Staffel',
  ],
  counts: { ein: 1, eins: 1, einer: 1, erste: 1, ersten: 1, erster: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwanzig: 20, hundert: 100 },
  nameEndings: ['s', 'er'],
};
