// The German language pack: everything newsdesk knows about German, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { claims } from './claims.js';
import { dates } from './dates.js';
import { formatGermanTime } from './format.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'de',
  name: 'Deutsch',
  englishName: 'German',
  dir: 'ltr',
  intl: 'de',
  format: { time: formatGermanTime },
  sentenceJoiner: ' ',
  // Where umlauts are unavailable German writes ae, oe, ue, ss: "fuenf" is "fünf".
  foldLetters: { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' },
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  claims,
  validation,
  import: importData,
  engines: { deepl: { source: 'DE', target: 'DE' }, google: 'de', libretranslate: 'de' },
};
