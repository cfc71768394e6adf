// What the importer knows about English pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['English', 'Englisch', 'Anglais', 'Inglés', 'Inglese', 'Inglês', 'Englanti', 'Английский', '英语', '英語'],
  stopwords: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'as', 'are', 'was', 'on', 'by', 'it', 'this', 'from', 'has', 'have', 'which', 'be', 'at', 'an'],
};
