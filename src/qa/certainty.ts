// How certain QA is of a figure left over on one side of a translation (issue 11's severity
// rule: an error means both sides were read with confidence and the meaning differs; where one
// side cannot be read, say so, never block). A figure is certainly lost (or added) only when
//   - its own reading is whole: not a piece of a longer run of digits the reader split
//     ("4:41.30" read as 4 and 41.30, "11:00 pm" as 11 and 00), not glued to a word by a hyphen
//     or an apostrophe the reader did not read ("17-миллионым", "7's");
//   - and the other side either has a whole reading it was changed into (a value, a scale),
//     or holds nothing unread that could carry it: no free digits that could be its digits,
//     no word beginning with a number word for its value (an inflection or compound the
//     reader does not know), no Roman numeral of its value, no word of another script that
//     says it, and for a date no name of its month with something that could be its day; for a decade, nothing that could carry its
//     first year or its tens.
// These are facts of the text and the reader, never of one language: the words come from the
// language packs through src/figures.

import { monthsNamed, tracesValue, vagueMagnitudes, type FigureReading } from '../figures/index.js';
import { romanValue } from '../figures/ordinals.js';
import { LANGUAGES, type LanguageCode } from '../lang/index.js';
import { digitsOf, rangeOfTen, type FigureComparison, type QaFigure } from './compare.js';
import { qaLanguage } from './language.js';

interface Span {
  start: number;
  end: number;
}

const DIGIT = /\p{Nd}/u;
const ANY_DIGIT_OR_FRACTION = /[\p{Nd}\p{No}]/u;

/**
 * How a reading sits in its text: `whole`; `split`, a piece of a longer number the reader cut
 * ("4.41,30" read as 4, 41 and 30; "4分41秒30" with its 30 alone; "29 ¾"), so its value is not
 * known; `glued`, digits joined by a hyphen or an apostrophe to a word the reader did not take
 * ("17-миллионым": 17 million in a form it does not know; "7's rugby"), so its value is read but
 * its scale, unit or whether it is a figure at all is not. `others` are the readings of the text.
 */
