// Spanish: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'número', 'versión', 'línea', 'linea', 'ruta', 'carretera', 'autopista', 'autovía', 'vuelo',
    'andén', 'puerta', 'sala', 'habitación', 'canal', 'camiseta', 'dorsal', 'artículo', 'art',
    'apartado', 'sección', 'capítulo', 'página', 'pág', 'tel', 'teléfono', 'fax',
  ],
  rankWords: ['Top', 'Número'],
  idioms: [
    'por un lado', 'a cuatro patas', 'en un dos por tres', 'cada dos por tres', 'uno a uno',
    'una a una', 'uno por uno', 'cuartos de final', 'cuarto de final', 'octavos de final',
    'dieciseisavos de final', 'número uno', 'ni uno solo', 'ni una sola', 'ni un solo', 'ni una',
  ],
};
