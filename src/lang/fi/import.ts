// What the importer knows about Finnish pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Suomi', 'Suomalainen', 'Suomeksi', 'Finnish', 'Finnisch', 'Finnois', 'Finlandés', 'Finlandese', 'Finlandês', 'Финский'],
  stopwords: ['ja', 'on', 'ei', 'se', 'että', 'hän', 'oli', 'ovat', 'mutta', 'kun', 'myös', 'tai', 'joka', 'kuin', 'sekä', 'ovat', 'jo', 'vuonna'],
};