export function readingFit(figure: QaFigure, text: string, others: readonly QaFigure[]): 'whole' | 'split' | 'glued' {
  const { start, end } = figure.reading;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 3);
  if (ANY_DIGIT_OR_FRACTION.test(before.slice(-1)) || /\p{Nd}[.,:：]$/u.test(before)) return 'split';
  if (ANY_DIGIT_OR_FRACTION.test(after.slice(0, 1)) || /^[.,:：]\p{Nd}/u.test(after) || /^\s\p{No}/u.test(after)) return 'split';
  // Another reading ending where this one starts, or starting where it ends: one figure in pieces.
  if (others.some((other) => other.reading !== figure.reading && (other.reading.end === start || other.reading.start === end))) return 'split';
  if (DIGIT.test(figure.reading.text.slice(-1)) && /^['’‐‑-]\p{L}/u.test(after)) return 'glued';
  return 'whole';
}

/**
 * The digits of the whole number a reading is part of: the reading widened over digits, fractions,
 * separators between digits and readings joined to it ("4.41,30" → 44130 for each of its pieces).
 */
function runDigits(figure: QaFigure, text: string, others: readonly QaFigure[]): string {
  let { start, end } = figure.reading;
  for (let grown = true; grown; ) {
    grown = false;
    const joined = others.find((other) => other.reading.end === start && other.reading.start < start) ?? others.find((other) => other.reading.start === end && other.reading.end > end);
    if (joined) {
      start = Math.min(start, joined.reading.start);
      end = Math.max(end, joined.reading.end);
      grown = true;
      continue;
    }
    if (ANY_DIGIT_OR_FRACTION.test(text.charAt(start - 1)) || (/[.,:：]/u.test(text.charAt(start - 1)) && DIGIT.test(text.charAt(start - 2)))) {
      start -= /[.,:：]/u.test(text.charAt(start - 1)) ? 2 : 1;
      grown = true;
    } else if (ANY_DIGIT_OR_FRACTION.test(text.charAt(end)) || (/[.,:：]/u.test(text.charAt(end)) && DIGIT.test(text.charAt(end + 1)))) {
      end += /[.,:：]/u.test(text.charAt(end)) ? 2 : 1;
      grown = true;
    }
  }
  return digitsOf(text.slice(start, end)).replace(/^0+(?=\d)/u, '');
}

/** The digit strings a figure may be written with: as written, its value's, a clock time's hours. */
function digitKeys(figure: QaFigure): string[] {
  const strip = (digits: string) => digits.replace(/^0+(?=\d)/u, '');
  const keys = new Set<string>();
  const written = strip(digitsOf(figure.reading.text));
  if (written) keys.add(written);
  if (figure.value !== undefined && Number.isFinite(figure.value)) keys.add(strip(String(Math.abs(figure.value)).replace(/[^0-9]/g, '')));
  if (figure.time !== undefined) {
    const [h = 0, m = 0] = figure.time.split(':').map(Number);
    for (const hour of new Set([h, h % 12 === 0 ? 12 : h % 12])) {
      keys.add(String(hour));
      keys.add(`${hour}${String(m).padStart(2, '0')}`);
    }
  }
  // a date's year and day (a month or day of one digit is too common a digit to say anything)
  if (figure.date !== undefined) for (const part of figure.date.split('-')) if (/^\d+$/.test(part) && strip(part).length >= 2) keys.add(strip(part));
  keys.delete('');
  return [...keys];
}

/**
 * Digit runs of a text outside the spans given, each as ASCII digits without leading zeros: a
 * whole run across separators ("07:30" → 730, "2.11,60" → 21160) and each of its pieces.
 */
function freeDigitRuns(text: string, taken: readonly Span[]): string[] {
  const runs: string[] = [];
  const strip = (digits: string) => digits.replace(/^0+(?=\d)/u, '');
  for (const match of text.matchAll(/\p{Nd}+(?:[.,:：]\p{Nd}+)*/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some((span) => start < span.end && end > span.start)) continue;
    runs.push(strip(digitsOf(match[0])));
    for (const piece of match[0].split(/[.,:：]/u)) runs.push(strip(digitsOf(piece)));
  }
  return runs;
}

/** The digits of every whole number a text writes (runs across separators, and figures read in pieces joined). */
function wholeRuns(text: string, figures: readonly QaFigure[]): Set<string> {
  return new Set([...[...text.matchAll(/\p{Nd}+(?:[.,:：]\p{Nd}+)*/gu)].map((match) => digitsOf(match[0]).replace(/^0+(?=\d)/u, '')), ...figures.map((figure) => runDigits(figure, text, figures))]);
}

/** Digits that could be (part of) the figure: equal to one of its keys, or two or more digits beginning one. */
function digitsCouldCarry(run: string, keys: readonly string[]): boolean {
  return keys.some((key) => key === run || (run.length >= 2 && key.length >= 2 && (key.startsWith(run) || run.startsWith(key))));
}

/**
 * Words of `text` written in a script `lang` does not use, grouped by the languages that do
 * ("Three Kingdoms" in a Sanskrit sentence is English to the English reader).
 */
function foreignRuns(text: string, lang: LanguageCode): Array<{ lang: LanguageCode; text: string }> {
  const own = new Set(qaLanguage(lang).scripts);
  const out: Array<{ lang: LanguageCode; text: string }> = [];
  for (const other of LANGUAGES) {
    const scripts = qaLanguage(other).scripts.filter((script) => !own.has(script));
    if (other === lang || scripts.length === 0) continue;
    const letters = scripts.map((script) => `\\p{Script=${script}}`).join('');
    const words = text.match(new RegExp(`[${letters}]+`, 'gu'));
    if (words) out.push({ lang: other, text: words.join(' ') });
  }
  return out;
}

/**
 * Whether `text` (in `lang`) holds something unread, outside the spans `taken` by figures
 * already accounted for, that could carry `figure`: free digits that could be its digits, a
 * word beginning with a number word for its value, a Roman numeral of its value, such a word
 * in another script, or for a date the name of its month.
 */
export function mayCarry(figure: QaFigure, text: string, lang: LanguageCode, taken: readonly Span[], extraKeys: readonly string[] = []): boolean {
  const keys = [...digitKeys(figure), ...extraKeys];
  if (freeDigitRuns(text, taken).some((run) => digitsCouldCarry(run, keys))) return true;
  // From two up: the words for one are articles ("ein", "un", "один"), in every sentence.
  // A clock time may be said in words on the other side ("alle sei", "before eight",
  // "aamuseitsemää"): its hour, on the 24- and the 12-hour clock, is a trace of it too.
  const values = [figure.value, ...hoursOf(figure.time)].filter((v): v is number => v !== undefined && Number.isFinite(v) && v >= 2);
  const hourWords = figure.time === undefined ? '' : timeOfDayRests(text, lang, taken);
  for (const value of values) {
    if (tracesValue(text, lang, value, taken)) return true;
    if (hourWords && tracesValue(hourWords, lang, value)) return true;
    // "several hundred" → « quelques centaines », "a few thousand" → „Tausende“: the order named vaguely.
    if (value >= 10 && vagueMagnitudes(text, lang).some((m) => m.value === value && !taken.some((span) => m.start < span.end && m.end > span.start))) return true;
    for (const match of text.matchAll(/(?<![\p{L}\p{N}])[IVXLCDM]{2,}(?![\p{L}\p{N}])/gu)) {
      const at = match.index;
      if (!taken.some((span) => at < span.end && at + match[0].length > span.start) && romanValue(match[0]) === value) return true;
    }
    if (foreignRuns(text, lang).some((run) => tracesValue(run.text, run.lang, value))) return true;
  }
  // "type 1" → "I型", "Ⅰ期": a Roman one standing alone in a text whose own words are not Latin
  // (in a Latin-script text "I" is a word).
  if (figure.value === 1 && figure.class === 'number' && !qaLanguage(lang).scripts.includes('Latin')) {
    for (const match of text.matchAll(/(?<![\p{Script=Latin}\p{N}])[IⅠ](?![\p{Script=Latin}\p{N}])/gu)) {
      if (!taken.some((span) => match.index < span.end && match.index + 1 > span.start)) return true;
    }
  }
  if (figure.date !== undefined) {
    const [, month, day] = /^(?:\d{4}|-)-(\d{2})(?:-(\d{2}))?/u.exec(figure.date) ?? [];
    // The name of its month carries a date only with something that could be its day: "25 января"
    // → "जनवरी मासस्य दिनांके" keeps the month and loses the day.
    const dayTraced = day === undefined || freeDigitRuns(text, taken).includes(String(Number(day))) || tracesValue(text, lang, Number(day), taken);
    if (month !== undefined && figure.inferred !== 'year-month' && dayTraced && monthsNamed(text, lang).has(Number(month))) return true;
  }
  return false;
}

/**
 * What follows a time-of-day word at the start of a longer word, outside `taken` ("aamuseitsemää"
 * → "seitsemää"), joined by spaces: where an hour said in one word with the time of day stands.
 */
function timeOfDayRests(text: string, lang: LanguageCode, taken: readonly Span[]): string {
  const prefixes = qaLanguage(lang).timeOfDayPrefixes ?? [];
  if (prefixes.length === 0) return '';
  const rests: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const at = match.index;
    if (taken.some((span) => at < span.end && at + match[0].length > span.start)) continue;
    const word = match[0].toLocaleLowerCase();
    const prefix = prefixes.find((p) => word.startsWith(p) && word.length > p.length + 2);
    if (prefix) rests.push(word.slice(prefix.length));
  }
  return rests.join(' ');
}

