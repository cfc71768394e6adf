// Group and decimal separators per language, from ICU (Intl.NumberFormat#formatToParts)
// where Node has the locale, from the language's data otherwise (Latin is not in CLDR).

import { LANGUAGE_DATA } from './languages.js';

export interface Separators {
  group: string;
  decimal: string;
}

/** Space-like characters writers use to group digits: space, NBSP, NNBSP (U+202F), thin space. */
export const SPACE_GROUPS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

const cache = new Map<string, Separators>();

export function separatorsOf(lang: string): Separators {
  const cached = cache.get(lang);
  if (cached) return cached;
  const explicit = LANGUAGE_DATA[lang]?.numbers.separators;
  let result: Separators;
  if (explicit) result = explicit;
  else {
    const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
    result = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
  }
  cache.set(lang, result);
  return result;
}
