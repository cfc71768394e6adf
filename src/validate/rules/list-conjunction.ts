// A counted enumeration joined by its conjunction twice ("technologische Innovation und
// Kapitalunterstützung, und politische Unterstützung"): only the last item takes it.

import { countedNouns } from '../counts.js';
import { enumerationAfter } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'list-conjunction',
    type: 'suggestion',
    description: 'only the last item of an enumeration takes the conjunction',
    docs: 'In an enumeration after a counted noun (see enumeration-count), reports a conjunction between earlier items as well as before the last one — when the count shows that the items after the second conjunction belong to the list — with the list rewritten as the expected text. Enumerations without a count are not checked: there a second “und” may well join clauses.',
    defaultSeverity: 'warning',
    messages: { twice: 'the list is joined by “{{word}}” {{times}} times; only the last item takes it' },
    schema: {},
  },
  create(context) {
    return {
      segment(node) {
        for (const count of countedNouns(node, context.words)) {
          const list = enumerationAfter(node.text, count.end, context.words);
          // Only when the count proves the later items belong to the list: "the three areas:
          // chips, data and models, as well as talent" is three areas and more.
          if (!list || list.items.length !== count.value || list.strictCount === count.value) continue;
          const joins = list.separators.filter((s) => s.conjunction);
          if (joins.length < 2) continue;
          const lastJoin = joins[joins.length - 1]!;
          const word = node.text.slice(lastJoin.range[0], lastJoin.range[1]).replace(/[\s,]+/g, ' ').trim();
          const items = list.items.map(([a, b]) => node.text.slice(a, b));
          const expected = `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
          context.report({
            messageId: 'twice',
            data: { word, times: joins.length },
            segment: node,
            range: [list.start, list.end],
            actual: node.text.slice(list.start, list.end),
            expected,
          });
        }
      },
    };
  },
};
