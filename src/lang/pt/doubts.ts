// Portuguese: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'número', 'versão', 'linha', 'rota', 'estrada', 'rodovia', 'autoestrada', 'voo', 'plataforma',
    'portão', 'sala', 'quarto', 'canal', 'camisa', 'camisola', 'artigo', 'art', 'parágrafo',
    'secção', 'seção', 'capítulo', 'página', 'pág', 'tel', 'telefone', 'fax',
  ],
  rankWords: ['Top', 'Número'],
  idioms: [
    'por um lado', 'de quatro', 'um a um', 'uma a uma', 'um por um', 'quartas de final',
    'quartas-de-final', 'quartos de final', 'quartos-de-final', 'oitavas de final',
    'oitavos de final', 'número um', 'nem um só', 'nem uma só', 'nem um', 'nem uma',
  ],
};
