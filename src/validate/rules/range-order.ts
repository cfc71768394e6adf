// A range that does not go anywhere ("von 10 bis 10") or runs backwards ("von 100 bis 10"),
// read from the figure reader's ranges (numbers, years, dates).

import type { Figure } from '../../article/types.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'range-order',
    type: 'problem',
    description: 'a range runs from a smaller to a larger value',
    docs: 'Reports ranges whose start equals their end (“von 10 bis 10”) or exceeds it (“von 100 bis 10”), for numbers, years and date ranges.',
    defaultSeverity: 'error',
    messages: {
      degenerate: 'the range “{{text}}” starts and ends at {{value}}',
      reversed: 'the range “{{text}}” runs backwards, from {{min}} to {{max}}',
    },
    schema: {},
  },
  create(context) {
    const check = (figure: Figure) => {
      let min: number | string | undefined;
      let max: number | string | undefined;
      if (figure.kind === 'range' && figure.min !== undefined && figure.max !== undefined) [min, max] = [figure.min, figure.max];
      else if (figure.date !== undefined && figure.endDate !== undefined) [min, max] = [figure.date, figure.endDate];
      if (min === undefined || max === undefined) return;
      if (min === max) {
        context.report({ messageId: 'degenerate', data: { text: figure.text, value: String(min) }, figure, actual: figure.text, expected: 'a range whose end differs from its start' });
      } else if (min > max) {
        context.report({ messageId: 'reversed', data: { text: figure.text, min: String(min), max: String(max) }, figure, actual: figure.text, expected: `from ${String(max)} to ${String(min)}` });
      }
    };
    return { figure: check };
  },
};
