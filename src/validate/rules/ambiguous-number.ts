// Numbers whose written form a reader of the article's language could take two ways
// ("1.000" in English, "1,5" where "," groups thousands). The figure reader decides what is
// ambiguous (its `figures/ambiguous-number` messages); this rule gives those findings a
// severity from the rules configuration and a place in the report.

import { Location } from '../../article/location.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ambiguous-number',
    type: 'problem',
    description: 'numbers are written unambiguously for the article’s language',
    docs: 'Relays the figure reader’s ambiguity findings (messages whose rule id ends in `ambiguous-number`, or figures carrying an `ambiguous` reason) so they are configured, acknowledged and reported like every other rule.',
    defaultSeverity: 'warning',
    messages: { ambiguous: '“{{text}}” is ambiguous: {{reason}}' },
    schema: {},
  },
  create(context) {
    const { source } = context.article;
    return {
      article() {
        const location = new Location(source);
        const done = new Set<string>();
        for (const message of context.upstream) {
          if (message.source === 'validate' || !/ambiguous/.test(message.ruleId)) continue;
          const start = location.toOffset(message.line, message.column);
          const end = location.toOffset(message.endLine, message.endColumn);
          done.add(`${start}:${end}`);
          const text = source.slice(start, end) || message.actual || '';
          // The reader says "Ambiguous number f3: <reason>"; the rule's own words replace the prefix.
          const reason = message.message.replace(/^ambiguous number\s*\S*:\s*/i, '');
          context.report({ messageId: 'ambiguous', data: { text, reason }, span: { start, end: Math.max(end, start) }, ...(message.actual !== undefined ? { actual: message.actual } : {}), ...(message.expected !== undefined ? { expected: message.expected } : {}) });
        }
        for (const figure of context.article.figures) {
          const reason = (figure as { ambiguous?: unknown }).ambiguous;
          if (typeof reason !== 'string' || done.has(`${figure.span.start}:${figure.span.end}`)) continue;
          context.report({ messageId: 'ambiguous', data: { text: figure.text, reason }, figure, actual: figure.text });
        }
      },
    };
  },
};
