// Per-language QA data, from each language pack (src/lang/<code>/qa.ts): scripts, quotation
// marks, expected length and how names inflect. Checks read it; none tests a language code.

import { packOf, type LanguageCode } from '../lang/index.js';
import type { QaLanguage } from './types.js';

export function qaLanguage(lang: LanguageCode): QaLanguage {
  return packOf(lang).qa;
}

/**
 * Whether the text says "both" in its language (qa.pairWords): a translation may count the
 * two ("2本の塔") or drop the count of a pair ("two dry powders" → "molemmat").
 */
export function saysPair(text: string, lang: LanguageCode): boolean {
  return saysOneOf(text, lang, qaLanguage(lang).pairWords ?? []);
}

/** Whether the text says "full", "complete" or "total" in its language (qa.wholeWords): a hundred percent in words. */
export function saysWhole(text: string, lang: LanguageCode): boolean {
  return saysOneOf(text, lang, qaLanguage(lang).wholeWords ?? []);
}

/** One pattern per word list of a pack: any of its words standing alone. */
const wordPatterns = new WeakMap<readonly string[], RegExp>();

function saysOneOf(text: string, lang: LanguageCode, words: readonly string[]): boolean {
  if (qaLanguage(lang).unspaced) return words.some((word) => text.includes(word));
  if (words.length === 0) return false;
  let pattern = wordPatterns.get(words);
  if (!pattern) wordPatterns.set(words, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')));
  return pattern.test(text.toLowerCase());
}

/** The currencies whose places the text names (qa.currencyPlaces): "$100 Kanada" → CAD. */
export function currencyPlacesNamed(text: string, lang: LanguageCode): Set<string> {
  const { currencyPlaces = {}, unspaced } = qaLanguage(lang);
  const lower = text.toLocaleLowerCase();
  const named = new Set<string>();
  for (const [code, places] of Object.entries(currencyPlaces)) {
    const found = places.some((place) => {
      const stem = place.toLocaleLowerCase();
      if (unspaced) return lower.includes(stem);
      for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) if (!/[\p{L}\p{M}\p{N}]/u.test(lower.charAt(at - 1))) return true;
      return false;
    });
    if (found) named.add(code);
  }
  return named;
}
