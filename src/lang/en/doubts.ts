// English: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'version', 'ver', 'v', 'route', 'highway', 'interstate', 'line', 'flight', 'gate', 'platform',
    'room', 'channel', 'jersey', 'shirt', 'article', 'section', 'chapter', 'paragraph', 'page',
    'tel', 'phone', 'fax', 'call',
  ],
  rankWords: ['Top', 'No', 'Nr', 'Number'],
  idioms: [
    'on the one hand', 'one by one', 'one-on-one', 'one on one', 'one another',
    'at sixes and sevens', 'on all fours', 'in two minds', 'second to none', 'quarter-final*',
    'quarterfinal*', 'quarter final*', 'semi-final*', 'nine-to-five', 'catch-22', 'number one',
    'no one',
  ],
};
