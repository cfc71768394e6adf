// Tokens for the figure reader: digit runs (read by digits.ts), words and single symbols,
// each with its offsets and whether whitespace separates it from the token before. Phrases
// of the lexicons ("bis zu", "per cent", "Mio.") are matched over these tokens.

import { fold } from './fold.js';
import { scanDigitRuns, type DigitRun } from './digits.js';
import { opaqueSpans } from './opaque.js';

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Folded word (fold.ts) or the symbol itself: what lexicon phrases are matched against. */
  key: string;
  /** Whitespace (or nothing) between the previous token and this one. */
  gap: string;
  run?: DigitRun;
}

const WORD_CHAR = /[\p{L}\p{M}²³]/u;
const SPACE = /\s/u;

/** Tokenize text; digit runs come from the digit reader so both agree on every span. */
export function tokenize(text: string, lang: string, runs: DigitRun[] = scanDigitRuns(text, lang)): Token[] {
  const tokens: Token[] = [];
  const opaque = runs.length > 0 || /[@/]/.test(text) ? opaqueSpans(text) : [];
  let runIndex = 0;
  let i = 0;
  let gapStart = 0;
  const push = (token: Omit<Token, 'gap'>) => {
    tokens.push({ ...token, gap: text.slice(gapStart, token.start) });
    gapStart = token.end;
  };
  while (i < text.length) {
    const address = opaque.find((span) => span.start === i);
    if (address) {
      push({ kind: 'sym', start: i, end: address.end, text: text.slice(i, address.end), key: text.slice(i, address.end) });
      while ((runs[runIndex]?.start ?? Infinity) < address.end) runIndex++;
      i = address.end;
      continue;
    }
    const run = runs[runIndex];
    if (run && run.start === i) {
      push({ kind: 'num', start: run.start, end: run.end, text: run.text, key: run.text, run });
      runIndex++;
      i = run.end;
      continue;
    }
    const ch = text[i] ?? '';
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (WORD_CHAR.test(ch) && /\p{L}/u.test(ch)) {
      let end = i + 1;
      const stop = run ? run.start : text.length;
      while (end < stop && WORD_CHAR.test(text[end] ?? '')) end++;
      const word = text.slice(i, end);
      push({ kind: 'word', start: i, end, text: word, key: fold(word, lang) });
      i = end;
      continue;
    }
    // One symbol per token; a surrogate pair (₿, emoji) stays whole.
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const symbol = text.slice(i, i + width);
    // Typographic apostrophes match the straight one of the lexicons ("jusqu’à", "all’incirca").
    push({ kind: 'sym', start: i, end: i + width, text: symbol, key: symbol === '’' || symbol === '‘' ? "'" : symbol });
    i += width;
  }
  return tokens;
}

/** The text of tokens [from, to) as written, with the spaces between them. */
export function spanText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((token, index) => (index > 0 ? token.gap : '') + token.text).join('');
}

/** Split a lexicon phrase ("bis zu", "Mio.", "us-dollar") into the keys its tokens will have. */
export function phraseKeys(phrase: string, lang: string): string[] {
  return tokenize(phrase, lang, []).map((token) => token.key);
}

/**
 * A table of phrases over tokens, longest match first. Case-sensitive tables (currency codes,
 * unit symbols such as "M" versus "m") match the raw token text instead of the folded key.
 */
export class PhraseTable<V> {
  private readonly entries = new Map<string, V>();
  private longest = 0;

  constructor(private readonly lang: string, private readonly caseSensitive = false) {}

  add(phrase: string, value: V): this {
    // Digits inside a phrase ("m2", "km2") are symbols here and digit runs in text: both keep their text.
    const keys = this.caseSensitive ? tokenize(phrase, this.lang, []).map((t) => t.text) : phraseKeys(phrase, this.lang);
    if (keys.length === 0) return this;
    this.entries.set(keys.join('\u0001'), value);
    this.longest = Math.max(this.longest, keys.length);
    return this;
  }

  addAll(record: Record<string, V> | Iterable<[string, V]>): this {
    const pairs = Symbol.iterator in record ? (record as Iterable<[string, V]>) : Object.entries(record as Record<string, V>);
    for (const [phrase, value] of pairs) this.add(phrase, value);
    return this;
  }

  /** The longest phrase starting at token `at`: its value and the index after it. */
  match(tokens: readonly Token[], at: number, options: { glued?: boolean; end?: number } = {}): { value: V; end: number } | undefined {
    const limit = Math.min(options.end ?? tokens.length, tokens.length);
    for (let length = Math.min(this.longest, limit - at); length >= 1; length--) {
      const slice = tokens.slice(at, at + length);
      if (options.glued && slice.some((token, index) => index > 0 && token.gap !== '')) continue;
      const key = slice.map((token) => (this.caseSensitive ? token.text : token.key)).join('\u0001');
      const value = this.entries.get(key);
      if (value !== undefined) return { value, end: at + length };
    }
    return undefined;
  }

  /** The longest phrase ending just before token `end` (for qualifiers written before a figure). */
  matchBefore(tokens: readonly Token[], end: number): { value: V; start: number } | undefined {
    for (let length = Math.min(this.longest, end); length >= 1; length--) {
      const hit = this.match(tokens, end - length, { end });
      if (hit && hit.end === end) return { value: hit.value, start: end - length };
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}
