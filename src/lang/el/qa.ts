// Greek QA data: «…» with “…” inside; Greek script, Latin tolerated for brand names.
// Names decline ("Πεκίνο" → "Πεκίνου"): up to two final letters may change.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Greek'],
  tolerated: ['Latin'],
  quotes: { primary: ['«', '»'], nested: ['“', '”'], straight: false },
  lengthFactor: 1.15,
  nameEnding: 2,
};
