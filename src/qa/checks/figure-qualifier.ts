// qa/figure-qualifier: "bis zu 40.000" is not "40,000", and "more than" is not "up to". The
// qualifiers are compared by class (exact, approximate, lower bound, upper bound): "mehr
// als" and "at least" are both lower bounds. A bound lost or added is an error; "about"
// lost or added is a warning (a reader may miss a hedge word, a fact rarely hangs on it).

import { describe, qualifierWord } from '../describe.js';
import { readingPairs } from '../compare.js';
import type { QaCheck } from '../types.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-qualifier',
    description: 'figures keep their qualifier: about, up to, more than, at least',
    docs: 'For each figure matched by value, compares the qualifier classes: exact, approximate (etwa, about, около, 约), lower bound (mehr als, mindestens, more than, 超过), upper bound (bis zu, up to, 最多). A bound turned into another class is an error; approximate versus exact is a warning. Number words are not compared.',
    defaultSeverity: 'error',
  },
  check(context) {
    for (const { source, target } of readingPairs(context.figures().pairs)) {
      if (source.soft || target.soft || source.qualifier === target.qualifier) continue;
      const bounds = (q: string) => q === 'lower' || q === 'upper';
      const weak = !bounds(source.qualifier) && !bounds(target.qualifier);
      context.report({
        message: `${describe(target)} is ${qualifierWord(target.qualifier)}, but the source figure ${describe(source)} is ${qualifierWord(source.qualifier)}`,
        start: target.start,
        end: target.end,
        actual: target.qualifier,
        expected: source.qualifier,
        weak,
      });
    }
  },
};
