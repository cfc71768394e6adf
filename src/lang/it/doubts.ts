// Italian: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'versione', 'linea', 'strada statale', 'statale', 'strada provinciale', 'autostrada', 'volo',
    'binario', 'gate', 'sala', 'stanza', 'canale', 'maglia', 'articolo', 'art', 'comma', 'sezione',
    'capitolo', 'pagina', 'pag', 'tel', 'telefono', 'fax',
  ],
  rankWords: ['Top', 'Numero'],
  idioms: [
    'da un lato', "a quattr'occhi", 'a quattr’occhi', 'in quattro e quattr’otto',
    "in quattro e quattr'otto", 'a quattro zampe', 'uno a uno', 'uno per uno', 'una per una',
    "l'uno l'altro", 'quarti di finale', 'quarto di finale', 'ottavi di finale',
    'sedicesimi di finale', 'numero uno', 'nemmeno uno', 'neanche uno',
  ],
};
