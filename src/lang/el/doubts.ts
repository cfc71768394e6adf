// Greek: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'έκδοση', 'έκδοσης', 'γραμμή', 'γραμμής', 'οδός', 'οδού', 'πτήση', 'πτήσης', 'πλατφόρμα',
    'αίθουσα', 'κανάλι', 'φανέλα', 'άρθρο', 'άρθρου', 'παράγραφος', 'κεφάλαιο', 'σελίδα', 'σελ',
    'τηλ', 'τηλέφωνο', 'φαξ',
  ],
  idioms: [
    'αφενός', 'από τη μία', 'από τη μια', 'ένας ένας', 'μία μία', 'ένα ένα', 'ο ένας τον άλλο',
    'ο ένας στον άλλο', 'προημιτελικ*', 'ημιτελικ*', 'νούμερο ένα', 'ούτε ένας', 'ούτε μία',
    'ούτε ένα',
  ],
};
