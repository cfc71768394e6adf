// What the importer knows about Latin pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Latina', 'Lingua Latina', 'Latin', 'Latein', 'Latín', 'Latino', 'Latim', 'Latina lingua', 'Латынь'],
  stopwords: ['et', 'est', 'non', 'ad', 'cum', 'sed', 'ut', 'quod', 'qui', 'quae', 'esse', 'sunt', 'ab', 'ex', 'atque', 'etiam', 'enim', 'autem'],
};
