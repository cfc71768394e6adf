// qa/figure-added: a figure in the translation that the source does not have ("2,200,12"
// where the source has 2.200.112; a year the translator added). Number words a translation
// adds ("one of the largest", "第一") are not reported.

import { convertedFigure, oneLike, plainCount } from '../compare.js';
import { saysPair } from '../language.js';
import { certainlyAdded } from '../certainty.js';
import { describe, relation, valueOf } from '../describe.js';
import type { QaCheck } from '../types.js';
import { counterpart } from './figure-lost.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-added',
    type: 'problem',
    description: 'the translation has no figure the source does not have',
    docs: 'The other half of qa/figure-lost: a figure read in the translation (by the target language’s rules) whose value no source figure has. A changed value shows up as one lost and one added figure, each at its own place. Number words without digits, money or percent are reported only when they replace a source figure („sechs“ → „seven“).',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const comparison = context.figures();
    if (comparison.unreadable) return;
    for (const added of comparison.added) {
      const instead = counterpart(added, comparison.lost);
      // A number word the translation adds is reported only where it replaced a source figure.
      // A clock time said in words ("hora undecima") has no value to be "one".
      const tiny = (figure: typeof added) => figure.class !== 'time' && oneLike(figure.value);
      if (added.soft && (!instead || tiny(added) || (instead.soft && tiny(instead)))) continue;
      const how = instead ? relation(instead, added) : undefined;
      // "300 km" → "300 km (190 miles)": the translator added a conversion of a figure the source has.
      const partner = instead ? undefined : convertedFigure(added, comparison.target, context.unit.target.text);
      const converted = partner !== undefined && [...comparison.pairs, ...comparison.rounded].some((pair) => pair.target === partner);
      // "1つ", "1日券", "1人": "one" written in digits, where the source says "a" or nothing
      // ("Tageskarte"), and "2本" where it says "both" ("beide Türme") are not read for certain
      // as figures of their own: one step lower.
      const { source, target } = context.unit;
      const one = !instead && !converted && (plainCount(added, 1) || (plainCount(added, 2) && saysPair(source.text, source.lang)));
      // Certain only when both sides were read whole and the source holds nothing unread that could carry the figure.
      const uncertain = !certainlyAdded(added, instead, comparison, { source, target });
      const message = instead
        ? `${describe(added)} is not a figure of the source, which has ${describe(instead)} here${how ? ` (this is ${how})` : ''}`
        : converted
          ? `${describe(added)} is not a figure of the source: the same amount as ${describe(partner)} in another unit or currency?`
          : `${describe(added)} is not a figure of the source`;
      context.report({
        message,
        start: added.start,
        end: added.end,
        actual: `${added.reading.text} = ${valueOf(added)}`,
        ...(instead ? { expected: `${instead.reading.text} = ${valueOf(instead)}` } : {}),
        ...(converted || one || uncertain ? { weak: true } : {}),
      });
    }
  },
};
