// What the renderer needs to know per language beyond formatting, from the language pack:
// writing direction and how two sentences of one block are joined (no space after 。 in
// Chinese and Japanese).

import { packOf, type LanguageCode } from '../lang/index.js';

export function directionOf(lng: LanguageCode): 'ltr' | 'rtl' {
  return packOf(lng).dir;
}

export function sentenceJoiner(lng: LanguageCode): string {
  return packOf(lng).sentenceJoiner;
}
