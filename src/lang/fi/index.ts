// The Finnish language pack: everything newsdesk knows about Finnish, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'fi',
  name: 'Suomi',
  englishName: 'Finnish',
  dir: 'ltr',
  intl: 'fi',
  format: {},
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { deepl: { source: 'FI', target: 'FI' }, google: 'fi', libretranslate: 'fi' },
};
