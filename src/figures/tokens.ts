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
const LETTER = /\p{L}/u;
const SPACE = /\s/u;

// ASCII fast paths (no string per character): the regexes above decide the rest.
const isSpaceAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text[i]!);
};
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isWordCharAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  return WORD_CHAR.test(text[i]!);
};
const startsWordAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code);
  const ch = text[i]!;
  return WORD_CHAR.test(ch) && LETTER.test(ch);
};

/** Tokenize text; digit runs come from the digit reader so both agree on every span. */
export function tokenize(text: string, lang: string, runs: DigitRun[] = scanDigitRuns(text, lang)): Token[] {
  const tokens: Token[] = [];
  const opaque = runs.length > 0 || /[@/]/.test(text) ? opaqueSpans(text) : [];
  let runIndex = 0;
  let i = 0;
  let gapStart = 0;
  const length = text.length;
  while (i < length) {
    const address = opaque.length === 0 ? undefined : opaque.find((span) => span.start === i);
    if (address) {
      const written = text.slice(i, address.end);
      tokens.push({ kind: 'sym', start: i, end: address.end, text: written, key: written, gap: text.slice(gapStart, i) });
      gapStart = address.end;
      while ((runs[runIndex]?.start ?? Infinity) < address.end) runIndex++;
      i = address.end;
      continue;
    }
    const run = runs[runIndex];
    if (run && run.start === i) {
      tokens.push({ kind: 'num', start: run.start, end: run.end, text: run.text, key: run.text, run, gap: text.slice(gapStart, run.start) });
      gapStart = run.end;
      runIndex++;
      i = run.end;
      continue;
    }
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (startsWordAt(text, i)) {
      let end = i + 1;
      const stop = run ? run.start : length;
      while (end < stop && isWordCharAt(text, end)) end++;
      const word = text.slice(i, end);
      tokens.push({ kind: 'word', start: i, end, text: word, key: fold(word, lang), gap: text.slice(gapStart, i) });
      gapStart = end;
      i = end;
      continue;
    }
    // One symbol per token; a surrogate pair (₿, emoji) stays whole.
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const symbol = text.slice(i, i + width);
    // Typographic apostrophes match the straight one of the lexicons ("jusqu’à", "all’incirca").
    tokens.push({ kind: 'sym', start: i, end: i + width, text: symbol, key: symbol === '’' || symbol === '‘' ? "'" : symbol, gap: text.slice(gapStart, i) });
    gapStart = i + width;
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
interface TrieNode<V> {
  value: V | undefined;
  next: Map<string, TrieNode<V>> | undefined;
}

export class PhraseTable<V> {
  private readonly entries = new Map<string, V>();
  /** The same phrases as a trie over token keys: a match walks the tokens once, allocation-free. */
  private readonly root: TrieNode<V> = { value: undefined, next: undefined };
  private longest = 0;

  constructor(private readonly lang: string, private readonly caseSensitive = false) {}

  add(phrase: string, value: V): this {
    // Digits inside a phrase ("m2", "km2") are symbols here and digit runs in text: both keep their text.
    const keys = this.caseSensitive ? tokenize(phrase, this.lang, []).map((t) => t.text) : phraseKeys(phrase, this.lang);
    if (keys.length === 0) return this;
    this.entries.set(keys.join('\u0001'), value);
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { value: undefined, next: undefined }));
      node = child;
    }
    node.value = value;
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
    // A negative start slices from the end of the list (as Array#slice does): the general path.
    if (at < 0) return this.matchSlices(tokens, at, options);
    const limit = Math.min(options.end ?? tokens.length, tokens.length);
    const max = Math.min(this.longest, limit - at);
    let node: TrieNode<V> | undefined = this.root;
    let best: V | undefined;
    let bestLength = 0;
    for (let k = 0; k < max; k++) {
      const token = tokens[at + k]!;
      if (options.glued && k > 0 && token.gap !== '') break;
      node = node.next?.get(this.caseSensitive ? token.text : token.key);
      if (!node) break;
      if (node.value !== undefined) {
        best = node.value;
        bestLength = k + 1;
      }
    }
    return best === undefined ? undefined : { value: best, end: at + bestLength };
  }

  /** `match` by joined keys of token slices, for starts before the first token. */
  private matchSlices(tokens: readonly Token[], at: number, options: { glued?: boolean; end?: number }): { value: V; end: number } | undefined {
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
    if (end > tokens.length) return undefined;
    for (let length = Math.min(this.longest, end); length >= 1; length--) {
      // The phrase must be tokens [end - length, end) exactly.
      const start = end - length;
      let node: TrieNode<V> | undefined = this.root;
      for (let k = start; k < end && node; k++) {
        const token = tokens[k]!;
        node = node.next?.get(this.caseSensitive ? token.text : token.key);
      }
      if (node && node.value !== undefined) return { value: node.value, start };
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}
