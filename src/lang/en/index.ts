// The English language pack: everything newsdesk knows about English, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { claims } from './claims.js';
import { dates } from './dates.js';
import { formatEnglishTime } from './format.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'en',
  name: 'English',
  englishName: 'English',
  dir: 'ltr',
  intl: 'en',
  format: { time: formatEnglishTime },
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  claims,
  validation,
  import: importData,
  engines: { deepl: { source: 'EN', target: 'EN-GB' }, google: 'en', libretranslate: 'en' },
};
