// Finding the block or sentence that holds an offset, in logarithmic time. Stages used to
// scan every block for every sentence, figure and message: quadratic on an article of
// 100,000 paragraphs (minutes). Blocks and sentences do not overlap and come in document
// order, so a binary search finds the one holding an offset.

export interface SpanLike {
  start: number;
  end: number;
}

/**
 * The index of the item holding `offset` — the last one starting at or before it, if it
 * reaches past it (an empty span holds its own start) — or -1. `items` are sorted by start
 * and do not overlap.
 */
export function indexAt<T>(items: readonly T[], offset: number, spanOf: (item: T) => SpanLike): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(items[mid]!).start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const index = lo - 1;
  if (index < 0) return -1;
  const span = spanOf(items[index]!);
  return offset < Math.max(span.end, span.start + 1) ? index : -1;
}
