// French QA data: « … » (with a no-break space inside), “…” for a quotation inside one.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], others: [['‹', '›']], straight: false },
  lengthFactor: 1.17,
  nameEnding: 0,
  pairWords: ['les deux', 'tous deux', 'toutes deux'],
};
