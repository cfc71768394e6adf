// The language codes of the product, in the order of the sample article's language bar, and
// their endonyms: derived from the registry of language packs (src/lang/index.ts), so a new
// language needs no line here.

import { LANGUAGES, PACKS, type LanguageCode } from './index.js';

export { isLanguageCode, LANGUAGES, type LanguageCode } from './index.js';

/** Endonyms, as a language switcher shows them. */
export const LANGUAGE_NAMES = Object.fromEntries(LANGUAGES.map((code) => [code, PACKS[code].name])) as Record<LanguageCode, string>;
