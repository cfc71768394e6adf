// Sanskrit: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'क्रमाङ्क*', 'क्रमांक*', 'संस्करण*', 'मार्ग*', 'पृष्ठ*', 'अध्याय*', 'अनुच्छेद*', 'खण्ड*',
    'दूरभाष*',
  ],
  idioms: ['एकैकशः', 'एकैकम्', 'एकैकं', 'परस्परम्', 'परस्परं', 'अन्योन्यम्', 'अन्योन्यं', 'एकतः'],
};
