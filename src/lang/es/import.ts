// What the importer knows about Spanish pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Español', 'Espanol', 'Castellano', 'Spanish', 'Spanisch', 'Espagnol', 'Spagnolo', 'Espanhol', 'Espanja', 'Испанский'],
  stopwords: ['el', 'los', 'las', 'y', 'que', 'en', 'es', 'por', 'para', 'una', 'con', 'del', 'se', 'lo', 'como', 'su', 'al', 'más', 'han', 'sus'],
};
