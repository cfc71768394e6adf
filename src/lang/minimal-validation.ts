// Validation words for a language the rules know only the punctuation, list words and the
// "respectively" word of: rules that need count words or ranking phrases do nothing in it
// until its pack gives the full data (src/lang/de/validation.ts is a full example).

import type { QuoteStyle, ValidationLanguage } from '../validate/lang/types.js';

export function minimalValidation(respectively: string[], conjunctions: string[], quotes: QuoteStyle, extra: Partial<ValidationLanguage> = {}): ValidationLanguage {
  return {
    respectively,
    conjunctions,
    nameConnectors: ['of', 'the'],
    determiners: [],
    enumerationStops: [],
    enumerationIntroducers: [],
    openEnded: [],
    rangeOpeners: [],
    rangeWords: [],
    definitions: [],
    countWords: {},
    rankings: [],
    quotes,
    spacedPunctuation: '',
    futureStems: [],
    changeStems: [],
    shareStems: [],
    ...extra,
  };
}

/** Chinese-style quotation marks. */
export const CJK_QUOTES: QuoteStyle = { pairs: [['“', '”'], ['「', '」'], ['『', '』']], apostrophes: '’\'', ignore: '‘' };
