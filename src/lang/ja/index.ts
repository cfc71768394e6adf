// The Japanese language pack: everything newsdesk knows about Japanese, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { importData } from './import.js';
import { jaNumbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'ja',
  name: '日本語',
  englishName: 'Japanese',
  dir: 'ltr',
  intl: 'ja',
  // CLDR's ja range pattern falls back to numeric dates ("7/26 – 7/30").
  format: { dateRangeJoiner: '～' },
  sentenceJoiner: '',
  segmentation,
  figures: { reader: 'cjk', lexicon: jaNumbers },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { deepl: { source: 'JA', target: 'JA' }, google: 'ja', libretranslate: 'ja' },
};
