// Japanese sentence-segmentation data: the terminals 。！？, 「…」 and 『…』 quotations, and the
// quotative particle と (「すごい！」と言った。 is one sentence).

import type { SegmentationRules } from '../../segment/rules.js';

export const segmentation: SegmentationRules = {
  terminals: ['。', '！', '？', '!', '?'],
  nonFinalAbbreviations: [],
  abbreviations: [],
  numberAbbreviations: [],
  sentenceStarters: [],
  quotes: [
    ['「', '」'],
    ['『', '』'],
    ['（', '）'],
    ['【', '】'],
    ['“', '”'],
  ],
  quoteContinuations: ['と', 'って', 'という', 'との'],
};
