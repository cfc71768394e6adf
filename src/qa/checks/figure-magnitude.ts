// qa/figure-magnitude: a vague amount said as an order of magnitude ("thousands of", „Hunderte“,
// "des milliers de", 数千, 几百) changed into another ("thousands" → "hundreds", "millions" →
// "billions", 千 → 百). Such amounts are no figures (they have no value to match), but the order
// they name is a fact: read on both sides (src/figures vagueMagnitudes), matched by order, and
// an order of the translation that the source does not name, where the source names another,
// is reported.

import { sameCurrency, vagueMagnitudes } from '../../figures/index.js';
import { changedMentions } from '../compare.js';
import { derived } from '../memo.js';
import type { QaCheck } from '../types.js';

/** "10^3" for 1000: how an order of magnitude is shown. */
const order = (value: number): string => `10^${Math.round(Math.log10(value))}`;

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-magnitude',
    type: 'problem',
    description: 'vague amounts keep their order of magnitude',
    docs: 'Reads, on both sides, amounts said only as an order of magnitude ("thousands of", „Hunderte“, "des milliers de", "decine di migliaia", 数千, 几百万): words from each language’s `magnitudes` data, chained ("hundreds of thousands" is 10^5, 数十万 too), not after a number ("3 millions" is a figure). Orders found on both sides are matched; an order left in the translation while the source has another left is an error ("thousands" → "hundreds"). An order on one side only is not reported: the other side may give the amount as a figure or leave it out.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    const { source, target } = context.unit;
    const theirs = derived(source, vagueMagnitudes, () => vagueMagnitudes(source.text, source.lang));
    if (theirs.length === 0) return;
    for (const { changed, was } of changedMentions(theirs, vagueMagnitudes(target.text, target.lang), (a, b) => a.value === b.value)) {
      context.report({
        start: changed.start,
        end: changed.end,
        message: `\`${changed.text}\` (${order(changed.value)}) is another order of magnitude than the source's \`${was.text}\` (${order(was.value)})`,
        actual: order(changed.value),
        expected: order(was.value),
      });
    }
    // "tens of billions of dollars" → "десятки миллиардов евро": the same order in another currency.
    const left = vagueMagnitudes(target.text, target.lang).filter((mention) => mention.currency !== undefined);
    for (const was of theirs) {
      if (was.currency === undefined) continue;
      const at = left.findIndex((mention) => mention.value === was.value);
      if (at < 0) continue;
      const [changed] = left.splice(at, 1);
      if (!changed || sameCurrency(was, changed)) continue;
      context.report({
        start: changed.start,
        end: changed.end,
        message: `\`${changed.text}\` (${order(changed.value)}) is in ${changed.currency}, the source's \`${was.text}\` in ${was.currency}`,
        actual: `${order(changed.value)} ${changed.currency}`,
        expected: `${order(was.value)} ${was.currency}`,
      });
    }
  },
};
