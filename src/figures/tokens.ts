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

/** Windows-1252 bytes 0x80–0x9F by the character they show (0xA0–0xBF show as Latin-1, themselves). */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'].map((ch, k): [string, number] => [ch, 0x80 + k])
);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A symbol written as UTF-8 and shown as Windows-1252, as scraped copy and some corpora have it
 * ("Â¾" for "¾", "Â¥" for "¥", "â€“" for "–"): the symbol meant and how many characters show it.
 * Letters garbled so ("Ã©") are left to the word reader: they never make a figure.
 */
export function garbledSymbolAt(text: string, i: number): { symbol: string; length: number } | undefined {
  const lead = text.charCodeAt(i);
  if (lead < 0xc2 || lead > 0xef) return undefined;
  const length = lead >= 0xe0 ? 3 : 2;
  const bytes = [lead];
  for (let k = 1; k < length; k++) {
    const ch = text[i + k];
    if (ch === undefined) return undefined;
    const code = ch.charCodeAt(0);
    const byte = CP1252_HIGH.get(ch) ?? (code >= 0xa0 && code <= 0xbf ? code : undefined);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  let symbol: string;
  try {
    symbol = UTF8.decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
  return /[\p{L}\p{Nd}\s]/u.test(symbol) ? undefined : { symbol, length };
}

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
    // "29Â¾", "Â¥7.000", "10â€“60": a symbol garbled by a wrong decoding is read as the symbol.
    const garbled = garbledSymbolAt(text, i);
    if (garbled) {
      const end = i + garbled.length;
      tokens.push({ kind: 'sym', start: i, end, text: garbled.symbol, key: garbled.symbol, gap: text.slice(gapStart, i) });
      gapStart = end;
      i = end;
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
 * A word of a phrase that ends in `*` is a stem: it matches any word that starts with it, for
 * languages that inflect and compound figure words ("prosent*" reads "prosenttia",
 * "prosentilla", "prosenttiyksikön"; "километр* в час" reads "километров в час"). Of two
 * matches of one length the one with more exact words wins.
 */
interface TrieNode<V> {
  value: V | undefined;
  next: Map<string, TrieNode<V>> | undefined;
  /** Stem words leaving this node, longest prefix first. */
  stems: Array<{ prefix: string; node: TrieNode<V> }> | undefined;
}

const STEM_MARK = '*';

/** Stems by their first character: a word is tried against the few that can begin it. `any`: an empty stem begins every word. */
export interface StemIndex {
  by: ReadonlyMap<string, readonly string[]>;
  any: boolean;
}

export function stemsByFirst(stems: readonly string[]): StemIndex {
  const by = new Map<string, string[]>();
  let any = false;
  for (const stem of stems) {
    if (stem === '') any = true;
    else by.set(stem[0]!, [...(by.get(stem[0]!) ?? []), stem]);
  }
  return { by, any };
}

/** Whether one of the stems begins `word`. */
export function beginsWithStem(word: string, stems: StemIndex): boolean {
  return stems.any || (stems.by.get(word[0] ?? '')?.some((stem) => word.startsWith(stem)) ?? false);
}
const newNode = <V>(): TrieNode<V> => ({ value: undefined, next: undefined, stems: undefined });

interface Walk<V> {
  value: V | undefined;
  length: number;
  exact: number;
}

export class PhraseTable<V> {
  private readonly entries = new Map<string, V>();
  /** The same phrases as a trie over token keys: a match walks the tokens once, allocation-free. */
  private readonly root: TrieNode<V> = newNode();
  private longest = 0;
  private hasStems = false;
  /** The first stems of the trie by their first character (mayBegin), made when first asked. */
  private firstStems: StemIndex | undefined;

  constructor(private readonly lang: string, private readonly caseSensitive = false) {}

  add(phrase: string, value: V): this {
    // Digits inside a phrase ("m2", "km2") are symbols here and digit runs in text: both keep their text.
    const words: Array<{ key: string; stem: boolean }> = [];
    for (const token of tokenize(phrase, this.lang, [])) {
      const previous = words[words.length - 1];
      if (token.text === STEM_MARK && token.gap === '' && previous && !previous.stem) previous.stem = true;
      else words.push({ key: this.caseSensitive ? token.text : token.key, stem: false });
    }
    if (words.length === 0) return this;
    this.firstStems = undefined;
    let node = this.root;
    for (const { key, stem } of words) {
      if (stem) {
        this.hasStems = true;
        node.stems ??= [];
        let entry = node.stems.find((s) => s.prefix === key);
        if (!entry) {
          node.stems.push((entry = { prefix: key, node: newNode() }));
          node.stems.sort((a, b) => b.prefix.length - a.prefix.length);
        }
        node = entry.node;
        continue;
      }
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    node.value = value;
    if (!words.some((w) => w.stem)) this.entries.set(words.map((w) => w.key).join('\u0001'), value);
    this.longest = Math.max(this.longest, words.length);
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
    if (this.hasStems) {
      // Most tokens begin no phrase: decided from the first token alone, without a walk.
      if (max <= 0 || !this.mayBegin(tokens[at]!)) return undefined;
      const best: Walk<V> = { value: undefined, length: 0, exact: 0 };
      this.walk(tokens, at, max, options.glued === true, this.root, 0, 0, best, false);
      return best.value === undefined ? undefined : { value: best.value, end: at + best.length };
    }
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

  /**
   * Every path through the trie along tokens [at, at + max): the longest with a value, the one
   * with more exact words on a tie. `whole` only counts paths of exactly `max` tokens.
   */
  private walk(tokens: readonly Token[], at: number, max: number, glued: boolean, node: TrieNode<V>, k: number, exact: number, best: Walk<V>, whole: boolean): void {
    if (k > 0 && node.value !== undefined && (!whole || k === max) && (k > best.length || (k === best.length && exact > best.exact))) {
      best.value = node.value;
      best.length = k;
      best.exact = exact;
    }
    if (k >= max) return;
    const token = tokens[at + k]!;
    if (glued && k > 0 && token.gap !== '') return;
    const key = this.caseSensitive ? token.text : token.key;
    const child = node.next?.get(key);
    if (child) this.walk(tokens, at, max, glued, child, k + 1, exact + 1, best, whole);
    if (node.stems && token.kind === 'word') {
      for (const stem of node.stems) if (key.startsWith(stem.prefix)) this.walk(tokens, at, max, glued, stem.node, k + 1, exact, best, whole);
    }
  }

  /** Whether a phrase may begin at `token`: a first word of the trie, or (a word) one of its first stems. */
  private mayBegin(token: Token): boolean {
    const key = this.caseSensitive ? token.text : token.key;
    if (this.root.next?.has(key)) return true;
    if (!this.root.stems || token.kind !== 'word') return false;
    this.firstStems ??= stemsByFirst(this.root.stems.map((stem) => stem.prefix));
    return beginsWithStem(key, this.firstStems);
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
      if (this.hasStems) {
        const best: Walk<V> = { value: undefined, length: 0, exact: 0 };
        this.walk(tokens, start, length, false, this.root, 0, 0, best, true);
        if (best.value !== undefined) return { value: best.value, start };
        continue;
      }
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

  /**
   * What the first token of a phrase can be: its keys (raw text in a case-sensitive table) and
   * the stems a first word may begin with. A token that is neither starts no match here.
   */
  firstTokens(): { keys: readonly string[]; stems: readonly string[]; caseSensitive: boolean } {
    return { keys: [...(this.root.next?.keys() ?? [])], stems: (this.root.stems ?? []).map((stem) => stem.prefix), caseSensitive: this.caseSensitive };
  }
}
