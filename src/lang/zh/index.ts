// The Chinese language pack: everything newsdesk knows about Chinese, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { chineseMyriad } from './format.js';
import { importData } from './import.js';
import { zhNumbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'zh',
  name: '中文',
  englishName: 'Chinese (Simplified)',
  dir: 'ltr',
  intl: 'zh-CN',
  // 15 000 → 1.5万 when exact; CLDR's zh range pattern falls back to numeric dates.
  format: { largeNumber: chineseMyriad, dateRangeJoiner: '至' },
  sentenceJoiner: '',
  segmentation,
  figures: { reader: 'cjk', lexicon: zhNumbers },
  readingDoubts,
  qa,
  validation,
  import: importData,
  engines: { deepl: { source: 'ZH', target: 'ZH-HANS' }, google: 'zh-CN', libretranslate: 'zh' },
};
