// What the importer knows about Russian pages: the names a language switcher gives the
// language.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Русский язык', 'Русский', 'Russian', 'Russisch', 'Russe', 'Ruso', 'Russo', 'Venäjä'],
};
