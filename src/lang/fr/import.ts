// What the importer knows about French pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Français', 'Francais', 'French', 'Französisch', 'Francés', 'Francese', 'Francês', 'Ranska', 'Французский'],
  stopwords: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'qui', 'pas', 'du', 'au', 'sur', 'avec', 'par', 'ce', 'sont', 'ont', 'aux', 'il'],
};