/**
 * The hour of a clock time ("07:00", "15:30") as said on either clock: 7; 15 and 3; 12 for 00:00.
 * A half hour is also said by the hour it leads to ("halb elf", "puoli yksitoista",
 * "половина одиннадцатого": 10:30).
 */
function hoursOf(time: string | undefined): number[] {
  const [hour = NaN, minute = NaN] = time === undefined ? [] : time.split(':').map(Number);
  if (!Number.isInteger(hour)) return [];
  const clock = (h: number) => [h % 24, h % 12 === 0 ? 12 : h % 12];
  return [...new Set([...clock(hour), ...(minute === 30 ? clock(hour + 1) : [])])];
}

/** The spans of a side's readings that were matched or accounted for (not left over). */
function takenSpans(figures: readonly QaFigure[], left: readonly QaFigure[]): Span[] {
  const leftover = new Set(left);
  return figures.filter((figure) => !leftover.has(figure)).map((figure) => ({ start: figure.reading.start, end: figure.reading.end }));
}

export interface Sides {
  source: { text: string; lang: LanguageCode };
  target: { text: string; lang: LanguageCode };
}

/**
 * Whether a figure left over on side `one` is certainly gone from side `other` (lost from the
 * translation, or added to it): its reading is whole (or glued with a changed value opposite),
 * and `other` has either a reading it became (`instead`: a changed value) or nothing unread that
 * could carry it.
 */
