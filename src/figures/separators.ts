// Group and decimal separators per language, from ICU (Intl.NumberFormat#formatToParts)
// where Node has the locale, from the language pack otherwise (Latin is not in CLDR).

import { findPack } from '../lang/index.js';

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
  const pack = findPack(lang);
  const explicit = pack?.separators;
  let result: Separators;
  if (explicit) result = explicit;
  else {
    const parts = new Intl.NumberFormat(pack?.intl ?? lang).formatToParts(1234567.5);
    result = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
  }
  cache.set(lang, result);
  return result;
}
