// Parallel ranges in one sentence that should chain ("von 0 bis 1, von 1 bis 10 und von 10
// bis 100"): each range starts where the one before it ends. A chain is expected when the
// ranges carry no unit (stages on one scale) or when at least one pair already links up.

import { intlTagOf } from '../../lang/index.js';
import type { Figure } from '../../article/types.js';
import type { PlacedFigure, Rule } from '../types.js';

type RangeFigure = PlacedFigure & { figure: Figure & { min: number; max: number } };

/** The next range starts where the previous ends, or right after it in whole numbers (3–6, 7–12). */
function continues(previous: { min: number; max: number }, next: { min: number; max: number }): boolean {
  return previous.max === next.min || (Number.isInteger(previous.max) && Number.isInteger(next.min) && next.min === previous.max + 1);
}

export const rule: Rule = {
  meta: {
    id: 'range-chain',
    type: 'problem',
    description: 'parallel ranges in a sentence continue one another',
    docs: 'In a sentence with two or more ranges of the same unit, each range should start where the previous one ends (“0 bis 1, 1 bis 10, 10 bis 100”). Checked when the ranges are bare numbers (no unit, no noun after them, “von”/“from” before them) or when some of them already link up (whole-number brackets 3–6, 7–12 link up too); ranges of different units or independent ranges (“Kinder von 3 bis 6 Jahren, Jugendliche von 12 bis 18 Jahren”) are left alone.',
    defaultSeverity: 'warning',
    messages: {
      broken: 'the range “{{text}}” does not continue the range before it, which ends at {{previous}}',
    },
    schema: {},
  },
  create(context) {
    const format = new Intl.NumberFormat(intlTagOf(context.lang), { maximumFractionDigits: 6 });
    const conjunctions = context.words.conjunctions.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const openers = context.words.rangeOpeners.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const opener = openers.length ? new RegExp(`(?<![\\p{L}])(?:${openers.join('|')})\\s+$`, 'iu') : undefined;
    const bareAfter = new RegExp(`^(?:\\s*$|\\s*[,.;:!?)“”"»«]|\\s+(?:${conjunctions || '(?!)'})(?![\\p{L}]))`, 'u');
    return {
      segment(node) {
        const ranges = node.figures.filter((placed): placed is RangeFigure => placed.figure.kind === 'range' && placed.figure.min !== undefined && placed.figure.max !== undefined && placed.figure.date === undefined);
        if (ranges.length < 2) return;
        const units = new Set(ranges.map((placed) => placed.figure.unit ?? ''));
        if (units.size > 1) return;
        const linked = ranges.some((placed, i) => i > 0 && continues(ranges[i - 1]!.figure, placed.figure));
        // Bare numbers on one scale ("von 0 bis 1, von 1 bis 10"): no unit, no noun after the
        // range (the reader leaves "3 bis 6 Jahren" without a unit) and the range word before it
        // ("aged 3 to 6" is an age bracket, not a stage).
        const bare = units.has('') && ranges.every((placed) => bareAfter.test(node.text.slice(placed.end)) && (opener?.test(node.text.slice(0, placed.start)) ?? false));
        if (!linked && !bare) return;
        for (let i = 1; i < ranges.length; i++) {
          const previous = ranges[i - 1]!.figure;
          const current = ranges[i]!;
          const figure = current.figure;
          if (continues(previous, figure)) continue;
          // Keep the range's end when it is above the previous end; the start is what broke.
          const repaired = figure.max > previous.max ? [previous.max, figure.max] : undefined;
          const minText = format.format(figure.min);
          const expected = repaired && figure.text.includes(minText) ? figure.text.replace(minText, format.format(previous.max)) : `a range starting at ${format.format(previous.max)}`;
          context.report({
            messageId: 'broken',
            data: { text: figure.text, previous: format.format(previous.max) },
            segment: node,
            range: [current.start, current.end],
            actual: ranges.map((placed) => `${format.format(placed.figure.min)}–${format.format(placed.figure.max)}`).join(', '),
            expected,
          });
        }
      },
    };
  },
};
