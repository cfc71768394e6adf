// The Indonesian language pack: everything newsdesk knows about Indonesian, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'id',
  name: 'Bahasa Indonesia',
  englishName: 'Indonesian',
  dir: 'ltr',
  intl: 'id',
  format: {},
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { deepl: { source: 'ID', target: 'ID' }, google: 'id', libretranslate: 'id' },
};
