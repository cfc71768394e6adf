// What the importer knows about German pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Deutsch', 'German', 'Allemand', 'Alemán', 'Tedesco', 'Alemão', 'Saksa', 'Немецкий', '德语', '德語', 'ドイツ語'],
  stopwords: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'im', 'für', 'auf', 'dass', 'sich', 'des', 'ein', 'eine', 'auch', 'wird', 'wurde', 'sind', 'hat', 'dem', 'bei'],
};
