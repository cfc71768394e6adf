// What the importer knows about Portuguese pages: the names a language switcher gives the
// language, and frequent short words that tell a page in it.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['Português', 'Portugues', 'Portuguese', 'Portugiesisch', 'Portugais', 'Portugués', 'Portoghese', 'Portugali'],
  stopwords: ['o', 'os', 'e', 'que', 'em', 'para', 'com', 'não', 'uma', 'do', 'da', 'dos', 'das', 'são', 'no', 'na', 'ao', 'mais', 'como', 'pelo'],
};
