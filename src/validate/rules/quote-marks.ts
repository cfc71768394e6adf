// Quotation marks that do not pair up within a paragraph: an opening mark never closed, a
// closing mark without an opening one, a pair of two styles („…” in German), and a
// quotation inside a quotation with the outer marks (German wants ‚…‘ inside „…“).

import type { BlockNode, Rule } from '../types.js';

const QUOTE_CHARS = '„“”‚‘’«»‹›「」『』"';

export const rule: Rule = {
  meta: {
    id: 'quote-marks',
    type: 'suggestion',
    description: 'quotation marks pair up in the style of the language',
    docs: 'Pairs quotation marks per paragraph with the language’s marks (de „…“ ‚…‘ »…«, en “…”, fr «…»). Reports an unclosed or unopened mark, a pair of two styles, and a nested quotation written with the outer marks (fixable: the inner pair becomes the language’s nested pair). Apostrophes are never quote marks.',
    defaultSeverity: 'warning',
    messages: {
      unclosed: '{{mark}} is never closed in this paragraph',
      unopened: 'closing {{mark}} without an opening mark',
      mismatched: '{{open}} is closed with {{mark}}; expected {{close}}',
      nested: 'a quotation inside a quotation takes {{nestedOpen}}…{{nestedClose}}, not {{open}}…{{close}}',
      straight: 'odd number of straight quotes (")',
    },
    schema: {
      nested: { type: 'boolean', default: true, description: 'report a quotation inside a quotation written with the outer marks' },
    },
    fixable: true,
  },
  create(context) {
    const style = context.words.quotes;
    const source = context.article.source;
    const openers = new Map<string, string>(style.pairs.map(([open, close]) => [open, close]));
    const closers = new Map<string, string>(style.pairs.map(([open, close]) => [close, open]));
    const checkNested = context.options.nested === true;

    const check = (block: BlockNode) => {
      const text = block.view.text;
      const stack: Array<{ mark: string; close: string; at: number; nested: boolean }> = [];
      const straight: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (!QUOTE_CHARS.includes(ch) || style.apostrophes.includes(ch) || style.ignore.includes(ch)) continue;
        if (ch === '"') {
          straight.push(i);
          continue;
        }
        const top = stack[stack.length - 1];
        const close = openers.get(ch);
        const isCloser = closers.has(ch);
        if (close !== undefined && !(isCloser && top?.close === ch)) {
          // An opening mark (for marks that open and close alike, only when not closing).
          const nestedPair = style.nested;
          const nested = checkNested && top !== undefined && top.mark === ch && nestedPair !== undefined && nestedPair[0] !== ch;
          stack.push({ mark: ch, close, at: i, nested });
          continue;
        }
        if (top && top.close === ch) {
          stack.pop();
          if (top.nested && style.nested) {
            const span = block.view.spanOf(top.at, i + 1);
            const original = source.slice(span.start, span.end);
            const [nestedOpen, nestedClose] = style.nested;
            const fixable = original.startsWith(top.mark) && original.endsWith(ch);
            context.report({
              messageId: 'nested',
              data: { open: top.mark, close: ch, nestedOpen, nestedClose },
              block,
              range: [top.at, i + 1],
              actual: text.slice(top.at, i + 1),
              expected: `${nestedOpen}${text.slice(top.at + 1, i)}${nestedClose}`,
              ...(fixable ? { fix: { range: [span.start, span.end], text: `${nestedOpen}${original.slice(1, -1)}${nestedClose}` } } : {}),
            });
          }
          continue;
        }
        if (top) {
          stack.pop();
          context.report({ messageId: 'mismatched', data: { open: top.mark, mark: ch, close: top.close }, block, range: [top.at, i + 1], actual: text.slice(top.at, i + 1), expected: `${top.mark}${text.slice(top.at + 1, i)}${top.close}` });
          continue;
        }
        context.report({ messageId: 'unopened', data: { mark: ch }, block, range: [i, i + 1] });
      }
      for (const open of stack) context.report({ messageId: 'unclosed', data: { mark: open.mark }, block, range: [open.at, open.at + 1] });
      if (straight.length % 2 === 1) {
        const last = straight[straight.length - 1]!;
        context.report({ messageId: 'straight', block, range: [last, last + 1] });
      }
    };
    return { block: check };
  },
};
