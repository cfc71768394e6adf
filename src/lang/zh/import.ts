// What the importer knows about Chinese pages: the names a language switcher gives the
// language.

import type { ImportLanguage } from '../pack.js';

export const importData: ImportLanguage = {
  switcherNames: ['中文', '简体中文', '繁體中文', '简体', '繁體', '汉语', '漢語', '华语', '華語', '한어', '중국어', 'Chinese', 'Chinesisch', 'Chinois', 'Chino', 'Cinese', 'Chinês', 'Китайский'],
};
