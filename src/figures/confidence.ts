// How sure the reader is that a reading is a figure at all (issue 11, "severity by certainty").
// Some readings are guesses, and the reader knows it:
//   - `name`: a bare whole number after a capitalised name or product word ("Windows 7",
//     "Hannover 96", "iPhone 12", "チャレンジ６"): a translation may leave it out with the name
//     kept, spell it otherwise or keep it inside a name;
//   - `label`: a number after one of the language's label words, saying which one ("Bundesstraße
//     51", "route 66", "Artikel 11", "国道1号線", "5号线"): compared like a count when it is gone,
//     but not as a quantity against another figure;
//   - `code`: digits inside a code, a version or a telephone number ("F-16", "5G", "4K", "2.4.1",
//     "0171 2345678", "+49 30 1234567");
//   - `idiom`: number words inside a fixed phrase that says no number ("on the one hand",
//     "с одной стороны", "quarti di finale", "cada dos por tres").
// QA compares such readings like any other, but a difference on them is never a certain one.
// The words are data of each language pack (`readingDoubts`, src/lang/<code>/doubts.ts); the
// shapes (capital letters, glued letters, digit runs) hold in every language.

import { findPack } from '../lang/index.js';
import type { ReadingDoubts } from '../lang/pack.js';
import { asciiDigits } from './digits.js';
import { UNITS } from './units.js';
import type { FigureReading } from './types.js';

export type Doubt = NonNullable<FigureReading['uncertain']>;

const LETTERS_WITH_CASE = '\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}';
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A word of a cased script (and the space or number sign after it) right before the digits. */
const NAME_BEFORE_DIGITS = new RegExp(`([${LETTERS_WITH_CASE}][${LETTERS_WITH_CASE}\\p{M}\\p{Nd}'’-]*)([\\s\\u200b\\u2060]*(?:[#№][\\s\\u200b\\u2060]*)?)$`, 'u');
/** A letter of a cased script, maybe a hyphen, glued to the digits ("F-16", "MH17"). */
const LETTER_BEFORE_DIGITS = new RegExp(`[${LETTERS_WITH_CASE}][-‐‑]?$`, 'u');

const ANY_DIGIT = /\p{Nd}/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A phrase of the data as a pattern: words case-insensitive, a trailing `*` a stem, spaces any space. */
function phrasePattern(phrase: string): string {
  const stem = phrase.endsWith('*');
  const body = escape(stem ? phrase.slice(0, -1) : phrase).replace(/\s+/gu, '\\s+');
  return stem ? `${body}[\\p{L}\\p{M}]*` : body;
}

/**
 * The phrases as one pattern, longest first, bounded by non-letters where the phrase begins or
 * ends with a spaced script's letter. Neighbours with the same bounds share them
 * (`B(?:x|y)E` tries exactly what `BxE|ByE` tries, in the same order): a letter class under the
 * `iu` flags is costly to compile, and was compiled once per phrase.
 */
function phrasesPattern(phrases: readonly string[]): string | undefined {
  if (phrases.length === 0) return undefined;
  const groups: Array<{ open: string; close: string; bodies: string[] }> = [];
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const open = UNSPACED.test(phrase.charAt(0)) ? '' : '(?<![\\p{L}\\p{M}\\p{Nd}])';
    const close = UNSPACED.test(phrase.slice(-1)) || phrase.endsWith('*') || /[.]$/u.test(phrase) ? '' : '(?![\\p{L}\\p{M}])';
    const last = groups.at(-1);
    if (last && last.open === open && last.close === close) last.bodies.push(phrasePattern(phrase));
    else groups.push({ open, close, bodies: [phrasePattern(phrase)] });
  }
  return `(?:${groups.map(({ open, close, bodies }) => `${open}(?:${bodies.join('|')})${close}`).join('|')})`;
}

interface Compiled {
  capitalNouns: boolean;
  rankWords?: RegExp;
  labelBefore?: RegExp;
  labelAfter?: RegExp;
  idioms?: RegExp;
  /** The idioms' words alone, without bounds or stem endings: no match here, no idiom (cheap to compile and run). */
  idiomWords?: RegExp;
}

const compiled = new Map<string, Compiled>();

