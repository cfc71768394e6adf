// Latin: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'versio', 'linea', 'via', 'viae', 'pagina', 'paginae', 'caput', 'capite', 'capitulum',
    'articulus', 'articulo', 'paragraphus', 'sectio', 'telephonium',
  ],
  idioms: [
    'ex una parte', 'ex altera parte', 'unus et alter', 'alius atque alius', 'unus post alterum',
    'ne unus quidem',
  ],
};
