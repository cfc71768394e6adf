// French: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'version', 'ligne', 'route', 'autoroute', 'nationale', 'départementale', 'vol', 'quai', 'porte',
    'salle', 'chambre', 'chaîne', 'maillot', 'article', 'art', 'alinéa', 'section', 'chapitre',
    'page', 'p', 'tél', 'téléphone', 'fax',
  ],
  rankWords: ['Top', 'No', 'Numéro'],
  idioms: [
    "d'une part", 'd’une part', 'entre quatre yeux', 'à quatre pattes',
    'en deux temps trois mouvements', "l'un l'autre", 'l’un l’autre', 'un à un', 'une à une',
    'quarts de finale', 'quart de finale', 'huitièmes de finale', 'huitième de finale',
    'seizièmes de finale', 'numéro un', 'pas un seul', 'pas une seule',
  ],
};
