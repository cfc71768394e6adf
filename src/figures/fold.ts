// Folding for word look-ups: the reader and the lexicons meet on one spelling, so "fünf",
// "fuenf" and "FÜNF", "milhões" and "milhoes", "Ιουλίου" and "ιουλιου" are the same word.

import { findPack } from '../lang/index.js';

/** Diacritics are dropped only on Latin, Greek and Cyrillic letters; Devanagari vowel signs are letters' halves. */
const STRIPPABLE = /(\p{Script=Latin}|\p{Script=Greek}|\p{Script=Cyrillic})\p{M}+/gu;

/** Any UTF-16 code unit past ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;
/** Folded non-ASCII words per language (a bounded memo: a text repeats its words). */
const memo = new Map<string, Map<string, string>>();
const MEMO_SIZE = 20_000;
/**
 * A copy that shares no memory with another string: a word is a slice of its text, and a
 * slice kept in the memo would keep the whole text (an article) alive.
 */
const ownCopy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

export function fold(word: string, lang: string): string {
  // ASCII has no umlaut, ligature, final sigma, curly apostrophe or combining mark.
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  let known = memo.get(lang);
  if (!known) memo.set(lang, (known = new Map<string, string>()));
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const folded = ownCopy(foldWord(word, lang));
  if (known.size >= MEMO_SIZE) known.clear();
  known.set(ownCopy(word), folded);
  return folded;
}

function foldWord(word: string, lang: string): string {
  let text = word.toLowerCase();
  // A language may fold letters of its own (German ä → ae: "fuenf" is "fünf"); ß is ss everywhere.
  const letters = findPack(lang)?.foldLetters;
  if (letters) text = text.replace(/./gu, (ch) => letters[ch] ?? ch);
  text = text.replace(/ß/g, 'ss');
  text = text.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ς/g, 'σ').replace(/’/g, "'");
  return text.normalize('NFD').replace(STRIPPABLE, '$1').normalize('NFC');
}
