// The languages the claims stage has data for (src/lang/<code>/claims.ts). Entity mentions
// work in all 14 languages; attributions and rankings need a language's data.

import type { LanguageCode } from '../lang/codes.js';
import { claims as de } from '../lang/de/claims.js';
import { claims as en } from '../lang/en/claims.js';
import { claims as es } from '../lang/es/claims.js';
import { claims as fr } from '../lang/fr/claims.js';
import { claims as it } from '../lang/it/claims.js';
import { claims as pt } from '../lang/pt/claims.js';
import type { ClaimsLanguage } from './types.js';

const LANGUAGE_DATA: Partial<Record<LanguageCode, ClaimsLanguage>> = { de, en, es, fr, it, pt };

export function claimsLanguage(lang: LanguageCode): ClaimsLanguage | undefined {
  return LANGUAGE_DATA[lang];
}
