// The claims data of a language, from its pack (src/lang/<code>/claims.ts). Entity mentions
// work in every language; attributions and rankings need the language's data.

import { packOf, type LanguageCode } from '../lang/index.js';
import type { ClaimsLanguage } from './types.js';

export function claimsLanguage(lang: LanguageCode): ClaimsLanguage | undefined {
  return packOf(lang).claims;
}
