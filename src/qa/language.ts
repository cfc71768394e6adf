// The registry of per-language QA data (src/lang/<code>/qa.ts): scripts, quotation marks,
// expected length and how names inflect. Checks read it; none tests a language code.

import type { LanguageCode } from '../lang/codes.js';
import { qa as de } from '../lang/de/qa.js';
import { qa as el } from '../lang/el/qa.js';
import { qa as en } from '../lang/en/qa.js';
import { qa as es } from '../lang/es/qa.js';
import { qa as fi } from '../lang/fi/qa.js';
import { qa as fr } from '../lang/fr/qa.js';
import { qa as id } from '../lang/id/qa.js';
import { qa as it } from '../lang/it/qa.js';
import { qa as ja } from '../lang/ja/qa.js';
import { qa as la } from '../lang/la/qa.js';
import { qa as pt } from '../lang/pt/qa.js';
import { qa as ru } from '../lang/ru/qa.js';
import { qa as sa } from '../lang/sa/qa.js';
import { qa as zh } from '../lang/zh/qa.js';
import type { QaLanguage } from './types.js';

const QA_LANGUAGES: Record<LanguageCode, QaLanguage> = { zh, ru, en, fr, id, sa, ja, de, pt, el, es, it, fi, la };

export function qaLanguage(lang: LanguageCode): QaLanguage {
  return QA_LANGUAGES[lang];
}
