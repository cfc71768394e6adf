// Indonesian: words that tell the figure reader a number may be no figure (src/figures/confidence.ts):
// label words right before digits (the number names a thing: a road, a page, a line, a shirt)
// and fixed phrases whose number words say no number. QA grades a difference on them by its doubt.

import type { ReadingDoubts } from '../pack.js';

export const readingDoubts: ReadingDoubts = {
  labelBefore: [
    'versi', 'jalur', 'rute', 'jalan tol', 'tol', 'penerbangan', 'peron', 'gerbang', 'ruang',
    'kamar', 'kanal', 'saluran', 'kaus', 'pasal', 'ayat', 'bagian', 'bab', 'halaman', 'hlm', 'telp',
    'telepon', 'faks',
  ],
  rankWords: ['Top', 'Nomor', 'No'],
  idioms: [
    'di satu sisi', 'di satu pihak', 'satu per satu', 'satu demi satu', 'satu sama lain',
    'empat mata', 'perempat final', 'delapan besar', 'nomor satu', 'tak satu pun', 'tidak satu pun',
    'tak seorang pun', 'tidak seorang pun', 'kedua-duanya',
  ],
};
