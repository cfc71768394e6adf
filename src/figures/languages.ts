// The registry of per-language figure data (src/lang/<code>/numbers.ts and dates.ts).
// Chinese and Japanese numerals are read by src/figures/cjk.ts and have no entry here.

import type { DateLanguage, NumberLanguage } from '../lang/number-data.js';
import { numbers as de, } from '../lang/de/numbers.js';
import { dates as deDates } from '../lang/de/dates.js';
import { numbers as en } from '../lang/en/numbers.js';
import { dates as enDates } from '../lang/en/dates.js';

export interface LanguageData {
  numbers: NumberLanguage;
  dates: DateLanguage;
}

export const LANGUAGE_DATA: Record<string, LanguageData> = {
  de: { numbers: de, dates: deDates },
  en: { numbers: en, dates: enDates },
};
