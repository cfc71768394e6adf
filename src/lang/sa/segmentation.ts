// Sanskrit sentence-segmentation data: the daṇḍa । ends a sentence (or half-verse), the double
// daṇḍa ॥ a verse; Devanagari has no letter case, so every daṇḍa followed by text is a boundary.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['।', '॥', '!', '?'],
  nonFinalAbbreviations: [],
  abbreviations: [],
  numberAbbreviations: [],
  sentenceStarters: [],
  quotes: [
    ['“', '”'],
    ['‘', '’'],
    ['"', '"'],
  ],
};
