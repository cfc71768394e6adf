// What the importer knows about Italian pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Italiano', 'Italian', 'Italienisch', 'Italien', 'Italia', 'Итальянский'],
  stopwords: ['il', 'che', 'di', 'e', 'per', 'non', 'una', 'sono', 'con', 'del', 'della', 'gli', 'nel', 'alla', 'dei', 'delle', 'ha', 'anche', 'come', 'più'],
};
