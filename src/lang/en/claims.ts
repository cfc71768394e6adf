// English knowledge of the claims stage: who said something, and ranking language.

import type { ClaimsLanguage } from '../../claims/types.js';

export const claims: ClaimsLanguage = {
  speechVerbs: [
    'said', 'says', 'told', 'tells', 'explained', 'explains', 'stressed', 'stresses', 'believes', 'believed', 'thinks',
    'added', 'announced', 'noted', 'notes', 'pointed out', 'warned', 'argued', 'argues', 'estimated', 'expects', 'expected',
    'according to',
  ],
  attributions: [
    '{quote}, {verb} {speaker}, {role}{end}',
    '{quote}, {verb} {speaker}{end}',
    '{quote}, {speaker} {verb}{end}',
    '{quote} {speaker} {verb}{end}',
    '{speaker}, {role}, {verb}',
    '{speaker} {verb}',
    'according to {source}',
    '{verb} {speaker}, {role}{end}',
    '{verb} {speaker}',
    '{pronoun} {verb}',
  ],
  pronouns: ['he', 'she', 'He', 'She'],
  notNames: ['The', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'We', 'They', 'In', 'On', 'At', 'According', 'A', 'An'],
  rankings: [
    'top[- ](?<count>\\p{L}+|\\d+)',
    '(?:among|in) the (?:first|leading|largest|biggest) (?<count>\\p{L}+|\\d+)',
    'ranks? (?:first|second|third|No\\.? ?\\d+)',
    'ranked (?:first|second|third|No\\.? ?\\d+)',
    'first place',
    'number one',
    'No\\. ?1\\b',
    'one of the (?:largest|biggest|leading|most important|highest|strongest)',
    '(?:the )?(?:largest|biggest|highest|strongest|best)\\b',
    'leading\\b',
    'leads?\\b',
    'the lead\\b',
    'leaders?\\b',
    'first tier',
  ],
  counts: { one: 1, first: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, hundred: 100 },
  nameEndings: ["'s", '’s'],
};
