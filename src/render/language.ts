// What the renderer needs to know per language beyond formatting: writing direction and how
// two sentences of one block are joined (no space after 。 in Chinese and Japanese).

import type { LanguageCode } from '../lang/codes.js';

const RTL = new Set<string>(['ar', 'fa', 'he', 'ur', 'yi']);

export function directionOf(lng: LanguageCode): 'ltr' | 'rtl' {
  return RTL.has(lng) ? 'rtl' : 'ltr';
}

const SENTENCE_JOINER: Partial<Record<LanguageCode, string>> = { zh: '', ja: '' };

export function sentenceJoiner(lng: LanguageCode): string {
  return SENTENCE_JOINER[lng] ?? ' ';
}
