// The validation words of each language: full data for de, en, fr, es, it, pt; punctuation
// and "respectively" for the others (see other.ts).

import type { LanguageCode } from '../../lang/codes.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { others } from './other.js';
import { pt } from './pt.js';
import type { ValidationLanguage } from './types.js';

export type { QuoteStyle, RankingPattern, ValidationLanguage } from './types.js';

const LANGUAGES: Partial<Record<LanguageCode, ValidationLanguage>> = { de, en, fr, es, it, pt, ...others };

const LATIN_WEEKDAYS = ['dies solis', 'dies lunae', 'dies martis', 'dies mercurii', 'dies iovis', 'dies veneris', 'dies saturni'];

export function wordsFor(lang: LanguageCode): ValidationLanguage {
  return LANGUAGES[lang] ?? en;
}

const weekdayCache = new Map<LanguageCode, string[]>();

/** Weekday names, Sunday first, lower case: the language file's, else CLDR's. */
export function weekdayNames(lang: LanguageCode): string[] {
  const given = LANGUAGES[lang]?.weekdays;
  if (given) return given;
  if (lang === 'la') return LATIN_WEEKDAYS;
  let names = weekdayCache.get(lang);
  if (!names) {
    const format = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
    // 2024-07-07 was a Sunday.
    names = Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 6, 7 + i))).toLocaleLowerCase(lang));
    weekdayCache.set(lang, names);
  }
  return names;
}
