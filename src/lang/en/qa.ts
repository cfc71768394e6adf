// English QA data: “…” with ‘…’ inside; straight quotes are common and acceptable.

import type { QaLanguage } from '../../qa/types.js';

export const qa: QaLanguage = {
  scripts: ['Latin'],
  tolerated: [],
  quotes: { primary: ['“', '”'], nested: ['‘', '’'], straight: true },
  lengthFactor: 1,
  nameEnding: 0,
  // both, and two as one thing: dual, double, a pair, twins
  pairWords: ['both', 'dual', 'double', 'pair', 'pairs', 'twin', 'twins'],
};
