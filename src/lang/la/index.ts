// The Latin language pack: everything newsdesk knows about Latin, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { formatLatinDate, formatLatinNumber, formatLatinPercent, formatLatinTime, LATIN_NUMBERS } from './locale.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'la',
  name: 'Latina',
  englishName: 'Latin',
  dir: 'ltr',
  // ICU has no Latin: numbers and dates from ./locale.ts (15.000, 0,7449, die 26 mensis Iulii 2024).
  separators: { group: LATIN_NUMBERS.group, decimal: LATIN_NUMBERS.decimal },
  format: {
    number: (value, decimals, grouping) => formatLatinNumber(value, decimals, { grouping }),
    percent: formatLatinPercent,
    date: formatLatinDate,
    time: formatLatinTime,
  },
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { google: 'la' },
};
