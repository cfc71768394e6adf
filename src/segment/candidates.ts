// Candidate sentence breaks in one block of plain text: those of Intl.Segmenter (UAX #29) and
// those it cannot see — the language's own terminals (Greek `;`), inline list items, a period
// before a spaced ellipsis, and quotations that end a sentence. boundaries.ts decides which stay.

import type { LanguageCode } from '../lang/codes.js';
import type { QuoteSpan } from './quotes.js';
import type { CompiledRules } from './rules.js';
import { BULLETS, LOOKAHEAD, SPACE, skipSpace, startsSentence } from './scan.js';

/** An inline list item marker: "1." "2.)" "3)" "(a)" "a." */
const LIST_MARKER = /(?<=^|\s)(\(?)(\d{1,2}|[a-z])(\.\)|\.|\))(?=\s)/gu;
/** What may stand before the first item of an inline list: nothing, a sentence end, a colon. */
const BEFORE_LIST = /(?:^|[.!?:;。！？]|\n)\s*$/u;
/** A word, a period and a spaced ellipsis before a capital: "compounds. . . . The" ends after "compounds.". */
const PERIOD_THEN_ELLIPSIS = /(?<=\p{L})\.(?=\s\.\s\.\s\.\s+\p{Lu})/gu;

const segmenters = new Map<LanguageCode, Intl.Segmenter>();

function segmenterFor(lang: LanguageCode): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Window of text given to Intl.Segmenter at a time, and the tail whose breaks wait for the next window. */
const WINDOW = 4096;
const MARGIN = 512;

/**
 * Sentence starts by UAX #29, read window by window. V8's sentence iterator is quadratic in the
 * length of the text (16,000 short sentences in one block: 19 s, doubling with every 4,000 more),
 * so a long block is read in windows that each begin at a sentence start found before. A break
 * in a window's last MARGIN characters is not trusted (the rules look ahead past spaces and
 * closing marks); the next window starts at the last trusted one. A window without one grows.
 */
export function* unicodeSentenceStarts(segmenter: Intl.Segmenter, text: string): Generator<number> {
  let base = 0;
  let size = WINDOW;
  while (base < text.length) {
    const end = Math.min(text.length, base + size);
    const last = end === text.length;
    let trusted = -1;
    const found: number[] = [];
    for (const piece of segmenter.segment(text.slice(base, end))) {
      // A window's first piece starts where the last one's trusted break was (already given).
      if (piece.index === 0 && base > 0) continue;
      if (!last && piece.index >= end - base - MARGIN) break;
      found.push(base + piece.index);
      if (piece.index > 0) trusted = piece.index;
    }
    if (!last && trusted === -1) {
      size *= 2;
      continue;
    }
    yield* found;
    if (last) return;
    base += trusted;
    size = WINDOW;
  }
}

/**
 * Inline lists: "1) The first item 2) The second item", "(a) … (b) …". A list starts with item 1
 * (or a) at the start of the text, after a sentence end or a colon; each next number (letter) with
 * the same punctuation starts an item. Where "2." is an ordinal (German "am 2. August"), only "2)"
 * and "2.)" lists count.
 */
function listItems(text: string, rules: CompiledRules, add: (offset: number) => void): void {
  const markers = [...text.matchAll(LIST_MARKER)];
  const label = (value: string) => (/\d/.test(value) ? Number(value) : value.charCodeAt(0) - 96);
  const style = (marker: RegExpExecArray) => `${marker[1] ?? ''}${marker[3] ?? ''}`;
  for (const [i, first] of markers.entries()) {
    if (label(first[2] ?? '') !== 1 || !BEFORE_LIST.test(text.slice(Math.max(0, first.index - LOOKAHEAD), first.index))) continue;
    if (rules.ordinals && style(first) === '.') continue;
    let expected = 2;
    for (const marker of markers.slice(i + 1)) {
      if (style(marker) !== style(first) || label(marker[2] ?? '') !== expected) continue;
      if (expected === 2) add(first.index);
      add(marker.index);
      expected++;
    }
  }
}

/** Candidate sentence starts (offsets of the first character of a following sentence), sorted. */
export function candidateBreaks(text: string, rules: CompiledRules, quotes: readonly QuoteSpan[]): number[] {
  const found = new Set<number>();
  const add = (offset: number) => {
    const start = skipSpace(text, offset);
    if (start > 0 && start < text.length) found.add(start);
  };
  for (const start of unicodeSentenceStarts(segmenterFor(rules.lang), text)) add(start);

  // A non-ASCII terminal (。 ।) needs no space after it; an ASCII one (Greek `;`) does.
  for (let i = 0; i < text.length; i++) {
    const mark = text[i] ?? '';
    if (!rules.terminals.has(mark)) continue;
    let j = i + 1;
    while (j < text.length && (rules.terminals.has(text[j] ?? '') || rules.closers.has(text[j] ?? ''))) j++;
    if (mark.charCodeAt(0) > 0x7f || SPACE.test(text[j] ?? '')) add(j);
  }

  for (let i = 1; i < text.length; i++) if (BULLETS.has(text[i] ?? '') && SPACE.test(text[i - 1] ?? '')) add(i);
  listItems(text, rules, add);
  for (const match of text.matchAll(PERIOD_THEN_ELLIPSIS)) add(match.index + 1);

  // A quotation that ends with a sentence-final mark ends the sentence when what follows starts a
  // new one („… zu machen.“ Anwendung …), not when it goes on („….“, sagte sie).
  for (const span of quotes) {
    let k = span.close;
    while (k > span.open && (SPACE.test(text[k - 1] ?? '') || rules.closers.has(text[k - 1] ?? ''))) k--;
    const last = text[k - 1] ?? '';
    if (!(rules.terminals.has(last) || last === '.')) continue;
    const next = skipSpace(text, span.close + 1);
    if (startsSentence(text.slice(next, next + LOOKAHEAD), rules)) add(next);
  }
  return [...found].sort((a, b) => a - b);
}
