// Chinese sentence-segmentation data: the full-width terminals 。！？ (and the ASCII ones in mixed
// text), “…” and 「…」 quotations, 《…》 titles, inside which 。！？ do not end the sentence.

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['。', '！', '？', '!', '?', '；'],
  nonFinalAbbreviations: [],
  abbreviations: [],
  numberAbbreviations: [],
  sentenceStarters: [],
  quotes: [
    ['“', '”'],
    ['‘', '’'],
    ['「', '」'],
    ['『', '』'],
    ['《', '》'],
    ['〈', '〉'],
    ['【', '】'],
  ],
};
