// qa/figure-qualifier: "bis zu 40.000" is not "40,000", and "more than" is not "up to". The
// qualifiers are compared by class (exact, approximate, lower bound, upper bound): "mehr
// als" and "at least" are both lower bounds, "about" and "nearly" both approximate. Any
// change of class is an error: "about 40" is not "40", nor is "up to 40".

import { describe, qualifierWord } from '../describe.js';
import { readingPairs } from '../compare.js';
import type { QaCheck } from '../types.js';

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-qualifier',
    type: 'problem',
    description: 'figures keep their qualifier: about, up to, more than, at least',
    docs: 'For each figure matched by value, compares the qualifier classes: exact, approximate (etwa, about, nearly, около, 约), lower bound (mehr als, mindestens, more than, 超过), upper bound (bis zu, up to, 最多). A change of class is an error. Number words are not compared.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    for (const { source, target } of readingPairs(context.figures().pairs)) {
      if (source.soft || target.soft || source.qualifier === target.qualifier) continue;
      context.report({
        message: `${describe(target)} is ${qualifierWord(target.qualifier)}, but the source figure ${describe(source)} is ${qualifierWord(source.qualifier)}`,
        start: target.start,
        end: target.end,
        actual: target.qualifier,
        expected: source.qualifier,
      });
    }
  },
};
