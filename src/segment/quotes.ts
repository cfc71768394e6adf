// Matching quotation marks and brackets in one block of text, so that a sentence never ends inside
// a quotation (pragmatic_segmenter's policy: a quotation holding several sentences is one segment).

import type { CompiledRules } from './rules.js';

/** A matched pair: offsets of the opening and the closing mark. */
export interface QuoteSpan {
  open: number;
  close: number;
}

/**
 * Pair up openers and closers with a stack. A mark that is both (ASCII `"`, Finnish `”`) closes
 * the innermost quotation it can close, else opens one. Openers never closed in the block are
 * dropped: machine-translated text often loses a closing mark, and an unclosed opener must not
 * swallow every sentence after it.
 */
export function matchQuotes(text: string, rules: CompiledRules): QuoteSpan[] {
  const stack: Array<{ mark: string; at: number }> = [];
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text[i] ?? '';
    if (!rules.closers.has(mark) && !rules.openers.has(mark)) continue;
    let closed = false;
    if (rules.closers.has(mark)) {
      // Close the innermost quotation this mark can close; inner openers left unclosed are dropped.
      for (let depth = stack.length - 1; depth >= 0; depth--) {
        const entry = stack[depth];
        if (entry && rules.openers.get(entry.mark)?.has(mark)) {
          spans.push({ open: entry.at, close: i });
          stack.length = depth;
          closed = true;
          break;
        }
      }
    }
    if (!closed && rules.openers.has(mark)) stack.push({ mark, at: i });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** True when a break before `offset` would fall inside a quotation (between its marks). */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((span) => span.open < offset && offset <= span.close);
}
