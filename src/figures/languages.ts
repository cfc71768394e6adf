// The figure data of the languages read by the word-and-token reader (every language pack whose
// `figures.reader` is 'words'); Chinese and Japanese numerals are read by src/figures/cjk.ts
// with their packs' CJK lexicons.

import { findPack } from '../lang/index.js';
import type { DateLanguage, NumberLanguage } from '../lang/number-data.js';

export interface LanguageData {
  numbers: NumberLanguage;
  dates: DateLanguage;
}

/** The number and date words of `lang`, or undefined when it is not read by words. */
export function wordData(lang: string): LanguageData | undefined {
  const figures = findPack(lang)?.figures;
  return figures?.reader === 'words' ? { numbers: figures.numbers, dates: figures.dates } : undefined;
}
