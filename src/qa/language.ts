// Per-language QA data, from each language pack (src/lang/<code>/qa.ts): scripts, quotation
// marks, expected length and how names inflect. Checks read it; none tests a language code.

import { packOf, type LanguageCode } from '../lang/index.js';
import type { QaLanguage } from './types.js';

export function qaLanguage(lang: LanguageCode): QaLanguage {
  return packOf(lang).qa;
}
