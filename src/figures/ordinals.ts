// Ordinals written in words or Roman numerals: "dritten", "première", "vigésimo primero",
// Latin "millesimo nongentesimo sexagesimo octavo" (a chain of ordinals that add up), "XVe
// siècle", "siglo XV", "XVIII secolo", and the German ordinal dot before a counted noun ("im 15.
// Jahrhundert", "den 3. Platz"). Which words are ordinals is data of the language pack
// (`ordinals`, `ambiguousOrdinals`, `determiners`, `romanBefore`, `romanAfter`, `dotOrdinals`).

import type { Lexicon } from './lexicon.js';
import { dashJoined, type NumberReading } from './numbers.js';
import type { Token } from './tokens.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** The value of an upper-case Roman numeral written the usual way ("XVII" = 17, "XIV" = 14), else undefined. */
export function romanValue(text: string): number | undefined {
  if (text === '' || !/^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(text)) return undefined;
  let total = 0;
  for (let k = 0; k < text.length; k++) {
    const value = ROMAN[text[k]!]!;
    const next = ROMAN[text[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ordinalReading = (from: number, to: number, value: number, words: boolean): NumberReading => ({
  from, to, value, words, scaled: false, fraction: false, percent: false, ordinal: true, year: false,
});

const HYPHENS = new Set(['-', '‐', '‑']);

/**
 * Whether the next ordinal of a chain adds to it: each fills a lower place than the one before
 * ("millesimo nongentesimo sexagesimo octavo" = 1968th), and a unit may be followed by ten
 * ("quinto decimo", fifteenth).
 */
function fits(total: number, last: number, next: number): boolean {
  if (last < 10) return next === 10 && total === last;
  const place = 10 ** Math.floor(Math.log10(last));
  return next < place;
}

/** Whether the token at `at` begins a sentence (or the text). */
function sentenceStart(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return before === undefined || /^[.!?;·:«»"“”(]$/u.test(before.text);
}

/** An ordinal word the language marks as ambiguous is one only after a determiner ("il secondo", not "secondo il ministro"), or an article before what it ranks. */
function ambiguousHere(tokens: readonly Token[], at: number, end: number, lexicon: Lexicon): boolean {
  const key = tokens.slice(at, end).map((token) => token.key).join(' ');
  if (!lexicon.ambiguousOrdinals.has(key)) return false;
  const before = tokens[at - 1];
  // "a second stroke of luck", "un segundo gol": an indefinite article before a word the ordinal ranks.
  return !(before && before.kind === 'word' && (lexicon.determiners.has(before.key) || (lexicon.indefinite.has(before.key) && ranksNext(tokens, end, lexicon))));
}

/** An ordinal that ranks only after its noun ("edisi kedua", "yang kedua") stands after a word that is no stop word, or after one the language lists. */
function afterItsNoun(tokens: readonly Token[], at: number, end: number, lexicon: Lexicon): boolean {
  if (!lexicon.ordinalsAfterNoun.words.has(tokens.slice(at, end).map((token) => token.key).join(' '))) return true;
  const before = tokens[at - 1];
  if (!before || before.kind !== 'word') return false;
  return lexicon.ordinalsAfterNoun.after.has(before.key) || !lexicon.stopWords.has(before.key);
}

/** A word in lower case after `at` that an ordinal before it ranks: not a stop word, not "later". */
export function ranksNext(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at];
  return next?.kind === 'word' && next.gap !== '' && /^\p{Ll}/u.test(next.text) && !lexicon.stopWords.has(next.key) && !lexicon.durationAfter.has(next.key);
}

/** One ordinal word at `at` that stands as an ordinal here, with its value and end. */
function ordinalWordAt(tokens: readonly Token[], at: number, lexicon: Lexicon): { value: number; end: number } | undefined {
  const hit = lexicon.ordinals.match(tokens, at);
  if (!hit) return undefined;
  // "la tercera parte" (a third): a fraction said in words, longer than the ordinal.
  if ((lexicon.halves.match(tokens, at)?.end ?? 0) > hit.end) return undefined;
  // "नवम्बरमासे" (in November) begins like "नवम" (ninth): a month name is no ordinal.
  if (lexicon.months.match(tokens, at)) return undefined;
  // "segunda-feira" (Monday), "third-party": an ordinal joined to a word is a compound.
  const after = tokens[hit.end];
  if (after && after.gap === '' && HYPHENS.has(after.text) && tokens[hit.end + 1]?.kind === 'word' && tokens[hit.end + 1]!.gap === '' && !lexicon.ordinals.match(tokens, hit.end + 1)) return undefined;
  // "Super-ersten Städte": the second half of a compound.
  const before = tokens[at - 1];
  if (before && tokens[at]!.gap === '' && HYPHENS.has(before.text) && tokens[at - 2]?.kind === 'word' && before.gap === '') return undefined;
  // "une seconde", "un segundo": after an indefinite article a word that is also a unit is the unit,
  // unless a word it can rank follows ("a second stroke of luck", "une seconde vague", not "a second later").
  if (before && lexicon.indefinite.has(before.key) && lexicon.unitWords.match(tokens, at)?.end === hit.end && !ranksNext(tokens, hit.end, lexicon)) return undefined;
  return { value: hit.value, end: hit.end };
}

/** An ordinal written in words at `at` ("dritten", "vicesimo secundo", "décimo quinto"), or undefined. */
export function readOrdinalWords(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const first = ordinalWordAt(tokens, at, lexicon);
  if (!first) return undefined;
  let total = first.value;
  let last = first.value;
  let end = first.end;
  // "millesimo nongentesimo sexagesimo octavo", "vigésimo primero": ordinals that add up.
  for (;;) {
    const next = tokens[end];
    if (!next || next.kind !== 'word' || next.gap === '') break;
    const more = ordinalWordAt(tokens, end, lexicon);
    if (!more || !fits(total, last, more.value)) break;
    total += more.value;
    last = more.value;
    end = more.end;
  }
  if (end === first.end && ambiguousHere(tokens, at, end, lexicon)) return undefined;
  if (end === first.end && !afterItsNoun(tokens, at, end, lexicon)) return undefined;
  // "First, …", "Pertama, …", "Primero, …": an ordinal word opening a sentence before a comma marks
  // a step of an argument, no rank ("First, second and third place" stays a list of ranks).
  if (sentenceStart(tokens, at) && tokens[end]?.text === ',' && !lexicon.ordinals.match(tokens, end + 1)) return undefined;
  // "primer ministro", "First Lady": an ordinal that is part of a title ranks nothing.
  if (lexicon.ordinalTitles.match(tokens, end)) return undefined;
  // "την Τρίτη" (on Tuesday), "Quintus": a weekday or a name, written with a capital where no sentence begins.
  if (end === first.end && lexicon.capitalNames.has(tokens[at]!.key) && /^\p{Lu}/u.test(tokens[at]!.text) && !sentenceStart(tokens, at)) return undefined;
  // "die ersten drei", "the first 100 days", "les trois premiers": a count of the top ones, no rank.
  if (isCardinal(tokens, end, lexicon) || isCardinal(tokens, at - 1, lexicon)) return undefined;
  return ordinalReading(at, end, total, true);
}

/**
 * A Roman numeral that is an ordinal where it stands: before a century word ("XVIII secolo"),
 * after one ("siglo XV", "século XVI"), or with an ordinal suffix ("XVe", "XXème").
 */
export function readRomanOrdinal(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const token = tokens[at]!;
  const plain = romanValue(token.text);
  if (plain !== undefined) {
    if (lexicon.romanBefore.match(tokens, at + 1) || lexicon.romanAfter.matchBefore(tokens, at)) return { ...ordinalReading(at, at + 1, plain, true), words: false };
    // "im XIX. Jahrhundert": with the ordinal dot before a counted noun (not "Ludwig XIV. starb").
    const dot = tokens[at + 1];
    const noun = tokens[at + 2];
    if (lexicon.dotOrdinals && dot?.text === '.' && dot.gap === '' && noun?.kind === 'word' && noun.gap !== '' && countedNoun(noun.key, lexicon.dotOrdinals.nouns)) {
      return { ...ordinalReading(at, at + 2, plain, true), words: false };
    }
    return undefined;
  }
  // "XVe siècle": the suffix is written onto the numeral. Before a century word it is one; else
  // it needs two letters ("Le", "Ce" are words) and no name before it ("Napoléon Ier" is a name).
  // (Both asked only of a word that is a numeral with a suffix: most words are not.)
  const century = () => lexicon.romanBefore.match(tokens, at + 1) !== undefined;
  const name = () => {
    const before = tokens[at - 1];
    return before?.kind === 'word' && /^\p{Lu}/u.test(before.text) && !lexicon.determiners.has(before.key);
  };
  for (const suffix of lexicon.ordinalSuffixes) {
    if (!token.key.endsWith(suffix) || token.key.length <= suffix.length) continue;
    const numeral = token.text.slice(0, token.text.length - suffix.length);
    const value = romanValue(numeral);
    if (value === undefined || !/^\p{Ll}/u.test(token.text.slice(numeral.length))) continue;
    if (century() || (numeral.length >= 2 && !name())) return { ...ordinalReading(at, at + 1, value, true), words: false };
  }
  return undefined;
}

/**
 * "15. Jahrhundert", "den 3. Platz": digits with an ordinal dot, where the language writes
 * ordinals so, before a noun that is counted with ordinals, after a word that stands before
 * ordinals, or before an inflected adjective ("im 15. späten").
 */
export function dotOrdinalEnd(tokens: readonly Token[], at: number, lexicon: Lexicon, depth = 0): number | undefined {
  const dot = lexicon.dotOrdinals;
  if (!dot) return undefined;
  const token = tokens[at]!;
  const run = token.run;
  const mark = tokens[at + 1];
  const word = tokens[at + 2];
  const value = run && dashJoined(tokens, at) ? -run.value : run?.value ?? 0;
  if (!run || run.decimals || run.grouped || run.percent || !Number.isInteger(value) || value < 1 || value > 999) return undefined;
  if (mark?.text !== '.' || mark.gap !== '') return undefined;
  // "das 11., 12. und 13. Jahrhundert", "im 10.-11. Jahrhundert": ordinals listed before one noun.
  if (listedOrdinal(tokens, at + 2, lexicon, depth)) return at + 2;
  if (word?.kind !== 'word' || word.gap === '') return undefined;
  const before = tokens[at - 1];
  const noun = countedNoun(word.key, dot.nouns);
  const afterWord = before?.kind === 'word' && dot.before.has(before.key);
  const adjective = /^\p{Ll}/u.test(word.text) && (dot.anyWord || (/(e|en|er|es|em)$/u.test(word.key) && !lexicon.stopWords.has(word.key)));
  return noun || afterWord || adjective ? at + 2 : undefined;
}

const LIST_JOINERS = new Set([',', '-', '–', '—', 'und', 'oder', 'bis', 'and', 'or']);

/** After a listed ordinal at `at`: a joiner and another ordinal with its dot, or digits right before a counted noun. */
function listedOrdinal(tokens: readonly Token[], at: number, lexicon: Lexicon, depth: number): boolean {
  const joiner = tokens[at];
  const next = tokens[at + 1];
  // "10.-11.": the dash is glued to the next digits.
  if (depth <= 4 && dashJoined(tokens, at)) return dotOrdinalEnd(tokens, at, lexicon, depth + 1) !== undefined;
  if (depth > 4 || !joiner || !LIST_JOINERS.has(joiner.key)) return false;
  // "zwischen dem 10. und dem 14. Jahrhundert": a determiner may repeat.
  const skip = next?.kind === 'word' && lexicon.determiners.has(next.key) ? 1 : 0;
  if (tokens[at + 1 + skip]?.kind !== 'num') return false;
  if (dotOrdinalEnd(tokens, at + 1 + skip, lexicon, depth + 1) !== undefined) return true;
  // "11., 12. und 13 Jahrhundert": the last one without its dot.
  const noun = tokens[at + 2 + skip];
  return noun?.kind === 'word' && lexicon.dotOrdinals !== undefined && countedNoun(noun.key, lexicon.dotOrdinals.nouns);
}

/** A noun counted with ordinals, or a form of it with up to two more letters ("Jahrhunderts"). */
function countedNoun(key: string, nouns: ReadonlySet<string>): boolean {
  return nouns.has(key) || [...nouns].some((noun) => key.startsWith(noun) && key.length - noun.length <= 2);
}

/** A cardinal at token `at`: digits, or a number word that is not also an article ("un", "ein"). */
function isCardinal(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (token.kind === 'num') return token.run !== undefined && !token.run.percent && !token.run.year;
  if (token.kind !== 'word' || lexicon.indefinite.has(token.key)) return false;
  const word = lexicon.words.match(tokens, at);
  return word !== undefined && word.end === at + 1 && !lexicon.ordinals.match(tokens, at);
}
