// What the importer knows about Sanskrit pages: the names a language switcher gives the
// language.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['संस्कृतम्', 'संस्कृत', 'Sanskrit', 'Sánscrito', 'Sanscrito', 'Sânscrito', 'Санскрит'],
};
