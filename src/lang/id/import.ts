// What the importer knows about Indonesian pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Bahasa Indonesia', 'Indonesian', 'Indonesia', 'Indonesisch', 'Indonésien', 'Indonesio', 'Indonesiano', 'Indonésio'],
  stopwords: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'adalah', 'pada', 'akan', 'juga', 'oleh', 'sebagai', 'telah', 'atau'],
};