function certainlyGone(figure: QaFigure, instead: QaFigure | undefined, one: { text: string; figures: readonly QaFigure[]; left: readonly QaFigure[] }, other: { text: string; lang: LanguageCode; figures: readonly QaFigure[]; left: readonly QaFigure[] }): boolean {
  // "Windows 7", "Bundesstraße 51", "F-16", "с одной стороны": the reader doubts it is a figure
  // at all. Gone without a counterpart, or matched with a counterpart of the other sort (a label
  // against a count), it is not certainly gone; a label changed into another label ("Figure 1" →
  // "Gambar 2"), or into digits the other reader left unread ("Nu 150" → "Nu 160"), is a change
  // read on both sides.
  // After the same name on both sides ("Windows 3.1" → "Windows 4.1") the label itself changed.
  const renamed = instead !== undefined && nameBefore(one.text, figure) !== undefined && nameBefore(one.text, figure) === nameBefore(other.text, instead);
  // A number after a label word ("Artikel 11", "route 66") says which one: a translation keeps it,
  // so one gone without a counterpart is gone; a number after a name ("Hannover 96") is often
  // left out with the name kept.
  if (!renamed && (instead ? doubted(figure) !== doubted(instead) : doubted(figure, undefined, ['label']) && !freeDigitRuns(other.text, takenSpans(other.figures, other.left)).some((run) => run.length >= 2))) return false;
  // A decade writes only its first year or its tens ("1980s", "80年代", "los ochenta", "1980 दशके"):
  // its last year is never written (a changed decade changes its first year too), and the first is
  // not certainly gone while the other side holds something unread that could carry it or its tens.
  if (figure.reading.decade && figure.role === 'max') return false;
  // So does a range of ten from a round ten whose lower end was matched ("от 20-ти до 30-ти лет"
  // against "20代", "une vingtaine", "20 多岁"): its upper end is not written.
  if (rangeOfTen(figure) && figure.role === 'max' && !one.left.some((left) => left.reading === figure.reading && left.role === 'min')) return false;
  const first = figure.reading.decade ? figure.reading.min : undefined;
  if (first !== undefined && [first, first % 100].some((value) => mayCarry({ ...figure, value }, other.text, other.lang, takenSpans(other.figures, other.left)))) return false;
  const fit = readingFit(figure, one.text, one.figures);
  // A number read in pieces: not certain while the other side writes a number with its digits,
  // cut otherwise ("4:41,30" → "4.41,30"); certain when none has them ("2.200.112" → "2,200,12").
  if (fit === 'split' && wholeRuns(other.text, other.figures).has(runDigits(figure, one.text, one.figures))) return false;
  if (instead) {
    const otherFit = readingFit(instead, other.text, other.figures);
    if (otherFit === 'split') return !wholeRuns(one.text, one.figures).has(runDigits(instead, other.text, other.figures));
    // A whole reading it became: a changed value ("5 million" → "5-тысячный" read as 5 is still a change).
    return true;
  }
  if (fit === 'glued') return false;
  const extra = fit === 'split' ? [runDigits(figure, one.text, one.figures)] : [];
  return !mayCarry(figure, other.text, other.lang, takenSpans(other.figures, other.left), extra);
}

/** The word right before a reading, folded ("Windows" of "Windows 3.1"), when it is one of two letters or more. */
function nameBefore(text: string, figure: QaFigure): string | undefined {
  return /([\p{L}\p{M}]{2,})[\s\u00a0]*$/u.exec(text.slice(Math.max(0, figure.reading.start - 40), figure.reading.start))?.[1]?.toLocaleLowerCase();
}

/**
 * Whether the reader doubts that one of these readings is a figure at all (a label, a code, an
 * idiom: src/figures/confidence.ts): no difference found on it is certain. `but`: doubts that
 * do not count here (a bound or "about" turned on a label: nobody writes "Artikel etwa 5", so a
 * qualifier on one side says the number is a quantity there, and the change is real).
 */
export function doubted(a: QaFigure | undefined, b?: QaFigure, but: ReadonlyArray<NonNullable<FigureReading['uncertain']>> = []): boolean {
  return [a, b].some((figure) => figure?.reading.uncertain !== undefined && !but.includes(figure.reading.uncertain));
}

/** A source figure left without a match is certainly lost from the translation. */
export function certainlyLost(lost: QaFigure, instead: QaFigure | undefined, comparison: FigureComparison, sides: Sides): boolean {
  return certainlyGone(lost, instead, { text: sides.source.text, figures: comparison.source, left: comparison.lost }, { ...sides.target, figures: comparison.target, left: comparison.added });
}

/** The other half: a translation figure the source certainly does not have. */
export function certainlyAdded(added: QaFigure, instead: QaFigure | undefined, comparison: FigureComparison, sides: Sides): boolean {
  return certainlyGone(added, instead, { text: sides.target.text, figures: comparison.target, left: comparison.added }, { ...sides.source, figures: comparison.source, left: comparison.lost });
}

/** A rounded pair is certain only when neither reading is split ("4.41,30" read as 41 is no rounding of 41.30). */
export function certainlyRounded(source: QaFigure, target: QaFigure, comparison: FigureComparison, sides: Sides): boolean {
  return !doubted(source, target) && readingFit(source, sides.source.text, comparison.source) !== 'split' && readingFit(target, sides.target.text, comparison.target) !== 'split';
}
