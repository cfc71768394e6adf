// qa/figure-precision: a figure rounded on the way ("0,7449" → "0.745", "$1.153 billion" →
// "1 billion") is an error; the same value written with fewer decimals ("1,0000" → "1") is
// a warning, because the source's precision is part of the fact.

import { describe, valueOf } from '../describe.js';
import type { QaCheck } from '../types.js';
import { certainlyRounded } from '../certainty.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-precision',
    type: 'problem',
    description: 'figures keep the precision of the source',
    docs: 'Reports a translation figure that is the source figure rounded to fewer digits (error), and a figure with the same value but fewer decimals written (warning: "1,0000" → "1"). Forms with a scale word are compared by value only: „4,2 Milliarden“ and „4200 millones“ are equal.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    for (const { source, target } of comparison.rounded) {
      context.report({
        message: `${describe(target)} rounds the source figure ${describe(source)}: keep every digit`,
        start: target.start,
        end: target.end,
        actual: `${target.reading.text} = ${valueOf(target)}`,
        expected: `${source.reading.text} = ${valueOf(source)}`,
        // "4.41,30" read in pieces: its 41 is no rounding of 41.30, the reader split the number.
        ...(certainlyRounded(source, target, comparison, context.unit) ? {} : { weak: true }),
      });
    }
    for (const { source, target } of comparison.pairs) {
      if (!source.unscaled || !target.unscaled || source.soft || target.soft) continue;
      if ((target.decimals ?? 0) >= (source.decimals ?? 0)) continue;
      context.report({
        message: `${describe(target)} has ${target.decimals ?? 0} decimal${target.decimals === 1 ? '' : 's'}; the source writes ${describe(source)} with ${source.decimals}`,
        start: target.start,
        end: target.end,
        actual: target.reading.text,
        expected: valueOf(source),
        weak: true,
      });
    }
  },
};
