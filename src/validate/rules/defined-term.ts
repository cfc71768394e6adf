// A short name the article defines ("im Folgenden als „Forschungsbericht“ bezeichnet") and
// then does not use: later the same report appears as „Research Report“. The glossary says
// which names belong to one entity; definition phrases are language data. Fixable.

import { findMentions } from '../../claims/index.js';
import type { Rule } from '../types.js';

interface Definition {
  term: string;
  line: number;
  /** Where the definition ends in its sentence (mentions before it are not checked). */
  segment: string;
  end: number;
}

export const rule: Rule = {
  meta: {
    id: 'defined-term',
    type: 'suggestion',
    description: 'a defined short name is used for the rest of the article',
    docs: 'After a definition (“im Folgenden als „X“ bezeichnet”, “hereinafter “X””), reports other short names of the same glossary entity (its accepted variants) and offers the defined name as the fix. The entity’s full names stay allowed; known wrong spellings are glossary-spelling’s. Needs the glossary to know which names belong together.',
    defaultSeverity: 'warning',
    messages: { other: '“{{found}}” stands for what the article defined as “{{term}}” (line {{line}})' },
    schema: {},
    fixable: true,
  },
  create(context) {
    const glossary = context.glossary;
    const patterns = context.words.definitions;
    if (!glossary || glossary.entities.length === 0 || patterns.length === 0) return {};
    const defined = new Map<string, Definition>();
    const source = context.article.source;
    return {
      segment(node) {
        const mentions = findMentions(glossary, node.text, context.lang);
        for (const pattern of patterns) {
          const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
          for (const match of node.text.matchAll(global)) {
            const term = match.groups?.term;
            if (!term) continue;
            const termStart = match.index + match[0].indexOf(term);
            const mention = mentions.find((m) => m.start >= termStart && m.end <= termStart + term.length);
            if (!mention || defined.has(mention.entity.id)) continue;
            const line = node.view.spanOf(termStart, termStart + term.length);
            defined.set(mention.entity.id, { term: mention.text, line: context.article.source.slice(0, line.start).split('\n').length, segment: node.segment.id, end: match.index + match[0].length });
          }
        }
        for (const mention of mentions) {
          const definition = defined.get(mention.entity.id);
          if (!definition || mention.form !== 'variant' || mention.text === definition.term) continue;
          if (definition.segment === node.segment.id && mention.start < definition.end) continue;
          const span = node.view.spanOf(mention.start, mention.end);
          const exact = source.slice(span.start, span.end) === mention.text;
          context.report({
            messageId: 'other',
            data: { found: mention.text, term: definition.term, line: definition.line },
            segment: node,
            range: [mention.start, mention.end],
            actual: mention.text,
            expected: definition.term,
            ...(exact ? { fix: { range: [span.start, span.end], text: definition.term } } : {}),
          });
        }
      },
    };
  },
};
