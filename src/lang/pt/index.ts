// The Portuguese language pack: everything newsdesk knows about Portuguese, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { claims } from './claims.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'pt',
  name: 'Português',
  englishName: 'Portuguese',
  dir: 'ltr',
  intl: 'pt',
  format: {},
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  claims,
  validation,
  import: importData,
  engines: { deepl: { source: 'PT', target: 'PT-PT' }, google: 'pt', libretranslate: 'pt' },
};
