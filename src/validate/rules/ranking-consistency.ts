// Ranking language that contradicts itself: "Shenzhen und Shanghai landeten mit 1,0000,
// 0,7449 bzw. 0,6266 unter den ersten drei" names two for a top three (while giving three
// values); four names "among the top three"; ranked values out of order.

import { rankingPhrases } from '../counts.js';
import { figureChains } from '../chains.js';
import { findNameLists, gappedItems, type TextRange } from '../lists.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ranking-consistency',
    type: 'problem',
    description: 'a ranking names as many items as it counts, with values in rank order',
    docs: 'For “unter den ersten drei”, “among the top three”, “parmi les trois premiers” (and groups like “unter den fünf Startups”), counts the names of the nearest name list in the sentence — including names added in a parallel clause (“A, B und C aus Peking, D aus Shanghai”) — and the values of a run of figures. Reports more names than the count; fewer names than the count when the sentence gives as many values as the count (a name is missing) or, with `strict`, always; and values that are not in rank order.',
    defaultSeverity: 'error',
    messages: {
      tooMany: '{{names}} names ({{nameList}}) for “{{phrase}}”',
      missing: '“{{phrase}}” with {{values}} values, but only {{names}} named ({{nameList}})',
      tooFew: 'only {{names}} named ({{nameList}}) for “{{phrase}}”',
      order: 'the values {{values}} for “{{phrase}}” are not in rank order',
    },
    schema: {
      strict: { type: 'boolean', default: false, description: 'also report fewer names than the count when no values confirm the count' },
    },
  },
  create(context) {
    const words = context.words;
    const strict = context.options.strict === true;
    return {
      segment(node) {
        const text = node.text;
        const phrases = rankingPhrases(text, words);
        for (const claim of node.claims) {
          const ranking = claim.ranking;
          if (!ranking?.count) continue;
          const at = text.indexOf(ranking.text);
          if (at === -1 || phrases.some((p) => p.range[0] < at + ranking.text.length && at < p.range[1])) continue;
          phrases.push({ range: [at, at + ranking.text.length], count: ranking.count, kind: 'top' });
        }
        if (phrases.length === 0) return;
        const lists = findNameLists(text, words);
        const chains = figureChains(node, words).filter((chain) => chain.figures.length >= 2 && chain.figures.every((placed) => placed.figure.value !== undefined));
        for (const phrase of phrases) {
          const [pStart, pEnd] = phrase.range;
          const distance = (range: TextRange) => (range[1] <= pStart ? pStart - range[1] : range[0] >= pEnd ? range[0] - pEnd : Infinity);
          const list = lists.filter((l) => distance([l.start, l.end]) !== Infinity).sort((a, b) => distance([a.start, a.end]) - distance([b.start, b.end]))[0];
          const chain = chains.filter((c) => distance([c.start, c.end]) !== Infinity).sort((a, b) => distance([a.start, a.end]) - distance([b.start, b.end]))[0];
          const phraseText = text.slice(pStart, pEnd);
          const n = phrase.count;
          const spanOver = (...ranges: Array<TextRange | undefined>): [number, number] => {
            const present = ranges.filter((r): r is TextRange => r !== undefined);
            return [Math.min(...present.map((r) => r[0])), Math.max(...present.map((r) => r[1]))];
          };
          if (list) {
            const items = [...list.items, ...gappedItems(text, list, words)];
            const m = items.length;
            const nameList = items.map(([a, b]) => text.slice(a, b)).join(', ');
            const listRange: TextRange = [list.start, Math.max(list.end, ...items.map((r) => r[1]))];
            if (m > n) {
              context.report({ messageId: 'tooMany', data: { names: m, nameList, phrase: phraseText }, segment: node, range: spanOver(listRange, phrase.range), actual: `${m} names`, expected: `${n} names` });
            } else if (m < n && phrase.kind === 'top' && chain && chain.figures.length === n) {
              context.report({ messageId: 'missing', data: { names: m, nameList, values: chain.figures.length, phrase: phraseText }, segment: node, range: spanOver(listRange, [chain.start, chain.end], phrase.range), actual: `${m} names, ${n} values`, expected: `${n} names` });
            } else if (m < n && m >= 2 && phrase.kind === 'top' && strict) {
              context.report({ messageId: 'tooFew', data: { names: m, nameList, phrase: phraseText }, segment: node, range: spanOver(listRange, phrase.range), actual: `${m} names`, expected: `${n} names` });
            }
          }
          if (chain && phrase.kind === 'top') {
            const values = chain.figures.map((placed) => placed.figure.value!);
            const descending = values.every((v, i) => i === 0 || v <= values[i - 1]!);
            const ascending = values.every((v, i) => i === 0 || v >= values[i - 1]!);
            if (!descending && !ascending) {
              const shown = chain.figures.map((placed) => placed.figure.text).join(', ');
              context.report({ messageId: 'order', data: { values: shown, phrase: phraseText }, segment: node, range: spanOver([chain.start, chain.end], phrase.range), actual: shown, expected: 'values ordered from first to last place' });
            }
          }
        }
      },
    };
  },
};
