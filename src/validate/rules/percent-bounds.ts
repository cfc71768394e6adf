// Percentages that cannot be shares: above 100 % without any word of change ("gestiegen",
// "increase"), below 0 % as a share, and shares of one whole that add up to more than 100 %.

import { intlTagOf } from '../../lang/index.js';
import { stemsPattern } from '../lists.js';
import type { PlacedFigure, Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'percent-bounds',
    type: 'problem',
    description: 'shares lie between 0 and 100 % and add up to at most 100 %',
    docs: 'A percentage above 100 is reported unless its sentence speaks of change (growth by 150 % is fine); a negative share is reported when the sentence speaks of shares. Two or more percentages in a sentence that speaks of shares (“Anteil”, “of respondents”) and not of change must not add up to more than 100 % (allowing for rounding). Percentage points are not shares and are skipped.',
    defaultSeverity: 'error',
    messages: {
      over100: '{{text}} is more than 100 %, but nothing here grows or changes',
      negative: '{{text}} is a negative share',
      sum: 'the shares {{values}} add up to {{sum}} %',
    },
    schema: {},
  },
  create(context) {
    const words = context.words;
    const change = stemsPattern(words.changeStems, words.compoundWords);
    const share = stemsPattern(words.shareStems);
    return {
      segment(node) {
        const percents = node.figures.filter((placed): placed is PlacedFigure & { figure: { value: number } } => placed.figure.kind === 'percent' && placed.figure.value !== undefined && placed.figure.percentPoints !== true);
        if (percents.length === 0) return;
        const changes = change?.test(node.text) ?? false;
        const shares = share?.test(node.text) ?? false;
        for (const placed of percents) {
          const { figure } = placed;
          if (figure.value > 100 && !changes && figure.qualifier !== 'max' && figure.qualifier !== 'under') {
            context.report({ messageId: 'over100', data: { text: figure.text }, figure, actual: figure.text, expected: 'at most 100 %' });
          } else if (figure.value < 0 && shares && !changes) {
            context.report({ messageId: 'negative', data: { text: figure.text }, figure, actual: figure.text, expected: 'at least 0 %' });
          }
        }
        if (percents.length >= 2 && shares && !changes && percents.every((p) => p.figure.qualifier === 'exact' || p.figure.qualifier === 'approx')) {
          const sum = percents.reduce((total, p) => total + p.figure.value, 0);
          const rounding = percents.reduce((total, p) => total + 0.5 * 10 ** -(p.figure.decimals ?? 0), 0);
          if (sum > 100 + rounding) {
            const first = percents[0]!;
            const last = percents[percents.length - 1]!;
            const rounded = Math.round(sum * 1000) / 1000;
            context.report({
              messageId: 'sum',
              data: { values: percents.map((p) => p.figure.text).join(' + '), sum: new Intl.NumberFormat(intlTagOf(context.lang)).format(rounded) },
              segment: node,
              range: [first.start, last.end],
              actual: `${rounded} %`,
              expected: 'at most 100 %',
            });
          }
        }
      },
    };
  },
};
