// The Russian language pack: everything newsdesk knows about Russian, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { dates } from './dates.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'ru',
  name: 'Русский',
  englishName: 'Russian',
  dir: 'ltr',
  intl: 'ru',
  format: {},
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { deepl: { source: 'RU', target: 'RU' }, google: 'ru', libretranslate: 'ru' },
};
