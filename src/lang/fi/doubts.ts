// Finnish: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'versio*', 'valtatie*', 'kantatie*', 'seututie*', 'tie', 'tien', 'linja*', 'lento*', 'laituri*',
    'raide*', 'portti*', 'sali*', 'huone*', 'kanava*', 'pelinumero*', 'artikla*', 'pykälä*',
    'momentti*', 'luku', 'luvun', 'sivu*', 's', 'puh', 'puhelin*', 'faksi',
  ],
  rankWords: ['Top', 'Nro', 'Numero'],
  idioms: [
    'toisaalta', 'yksi kerrallaan', 'yksitellen', 'kahden kesken', 'nelinkontin', 'puolivälier*',
    'välier*', 'neljännesvälier*', 'ykkönen', 'ykkösen', 'ei yksikään', 'ei ainuttakaan',
  ],
};