function compiledFor(lang: string): Compiled {
  let known = compiled.get(lang);
  if (known) return known;
  const doubts: ReadingDoubts | undefined = findPack(lang)?.readingDoubts;
  known = { capitalNouns: doubts?.capitalNouns === true };
  const ranks = phrasesPattern(doubts?.rankWords ?? []);
  if (ranks) known.rankWords = new RegExp(`${ranks}[\\s\\u200b\\u2060]*$`, 'iu');
  const before = phrasesPattern(doubts?.labelBefore ?? []);
  // "Nummer 10", "No. 10", "№ 10", "nº 10", "номер 10": the label word, a dot, a number sign, spaces.
  if (before) known.labelBefore = new RegExp(`${before}\\.?[\\s\\u200b\\u2060]*(?:[#№][\\s\\u200b\\u2060]*)?$`, 'iu');
  const after = phrasesPattern(doubts?.labelAfter ?? []);
  if (after) known.labelAfter = new RegExp(`^\\s*${after}`, 'iu');
  const idiomList = doubts?.idioms ?? [];
  const idioms = phrasesPattern(idiomList);
  if (idioms) {
    known.idioms = new RegExp(idioms, 'giu');
    known.idiomWords = new RegExp(idiomList.map((phrase) => phrasePattern(phrase.endsWith('*') ? phrase.slice(0, -1) : phrase)).join('|'), 'iu');
  }
  compiled.set(lang, known);
  return known;
}

/** A whole number written in digits alone, nothing scaled, no money, percent, date, year or time. */
function bareDigits(reading: FigureReading): boolean {
  if (!['number', 'quantity', 'ordinal'].includes(reading.kind) || reading.currency !== undefined || reading.value === undefined) return false;
  if (reading.unit !== undefined && reading.unit in UNITS) return false;
  const digits = /^\p{Nd}+/u.exec(reading.text)?.[0];
  return digits !== undefined && Number.isInteger(reading.value) && Math.abs(reading.value) === Number(asciiDigits(digits));
}

/**
 * The word right before `start` (spaces, a number sign between) when it names a thing: begins
 * with a capital letter of a cased script inside a sentence ("Hannover 96", "die Bundesstraße 51"),
 * or mixes cases or digits like a product name ("iPhone 12"). At the start of a sentence a capital
 * says nothing ("About 50 people", "Über 50 Menschen").
 */
