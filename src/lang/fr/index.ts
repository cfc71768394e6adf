// The French language pack: everything newsdesk knows about French, gathered from this folder.

import type { LanguagePack } from '../pack.js';
import { claims } from './claims.js';
import { dates } from './dates.js';
import { formatFrenchTime } from './format.js';
import { importData } from './import.js';
import { numbers } from './numbers.js';
import { qa } from './qa.js';
import { segmentation } from './segmentation.js';
import { validation } from './validation.js';
import { readingDoubts } from './doubts.js';

export const pack: LanguagePack = {
  code: 'fr',
  name: 'Français',
  englishName: 'French',
  dir: 'ltr',
  intl: 'fr',
  format: { time: formatFrenchTime },
  sentenceJoiner: ' ',
  segmentation,
  figures: { reader: 'words', numbers, dates },
  readingDoubts,
  qa,
  claims,
  validation,
  import: importData,
  engines: { deepl: { source: 'FR', target: 'FR' }, google: 'fr', libretranslate: 'fr' },
};
