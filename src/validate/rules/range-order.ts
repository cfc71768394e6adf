// A range that does not go anywhere ("von 10 bis 10") or runs backwards ("zwischen 100 und
// 10"). Ranges come from the figure reader. The reader does not make a range of a higher
// number followed by a lower one (after "from" that may be a change: "fell from 100 to 10"),
// so two figures joined by words that can only mean a range ("zwischen … und", "between …
// and", language data) are paired here.

import { intlTagOf } from '../../lang/index.js';
import type { Figure } from '../../article/types.js';
import { stemsPattern } from '../lists.js';
import type { PlacedFigure, Rule, SegmentNode } from '../types.js';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const rule: Rule = {
  meta: {
    id: 'range-order',
    type: 'problem',
    description: 'a range runs from a smaller to a larger value',
    docs: 'Reports ranges whose start equals their end (“von 10 bis 10”) or exceeds it (“zwischen 100 und 10”, “between 100 and 10”), for numbers, years and date ranges. “from 100 to 10” is not reported: it may describe a fall.',
    defaultSeverity: 'error',
    messages: {
      degenerate: 'the range “{{text}}” starts and ends at {{value}}',
      reversed: 'the range “{{text}}” runs backwards, from {{min}} to {{max}}',
    },
    schema: {},
  },
  create(context) {
    const format = new Intl.NumberFormat(intlTagOf(context.lang), { maximumFractionDigits: 6 });
    const change = stemsPattern(context.words.changeStems, context.words.compoundWords);
    const pairs = context.words.rangeWords.map(([open, close]) => ({
      before: new RegExp(`(?<![\\p{L}])${escape(open)}\\s+$`, 'iu'),
      between: new RegExp(`^\\s+${escape(close)}\\s+$`, 'iu'),
      open,
    }));
    const checkRange = (figure: Figure) => {
      let min: number | string | undefined;
      let max: number | string | undefined;
      if (figure.kind === 'range' && figure.min !== undefined && figure.max !== undefined) [min, max] = [figure.min, figure.max];
      else if (figure.date !== undefined && figure.endDate !== undefined) [min, max] = [figure.date, figure.endDate];
      if (min === undefined || max === undefined) return;
      const show = (v: number | string) => (typeof v === 'number' ? format.format(v) : v);
      if (min === max) {
        context.report({ messageId: 'degenerate', data: { text: figure.text, value: show(min) }, figure, actual: figure.text, expected: 'a range whose end differs from its start' });
      } else if (min > max) {
        context.report({ messageId: 'reversed', data: { text: figure.text, min: show(min), max: show(max) }, figure, actual: figure.text, expected: `from ${show(max)} to ${show(min)}` });
      }
    };
    const checkPairs = (node: SegmentNode) => {
      if (pairs.length === 0 || change?.test(node.text)) return;
      const numeric = (placed: PlacedFigure | undefined): placed is PlacedFigure & { figure: { value: number } } =>
        placed !== undefined && placed.figure.value !== undefined && ['number', 'quantity', 'money', 'percent'].includes(placed.figure.kind);
      node.figures.forEach((first, i) => {
        const second = node.figures[i + 1];
        if (!numeric(first) || !numeric(second)) return;
        const before = node.text.slice(Math.max(0, first.start - 20), first.start);
        const between = node.text.slice(first.end, second.start);
        const pair = pairs.find((p) => p.before.test(before) && p.between.test(between));
        if (!pair) return;
        const [a, b] = [first.figure.value, second.figure.value];
        if (a <= b) return;
        const start = first.start - (before.length - before.search(pair.before));
        const text = node.text.slice(start, second.end);
        context.report({ messageId: 'reversed', data: { text, min: format.format(a), max: format.format(b) }, segment: node, range: [start, second.end], actual: text, expected: `from ${format.format(b)} to ${format.format(a)}` });
      });
    };
    return { figure: checkRange, segment: checkPairs };
  },
};
