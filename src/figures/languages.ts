// The registry of per-language figure data (src/lang/<code>/numbers.ts and dates.ts) for the
// twelve languages read by the lexicon-driven reader. Chinese and Japanese numerals are read
// by src/figures/cjk.ts with their own data (src/lang/zh, src/lang/ja).

import type { DateLanguage, NumberLanguage } from '../lang/number-data.js';
import { dates as deDates } from '../lang/de/dates.js';
import { numbers as de } from '../lang/de/numbers.js';
import { dates as elDates } from '../lang/el/dates.js';
import { numbers as el } from '../lang/el/numbers.js';
import { dates as enDates } from '../lang/en/dates.js';
import { numbers as en } from '../lang/en/numbers.js';
import { dates as esDates } from '../lang/es/dates.js';
import { numbers as es } from '../lang/es/numbers.js';
import { dates as fiDates } from '../lang/fi/dates.js';
import { numbers as fi } from '../lang/fi/numbers.js';
import { dates as frDates } from '../lang/fr/dates.js';
import { numbers as fr } from '../lang/fr/numbers.js';
import { dates as idDates } from '../lang/id/dates.js';
import { numbers as id } from '../lang/id/numbers.js';
import { dates as itDates } from '../lang/it/dates.js';
import { numbers as it } from '../lang/it/numbers.js';
import { dates as laDates } from '../lang/la/dates.js';
import { numbers as la } from '../lang/la/numbers.js';
import { dates as ptDates } from '../lang/pt/dates.js';
import { numbers as pt } from '../lang/pt/numbers.js';
import { dates as ruDates } from '../lang/ru/dates.js';
import { numbers as ru } from '../lang/ru/numbers.js';
import { dates as saDates } from '../lang/sa/dates.js';
import { numbers as sa } from '../lang/sa/numbers.js';

export interface LanguageData {
  numbers: NumberLanguage;
  dates: DateLanguage;
}

export const LANGUAGE_DATA: Record<string, LanguageData> = {
  de: { numbers: de, dates: deDates },
  el: { numbers: el, dates: elDates },
  en: { numbers: en, dates: enDates },
  es: { numbers: es, dates: esDates },
  fi: { numbers: fi, dates: fiDates },
  fr: { numbers: fr, dates: frDates },
  id: { numbers: id, dates: idDates },
  it: { numbers: it, dates: itDates },
  la: { numbers: la, dates: laDates },
  pt: { numbers: pt, dates: ptDates },
  ru: { numbers: ru, dates: ruDates },
  sa: { numbers: sa, dates: saDates },
};
