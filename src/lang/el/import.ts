// What the importer knows about Greek pages: the names a language switcher gives the
// language.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Ελληνικά', 'Greek', 'Griechisch', 'Grec', 'Griego', 'Greco', 'Grego', 'Kreikka', 'Греческий'],
};
