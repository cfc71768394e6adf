// The rule registry, sorted by id. A rule is one file under this folder exporting `rule`.

import type { Rule } from '../types.js';
import { rule as ambiguousNumber } from './ambiguous-number.js';
import { rule as consistentValues } from './consistent-values.js';
import { rule as dateAfterPublication } from './date-after-publication.js';
import { rule as definedTerm } from './defined-term.js';
import { rule as enumerationCount } from './enumeration-count.js';
import { rule as glossarySpelling } from './glossary-spelling.js';
import { rule as listConjunction } from './list-conjunction.js';
import { rule as percentBounds } from './percent-bounds.js';
import { rule as quoteMarks } from './quote-marks.js';
import { rule as rangeChain } from './range-chain.js';
import { rule as rangeOrder } from './range-order.js';
import { rule as rankingConsistency } from './ranking-consistency.js';
import { rule as respectivelyArity } from './respectively-arity.js';
import { rule as spaceBeforePunctuation } from './space-before-punctuation.js';
import { rule as weekdayDate } from './weekday-date.js';

export const RULES: readonly Rule[] = [
  ambiguousNumber,
  consistentValues,
  dateAfterPublication,
  definedTerm,
  enumerationCount,
  glossarySpelling,
  listConjunction,
  percentBounds,
  quoteMarks,
  rangeChain,
  rangeOrder,
  rankingConsistency,
  respectivelyArity,
  spaceBeforePunctuation,
  weekdayDate,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
