// qa/figure-reader: the target language has no figure reader, so its figures cannot be
// checked by value. The gate must not let such a sentence through unchecked.

import type { QaCheck } from '../types.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-reader',
    type: 'problem',
    description: 'the figures of the translation can be read by value',
    docs: 'An error for each sentence with figures whose target language src/figures cannot read (no number data for it yet): nothing about its figures is known, so it must not be published unchecked.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    if (!comparison.unreadable) return;
    const hard = [...new Map(comparison.source.filter((figure) => !figure.soft && !figure.inName).map((figure) => [figure.reading, figure])).values()];
    if (hard.length === 0) return;
    context.report({
      message: `figures in ${context.unit.target.lang} cannot be read yet (no number data in src/figures): ${hard.length} source figure${hard.length === 1 ? '' : 's'} unchecked (${hard.map((figure) => `\`${figure.reading.text}\``).join(', ')})`,
      start: 0,
      end: 0,
    });
  },
};
