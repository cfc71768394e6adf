// German: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'version', 'bundesstraße', 'bundesstrasse', 'landstraße', 'kreisstraße', 'staatsstraße',
    'autobahn', 'linie', 'buslinie', 'gleis', 'flug', 'raum', 'zimmer', 'saal', 'kanal',
    'trikotnummer', 'rückennummer', 'artikel', 'art', 'paragraf', 'paragraph', 'absatz', 'abs',
    'seite', 's', 'kapitel', 'tel', 'telefon', 'fax', 'hausnummer',
  ],
  capitalNouns: true,
  rankWords: ['Top', 'Nr', 'Nummer', 'Platz', 'Rang'],
  idioms: [
    'zum einen', 'einerseits', 'auf einen schlag', 'unter vier augen', 'auf allen vieren',
    'fünf gerade sein lassen', 'in einem fort', 'kein einziger', 'keine einzige', 'kein einziges',
    'viertelfinal*', 'achtelfinal*', 'halbfinal*', 'nummer eins',
  ],
};