function nameBefore(text: string, start: number, data: Compiled): boolean {
  const lead60 = text.slice(Math.max(0, start - 60), start);
  if (data.rankWords?.test(lead60)) return false;
  const capitalNouns = data.capitalNouns;
  // 『チャレンジ６』: a name in katakana right before the digits (no counter after them).
  if (/\p{scx=Katakana}{2}$/u.test(lead60)) return true;
  const match = NAME_BEFORE_DIGITS.exec(lead60);
  // glued to the digits: a code, judged by gluedCode
  if (!match || match[2] === '') return false;
  const word = match[1]!;
  const wordStart = start - match[0].length;
  // iPhone, eGolf: a product name wherever it stands
  if (/^\p{Ll}+\p{Lu}/u.test(word)) return true;
  if (!/^\p{Lu}/u.test(word) || [...word].length < 2) return false;
  // Where every noun has a capital ("die Sozialisten 186"), only a name in capitals does ("HSV 96").
  if (capitalNouns && !/^[\p{Lu}\p{Nd}-]+$/u.test(word)) return false;
  const lead = text.slice(0, wordStart).replace(/[\s\u00a0]+$/u, '');
  // At the start of a text or sentence, after an opening quote or bracket, a capital says nothing.
  return lead.length > 0 && !/[.!?:;"“”„«»‹›()[\]¿¡。！？…–—-]$/u.test(lead);
}

/** Whether the digits at `start` follow one of the language's rank words ("the number 1 bakery", "Platz 3"). */
export function afterRankWord(text: string, start: number, lang: string): boolean {
  return compiledFor(lang).rankWords?.test(text.slice(Math.max(0, start - 60), start)) === true;
}

/** Digits glued to letters of a code before them ("F-16", "MH17", "COVID-19") or a capital after them ("5G", "4K"). */
function gluedCode(text: string, reading: FigureReading): boolean {
  if (reading.currency !== undefined || reading.kind === 'percent' || reading.kind === 'date' || reading.kind === 'time') return false;
  if (!/^\p{Nd}/u.test(reading.text)) return false;
  const before = text.slice(Math.max(0, reading.start - 2), reading.start);
  if (LETTER_BEFORE_DIGITS.test(before)) return true;
  return /^\p{Nd}+\p{Lu}(?![\p{L}\p{M}])/u.test(reading.text) && reading.value !== Number(asciiDigits(/^\p{Nd}+/u.exec(reading.text)![0]));
}

/**
 * Spans of digit runs that are codes: versions ("2.4.1", "10.15.7": three or more dotted groups,
 * or one number glued to several letters: "802.11a, 802.11b"),
 * none of three digits as a grouped number has them, or a miswritten one: "2.200.12") and telephone numbers ("+49 30 1234567",
 * "0171 2345678", "030/12345": a leading plus or a leading zero, seven digits or more).
 */
function codeRuns(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Every code below has digits: a text without any has none (the scans cost more than this test).
  if (!ANY_DIGIT.test(text)) return spans;
  for (const match of text.matchAll(/(?<![\p{Nd}.,])\p{Nd}+(?:\.\p{Nd}+){2,}(?![\p{Nd}]|[.,]\p{Nd})/gu)) {
    if (match[0].split('.').slice(1).every((group) => group.length !== 3)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(/(?<![\p{Nd}.,])(?:\+\s?\p{Nd}{1,3}|0\p{Nd}{1,5}|\(0\p{Nd}{1,5}\))(?:[ \-/.]?\p{Nd}{2,}){1,4}(?![\p{Nd}]|[.,]\p{Nd})/gu)) {
    if (match[0].replace(/\D/gu, '').length >= 7) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  // The same number glued to two letters or more ("802.11a, 802.11b y 802.11g", "Typ 2a und 2b"):
  // the names of a family of versions or variants, none of them a unit ("802.11g" is no gram).
  const lettered = new Map<string, Array<{ letter: string; start: number; end: number }>>();
  for (const match of text.matchAll(/(?<![\p{L}\p{Nd}.,])(\p{Nd}+(?:[.,]\p{Nd}+)*)(\p{L})(?![\p{L}\p{M}\p{Nd}])/gu)) {
    const found = lettered.get(match[1]!) ?? [];
    found.push({ letter: match[2]!.toLowerCase(), start: match.index, end: match.index + match[0].length });
    lettered.set(match[1]!, found);
  }
  for (const family of lettered.values()) if (new Set(family.map((member) => member.letter)).size >= 2) spans.push(...family.map(({ start, end }) => ({ start, end })));
  return spans;
}

/**
 * The doubt of each reading the reader knows it may be wrong about, set on the readings
 * (`uncertain`); readings it is sure of are left as they are.
 */
export function markDoubts(text: string, readings: FigureReading[], lang: string): FigureReading[] {
  if (readings.length === 0) return readings;
  const data = compiledFor(lang);
  const idioms = data.idioms && data.idiomWords?.test(text) === true ? [...text.matchAll(data.idioms)].map((match) => ({ start: match.index, end: match.index + match[0].length })) : [];
  const codes = codeRuns(text);
  const overlaps = (spans: ReadonlyArray<{ start: number; end: number }>, reading: FigureReading) => spans.some((span) => reading.start < span.end && reading.end > span.start);
  for (const reading of readings) {
    if (reading.uncertain !== undefined) continue;
    let doubt: Doubt | undefined;
    if (overlaps(idioms, reading)) doubt = 'idiom';
    else if (reading.kind !== 'date' && reading.kind !== 'time' && overlaps(codes, reading)) doubt = 'code';
    else if (gluedCode(text, reading)) doubt = 'code';
    else if (bareDigits(reading)) {
      const before = text.slice(Math.max(0, reading.start - 40), reading.start);
      const digitsEnd = reading.start + /^\p{Nd}+/u.exec(reading.text)![0].length;
      // After a name only a number that counts nothing: "Hannover 96", not "die Sozialisten 186 Abgeordnete".
      const name = reading.kind === 'number' && nameBefore(text, reading.start, data);
      // A rank the reader took from its label word ("the number 1 bakery": No. 1) is read for certain.
      const labelWord = reading.kind !== 'ordinal' && data.labelBefore?.test(before) === true;
      if (name) doubt = 'name';
      else if (labelWord || data.labelAfter?.test(text.slice(digitsEnd))) doubt = 'label';
    }
    if (doubt !== undefined) reading.uncertain = doubt;
  }
  return readings;
}
