// An entity written in a spelling the glossary marks as wrong ("Broad Data" for "Boda
// Data", "Dark Side of the Moon" for Moonshot AI). The glossary (content/glossary.yaml, read
// by the claims stage) lists each entity's name per language and its variants; only those
// marked `wrong: true` are reported. Fixable: the glossary name replaces the variant.

import { findWrongVariants } from '../../claims/index.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'glossary-spelling',
    type: 'problem',
    description: 'entities are named as the glossary names them',
    docs: 'Looks for every variant content/glossary.yaml marks `wrong: true` (for all languages or the article’s) and reports it with the glossary name for the article’s language and the glossary’s note. Accepted variants (plain strings) are not reported. `--fix` writes the glossary name. Does nothing without a glossary.',
    defaultSeverity: 'warning',
    messages: { wrong: '“{{found}}” should be “{{name}}”: {{note}}' },
    schema: {},
    fixable: true,
  },
  create(context) {
    const glossary = context.glossary;
    if (!glossary || glossary.entities.length === 0) return {};
    const source = context.article.source;
    return {
      segment(node) {
        for (const mention of findWrongVariants(glossary, node.text, context.lang)) {
          const name = mention.entity.names[context.lang];
          const span = node.view.spanOf(mention.start, mention.end);
          // A name ending ("Broad Datas") stays; only the variant itself is replaced.
          const variant = mention.text;
          const exact = source.slice(span.start, span.end) === variant;
          context.report({
            messageId: 'wrong',
            data: { found: variant, name, note: mention.note ?? 'a known wrong variant in the glossary' },
            segment: node,
            range: [mention.start, mention.end],
            actual: variant,
            expected: name,
            ...(exact ? { fix: { range: [span.start, span.end], text: name } } : {}),
          });
        }
      },
    };
  },
};
