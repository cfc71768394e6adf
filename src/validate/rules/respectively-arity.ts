// "A und B erreichten 1,0, 0,7 bzw. 0,6": a respectively construction pairs names with
// values one to one, so the counts must agree. The values are the figures the figure
// reader found around the respectively word; the names are the nearest name list.

import { figureChains } from '../chains.js';
import { findNameLists, type NameList } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'respectively-arity',
    type: 'problem',
    description: 'a respectively construction names as many items as it gives values',
    docs: 'Finds “bzw.”, “beziehungsweise”, “respectively”, “respectivement”, … joining a run of figures, and the nearest list of names in the same sentence (“Shenzhen und Shanghai”). Reports when the two counts differ. Lists of words instead of figures are not checked.',
    defaultSeverity: 'error',
    messages: {
      mismatch: '{{names}} named ({{nameList}}) but {{values}} values given with “{{word}}”',
    },
    schema: {},
  },
  create(context) {
    const words = context.words;
    if (words.respectively.length === 0) return {};
    return {
      segment(node) {
        const text = node.text;
        const chains = figureChains(node, words).filter((chain) => chain.respectively && chain.figures.length >= 2);
        if (chains.length === 0) return;
        const lists = findNameLists(text, words);
        for (const chain of chains) {
          const candidates = lists.filter((list) => list.end <= chain.start || list.start >= chain.end);
          const distance = (list: NameList) => (list.end <= chain.start ? chain.start - list.end : (list.start - chain.end) * 2);
          const names = candidates.sort((a, b) => distance(a) - distance(b))[0];
          if (!names || names.items.length === chain.figures.length) continue;
          const [wordStart, wordEnd] = chain.respectively!;
          const start = Math.min(names.start, chain.start);
          const end = Math.max(names.end, chain.end, wordEnd);
          const nameTexts = names.items.map(([a, b]) => text.slice(a, b));
          context.report({
            messageId: 'mismatch',
            data: { names: names.items.length, nameList: nameTexts.join(', '), values: chain.figures.length, word: text.slice(wordStart, wordEnd) },
            segment: node,
            range: [start, end],
            actual: `${names.items.length} names: ${nameTexts.join(', ')}; ${chain.figures.length} values: ${chain.figures.map((placed) => placed.figure.text).join(', ')}`,
            expected: 'as many names as values',
          });
        }
      },
    };
  },
};
