// What the importer knows about Japanese pages: the names a language switcher gives the
// language.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['日本語', 'Japanese', 'Japanisch', 'Japonais', 'Japonés', 'Giapponese', 'Japonês', 'Japani', 'Японский'],
};
