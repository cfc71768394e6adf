// Which candidate breaks end a sentence. The rules are language-neutral; what differs per
// language (abbreviations, sentence starters, ordinals, quotation marks) is data read through
// CompiledRules. Breaks are judged in order, each against the sentence built so far.

import { candidateBreaks } from './candidates.js';
import { insideQuote, matchQuotes, type QuoteSpan } from './quotes.js';
import type { CompiledRules } from './rules.js';
import { CLOSING_PUNCTUATION, LOOKAHEAD, OPENING_PUNCTUATION, endOfText, skipSpace, startsSentence } from './scan.js';

/** A segment that is only a list marker ("1.", "2.)", "a.", "• 9.") belongs to the text after it. */
const LONE_MARKER = /^[•⁃▪‣◦]?\s*[(（]?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})(?:\.[)）]|[.)）])$/u;
/** A spaced three-dot ellipsis inside a sentence ("the thing is . . . I"), unlike four dots that end one. */
const MID_ELLIPSIS = /(?:^|\s)\.\s\.\s\.$/u;
const FOUR_DOTS = /\.\s\.\s\.\s\.$/u;
const NUMBER_ORDINAL = /^[-–—]?\d{1,4}\.$/u;
/** "U.S.", "e.g.", "LL.AA.II.RR.", "куб.м.": letters and dots, read as an abbreviation. */
const DOTTED_ACRONYM = /^(?:\p{L}{1,4}\.){2,}$/u;
/** How much of the sentence before a break the abbreviation patterns look at (they are anchored at its end). */
const LOOKBEHIND = 80;

interface Place {
  /** Start of the sentence so far, end of its text (spaces excluded), start of the next sentence. */
  from: number;
  leftEnd: number;
  next: number;
}

/** The word a sentence would start with, and whether it is an initial ("J." of "J. Smith"). */
function nextWord(rest: string): { word: string; initial: boolean } {
  const bare = rest.replace(OPENING_PUNCTUATION, '');
  const word = /^[\p{L}\p{M}]+/u.exec(bare)?.[0] ?? '';
  return { word, initial: word.length === 1 && bare[1] === '.' };
}

/** Is the break between two parts of one abbreviation ("EE. | UU.", "z. | B.", "Dr. | med.")? */
function insideAbbreviation(tail: string, rest: string, rules: CompiledRules): boolean {
  // `right` is anchored at the start of `rest` and fails at once; `left` scans the whole tail.
  return rules.abbreviationSplits.some(({ left, right }) => right.test(rest) && left.test(tail));
}

/** Does a period (not after a closing mark) end the sentence, given the abbreviation and ordinal data? */
function periodEnds(tail: string, rest: string, glued: boolean, rules: CompiledRules): boolean {
  // "1.Helado, 2.Carne": a number and a dot glued to the next word is a list item.
  if (glued && /\p{N}\.$/u.test(tail)) return false;
  if (insideAbbreviation(tail, rest, rules)) return false;
  if (MID_ELLIPSIS.test(tail) && !FOUR_DOTS.test(tail)) return false;
  if (rules.nonFinal?.test(tail)) return false;
  if (rules.numberAbbreviation?.test(tail) && /^\p{N}/u.test(rest)) return false;

  const tokenStart = tail.search(/\S+$/u);
  const token = tail.slice(tokenStart).replace(OPENING_PUNCTUATION, '');
  const following = nextWord(rest);
  if (rules.ordinals && NUMBER_ORDINAL.test(token)) {
    const before = /(\p{L}+)\P{L}*$/u.exec(tail.slice(0, tokenStart))?.[1]?.toLowerCase() ?? '';
    const word = following.word.toLowerCase();
    if (rules.ordinals.months.has(word) || rules.ordinals.nouns.has(word) || rules.ordinals.before.has(before)) return false;
  }
  // "z. B.", "u. Ä.": a lowercase letter with a dot followed by another is one abbreviation.
  if (/^\p{Ll}\.$/u.test(token) && following.initial) return false;
  // Initials, dotted acronyms and listed abbreviations end a sentence only before a sentence starter
  // ("I live in the U.S. How about you?" but "the U.S. Government").
  const mayEnd = /^\p{Lu}\.$/u.test(token) || DOTTED_ACRONYM.test(token) || (rules.abbreviation?.test(tail) ?? false);
  if (mayEnd) return !following.initial && rules.starters.has(following.word);
  return true;
}

/** Should the sentence end at `place`? */
function keepBreak(text: string, place: Place, rules: CompiledRules, quotes: readonly QuoteSpan[]): boolean {
  const { from, leftEnd, next } = place;
  // In plain text a line break ends a segment (list-like text, the title line of a document).
  if (text.slice(leftEnd, next).includes('\n')) return true;
  // No sentence ends inside a quotation; one that ends with it was proposed after its closing mark.
  if (insideQuote(quotes, next)) return false;
  if (leftEnd - from <= 12 && LONE_MARKER.test(text.slice(from, leftEnd).trim())) return false;

  const tail = text.slice(Math.max(from, leftEnd - LOOKBEHIND), leftEnd);
  const rest = text.slice(next, next + LOOKAHEAD);
  let end = tail.length;
  while (end > 0 && (rules.closers.has(tail[end - 1] ?? '') || CLOSING_PUNCTUATION.test(tail[end - 1] ?? ''))) end--;
  const closed = end < tail.length;
  const last = tail[end - 1] ?? '';
  if (rules.terminals.has(last) || (last === '.' && closed)) {
    // "Yahoo!Japan", "!Kung": an ASCII ! or ? with no space after it is part of a name.
    if (leftEnd === next && (last === '!' || last === '?')) return false;
    // "„Wir bauen.“, sagte sie", "Yahoo! in May": what follows goes on with the sentence.
    return startsSentence(rest, rules);
  }
  if (last !== '.') return true;
  return periodEnds(tail, rest, leftEnd === next, rules);
}

/** Offsets where sentences after the first start, in order. */
export function sentenceBreaks(text: string, rules: CompiledRules): number[] {
  const quotes = matchQuotes(text, rules);
  const breaks: number[] = [];
  let from = skipSpace(text, 0);
  for (const next of candidateBreaks(text, rules, quotes)) {
    if (next <= from) continue;
    const leftEnd = endOfText(text, next, from);
    if (leftEnd <= from) continue;
    if (keepBreak(text, { from, leftEnd, next }, rules, quotes)) {
      breaks.push(next);
      from = next;
    }
  }
  return breaks;
}
