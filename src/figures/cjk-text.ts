// Character-level helpers of the Chinese/Japanese figure reader: a width-folded copy of the text
// (same offsets, so every span found in it is a span of the original), and word matching that
// tolerates the stray spaces CJK text picks up in copy-paste ("百 分 之 2", "1000  万").

import type { CjkLexicon } from './cjk-lexicon.js';

/** The text being read: the original, its width-folded copy (same offsets) and the language. */
export interface Source {
  text: string;
  norm: string;
  lex: CjkLexicon;
}

/** Full-width forms folded one-to-one (every one is a single UTF-16 unit, so offsets survive). */
const FOLD: Readonly<Record<string, string>> = {
  '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9',
  '．': '.', '－': '-', '−': '-', '＋': '+', '％': '%', '／': '/', 'ｋ': 'k', 'Ｋ': 'k', '＄': '$', '＜': '<',
  '＞': '>', '＝': '=', '：': ':',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('').replace(/[-\\\]^]/g, '\\$&')}]`, 'g');

export function foldWidth(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u3000' || ch === '\u00a0' || ch === '\t';

/** Index of the first non-space at or after `pos`, skipping at most `max` spaces. */
export function skipSpaces(text: string, pos: number, max = 3): number {
  let i = pos;
  while (i - pos < max && isSpace(text[i])) i++;
  return isSpace(text[i]) ? pos : i;
}

/**
 * End of `word` when it is written at `pos` (folded text), else -1. With `spaced`, spaces are
 * allowed between its characters: "百 分 之", "パ ーセ ント".
 */
export function matchAt(text: string, pos: number, word: string, spaced = false): number {
  if (!spaced) return text.startsWith(word, pos) ? pos + word.length : -1;
  let i = pos;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) i = skipSpaces(text, i, 6);
    if (text[i] !== word[k]) return -1;
    i++;
  }
  return i;
}

/** Start of `word` when it ends exactly at `end`, else -1 (spaces allowed inside when `spaced`). */
export function matchBefore(text: string, end: number, word: string, spaced = false): number {
  if (!spaced) return end >= word.length && text.startsWith(word, end - word.length) ? end - word.length : -1;
  let i = end;
  for (let k = word.length - 1; k >= 0; k--) {
    if (k < word.length - 1) while (i > 0 && isSpace(text[i - 1])) i--;
    if (text[i - 1] !== word[k]) return -1;
    i--;
  }
  return i;
}

/** The longest of `words` written at `pos`, with its end. */
export function longestAt<T extends { text: string }>(text: string, pos: number, words: readonly T[], spaced = false): { item: T; end: number } | undefined {
  let best: { item: T; end: number } | undefined;
  for (const item of words) {
    const end = matchAt(text, pos, item.text, spaced);
    if (end >= 0 && (!best || end > best.end)) best = { item, end };
  }
  return best;
}

/** The longest of `words` ending at `end`, with its start. */
export function longestBefore<T extends { text: string }>(text: string, end: number, words: readonly T[], spaced = false): { item: T; start: number } | undefined {
  let best: { item: T; start: number } | undefined;
  for (const item of words) {
    const start = matchBefore(text, end, item.text, spaced);
    if (start >= 0 && (!best || start < best.start)) best = { item, start };
  }
  return best;
}

/** Plain strings as `{ text }` items, for longestAt/longestBefore. */
export const asWords = (words: readonly string[]): Array<{ text: string }> => words.map((text) => ({ text }));
