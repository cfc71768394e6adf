// "die vier Säulen Bildung, Forschung und Transfer": a count announces a list and the list
// has another number of items. Items are counted as an editor would: commas and the
// conjunction separate them; a malformed "A und B , und C" may count three (see
// list-conjunction), and "A, B and C, as well as D" may be three and a clause.

import { countedNouns } from '../counts.js';
import { enumerationAfter } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'enumeration-count',
    type: 'problem',
    description: 'a counted noun is followed by that many items',
    docs: 'After a count and its noun (“die fünf Dimensionen”, “the three cities of”), reads the enumeration that directly follows and compares the number of items. Only enumerations of short items with at least one comma and a conjunction are counted; open lists (“und andere”, “etc.”) and prose are left alone, and so is every reading the writer may have meant: a noun phrase with its apposition (“two commanders, A and B”), a list less than half as long as the count (prose, not the announced items).',
    defaultSeverity: 'error',
    messages: { mismatch: '“{{count}}” announces {{expected}} but the list names {{actual}}: {{items}}' },
    schema: {
      maxItemWords: { type: 'number', default: 4, minimum: 1, maximum: 10, description: 'longest item, in words' },
    },
  },
  create(context) {
    const maxWords = Number(context.options.maxItemWords);
    return {
      segment(node) {
        for (const count of countedNouns(node, context.words)) {
          const list = enumerationAfter(node.text, count.end, context.words, maxWords);
          // Either reading may be the writer's: "A, B und C, und D" is four items or three and
          // a clause ("chips, data and models, as well as talent").
          if (!list || list.items.length === count.value || list.strictCount === count.value) continue;
          // "two senior commanders, Abu Qutaibah and Abu Hajar": the first item may be the counted
          // noun phrase itself, the list its apposition — when nothing but a space introduces it.
          const apposition = /^[ \u00A0]+$/u.test(node.text.slice(count.end, list.start)) && list.separators[0]?.comma === true && !list.separators[0].conjunction;
          if (apposition && list.items.length - 1 === count.value) continue;
          // "12 pages of detailed laws, with lots of detail and criminal offences": a list less than
          // half as long as its count is prose after the noun, not the announced enumeration.
          if (list.items.length * 2 < count.value) continue;
          const items = list.items.slice(0, list.strictCount).map(([a, b]) => node.text.slice(a, b));
          const end = list.items[list.strictCount - 1]![1];
          context.report({
            messageId: 'mismatch',
            data: { count: count.text, expected: count.value, actual: items.length, items: items.join(' | ') },
            segment: node,
            range: [count.start, end],
            actual: `${items.length} items`,
            expected: `${count.value} items`,
          });
        }
      },
    };
  },
};
