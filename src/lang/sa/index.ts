// The Sanskrit language pack: everything newsdesk knows about Sanskrit, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { formatSanskritDate, SANSKRIT_INTL_LOCALE } from './format.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'sa',
  name: 'संस्कृतम्',
  englishName: 'Sanskrit',
  dir: 'ltr',
  intl: SANSKRIT_INTL_LOCALE,
  // CLDR's numbers are right (Devanagari digits, Indian grouping); its dates put the month in the nominative.
  format: { date: formatSanskritDate },
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { google: 'sa' },
};
