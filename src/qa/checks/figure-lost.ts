// qa/figure-lost: a figure of the source that the translation does not have, by value
// ("283,82 €" → "28,82 €": 283.82 is gone). Reported at the place the figure would be: after
// the translation's counterpart of the source figure before it.

import { saysVagueQuantity } from '../../figures/index.js';
import { convertedFigure, type FigureComparison, type QaFigure } from '../compare.js';
import { describe, relation, valueOf } from '../describe.js';
import type { QaCheck } from '../types.js';

/** Where a lost figure would be in the target: after the match of the figure before it. */
function anchorOf(lost: QaFigure, comparison: FigureComparison): number {
  const matched = [...comparison.pairs, ...comparison.rounded].filter((pair) => pair.source.start < lost.start).sort((a, b) => b.source.start - a.source.start);
  return matched[0]?.target.end ?? 0;
}

/**
 * The unmatched figure of the same kind on the other side nearest to where this one stands:
 * what it was changed into (or from). Number words count, except "one" and "first", which
 * translations add and drop freely.
 */
export function counterpart(figure: QaFigure, others: readonly QaFigure[]): QaFigure | undefined {
  return others
    .filter((other) => other.class === figure.class && !other.inName && (!other.soft || Math.abs(other.value ?? 2) >= 2))
    .sort((a, b) => Number(a.soft) - Number(b.soft) || Math.abs(a.order - figure.order) - Math.abs(b.order - figure.order))[0];
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-lost',
    type: 'problem',
    description: 'every figure of the source is in the translation, with the same value',
    docs: 'Reads the source and the translation each by its own language’s rules and matches their figures by value (after scale: „4,2 Milliarden“ = „4200 millones“ = „42亿“; exactly, no tolerance). A source figure left without a match is an error; a number word („sechs“) left without a match is a warning, because translations may say „the three cities“ as „Beijing, Shanghai and Shenzhen“. Numbers inside glossary names are not figures.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    if (comparison.unreadable) return;
    for (const lost of comparison.lost) {
      // "one", "a", "first": a translation adds and drops these freely.
      if (lost.soft && lost.class !== 'date' && lost.class !== 'time' && Math.abs(lost.value ?? 0) < 2) continue;
      const at = anchorOf(lost, comparison);
      const instead = counterpart(lost, comparison.added);
      const how = instead ? relation(lost, instead) : undefined;
      // "vier Brüder" → "several brothers": the number is gone, not rephrased.
      const { source, target } = context.unit;
      const vague = !instead && lost.soft && lost.class !== 'ordinal' && saysVagueQuantity(target.text, target.lang) && !saysVagueQuantity(source.text, source.lang);
      // "300 km (190 miles)" → "300 km": the amount is kept, only its conversion is dropped.
      const partner = instead ? undefined : convertedFigure(lost, comparison.source, source.text);
      const converted = partner !== undefined && [...comparison.pairs, ...comparison.rounded].some((pair) => pair.source === partner);
      const message = instead
        ? `the source figure ${describe(lost)} is not in the translation, which has ${describe(instead)} instead${how ? ` (${how})` : ''}`
        : vague
          ? `the source figure ${describe(lost)} is not in the translation, which says an unspecified number instead`
          : converted
            ? `the source figure ${describe(lost)}, the same amount as ${describe(partner)} in another unit or currency, is not in the translation`
            : `the source figure ${describe(lost)} is not in the translation`;
      context.report({
        message,
        start: at,
        end: at,
        expected: `${lost.reading.text} = ${valueOf(lost)}`,
        ...(instead ? { actual: `${instead.reading.text} = ${valueOf(instead)}` } : {}),
        // A number word gone without a replacement may be a rephrasing ("the three cities" →
        // "Beijing, Shanghai and Shenzhen"); replaced by another number, it was changed.
        weak: (lost.soft && !instead && !vague) || converted,
      });
    }
  },
};
