// The validation words of each language, from its language pack (src/lang/<code>/validation.ts):
// full data for de, en, fr, es, it, pt; punctuation and "respectively" for the others.

import { packOf, type LanguageCode } from '../../lang/index.js';
import type { ValidationLanguage } from './types.js';

export type { QuoteStyle, RankingPattern, ValidationLanguage } from './types.js';

export function wordsFor(lang: LanguageCode): ValidationLanguage {
  return packOf(lang).validation;
}

const weekdayCache = new Map<LanguageCode, string[]>();

/** Weekday names, Sunday first, lower case: the language pack's, else CLDR's. */
export function weekdayNames(lang: LanguageCode): string[] {
  const pack = packOf(lang);
  const given = pack.validation.weekdays;
  if (given) return given;
  let names = weekdayCache.get(lang);
  if (!names) {
    const tag = pack.intl ?? 'en';
    const format = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    // 2024-07-07 was a Sunday.
    names = Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 6, 7 + i))).toLocaleLowerCase(tag));
    weekdayCache.set(lang, names);
  }
  return names;
}
