// A space before a comma, full stop, semicolon, colon, question or exclamation mark
// ("Kapitalunterstützung , und"). Languages that set a space before some marks (French
// ; : ! ?) list them in their data; an ellipsis is left alone. Fixable: the space goes.

import type { Rule } from '../types.js';

const SPACE_BEFORE = /([ \t\u00A0\u202F]+)([,.;:!?])(?=[\s"“”„»«’)\]]|$)/gu;

export const rule: Rule = {
  meta: {
    id: 'space-before-punctuation',
    type: 'suggestion',
    description: 'no space before , . ; : ! ?',
    docs: 'Reports a space before a punctuation mark that follows a word or a closing quote, unless the language sets one there (French ; : ! ?). An ellipsis ( … or ... or . . .) is left alone. `--fix` removes the space.',
    defaultSeverity: 'warning',
    messages: { space: 'space before “{{mark}}”' },
    schema: {},
    fixable: true,
  },
  create(context) {
    const spaced = context.words.spacedPunctuation;
    const source = context.article.source;
    return {
      block(block) {
        const text = block.view.text;
        for (const match of text.matchAll(SPACE_BEFORE)) {
          const [all, space, mark] = match as unknown as [string, string, string];
          const at = match.index;
          if (at === 0 || text[at - 1] === '\n' || spaced.includes(mark)) continue;
          const end = at + all.length;
          // A spaced ellipsis (". . .") is dots with spaces between them, on purpose.
          if (mark === '.' && (text[at - 1] === '.' || /^\s?\./u.test(text.slice(end)))) continue;
          const wordStart = text.slice(0, at).search(/\S+$/u);
          const before = wordStart === -1 ? '' : text.slice(wordStart, at);
          const gap = block.view.spanOf(at, at + space.length);
          const removable = /^[ \t\u00A0\u202F]+$/u.test(source.slice(gap.start, gap.end));
          context.report({
            messageId: 'space',
            data: { mark },
            block,
            range: [at, end],
            actual: `${before}${space}${mark}`,
            expected: `${before}${mark}`,
            ...(removable ? { fix: { range: [gap.start, gap.end], text: '' } } : {}),
          });
        }
      },
    };
  },
};
