// Character classes and small scanners shared by the sentence-break rules.

import type { CompiledRules } from './rules.js';

export const SPACE = /\s/u;
export const BULLETS = new Set(['•', '⁃', '▪', '‣', '◦']);
/** Opening quotation marks and brackets of any language, stripped before reading the next word. */
export const OPENING_PUNCTUATION = /^[\p{Ps}\p{Pi}"'„‚«»]+/u;
/** Closing punctuation of any language, stripped before looking at the mark that ends a sentence. */
export const CLOSING_PUNCTUATION = /[\p{Pe}\p{Pf}"'»]/u;
/** What a new sentence may start with: a capital, a digit, a letter of a caseless script, ¿ ¡ or a bullet. */
const SENTENCE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}¿¡•⁃▪‣◦]/u;
/** How much of the text after a break the rules look at. */
export const LOOKAHEAD = 64;

export function skipSpace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return i;
}

/** The offset just after the last non-space character before `offset`, not below `floor`. */
export function endOfText(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor && SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}

/**
 * Does `rest` look like the start of a sentence: a capital, a digit, a caseless letter, possibly
 * after opening quotation marks? Not a lowercase word, a comma, a dash or a bracket, and not what
 * continues a quotation (Japanese と).
 */
export function startsSentence(rest: string, rules: CompiledRules): boolean {
  let i = 0;
  while (i < rest.length && (rules.quoteOpeners.has(rest[i] ?? '') || `"'\``.includes(rest[i] ?? ''))) i++;
  const start = rest.slice(i);
  return SENTENCE_START.test(start) && !rules.quoteContinuations.some((word) => start.startsWith(word));
}
