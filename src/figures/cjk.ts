// Figures in Chinese and Japanese text, read as a native reader reads them. The main reader
// (src/figures/index.ts) hands zh and ja text here. Two entry points:
//   readCjkFigures: every figure with its kind, value, unit, qualifier and span
//     ("约1.5万个" → quantity 15000 个 approx; "7月26日" → date; "2022-2023年" → range);
//   scanCjkNumbers: every number written with digits, as the localize stage replaces them with
//     placeholders.
// How it reads: cjk-arabic and cjk-numeral read one written number, cjk-compound signs, fractions
// and powers, cjk-read and cjk-suffix the words around it, cjk-combine ranges, cjk-date dates.
// The words themselves are data: each CJK language pack's lexicon (src/lang/zh/numbers.ts, src/lang/ja/numbers.ts).

import { opaqueSpans } from './opaque.js';
import type { FigureReading, NumberToken, ReadOptions } from './types.js';
import { decadeYears } from './numbers.js';
import { combine } from './cjk-combine.js';
import { readCjkTime } from './cjk-time.js';
import { readNumber, readSigned, type NumberReading } from './cjk-compound.js';
import { resolveDate, validParts } from './cjk-date.js';
import type { CjkLexicon } from './cjk-lexicon.js';
import { numeralStartsAt, readNumeral } from './cjk-numeral.js';
import { buildPiece, catalogueUnit, decadeEnd, insideNonNumberWord, skipBack, type Piece } from './cjk-read.js';
import { foldWidth, isDigit, isLatin, isSpace, longestAt, type Source } from './cjk-text.js';

function sourceOf(text: string, lex: CjkLexicon): Source {
  return { text, norm: foldWidth(text), lex };
}

/**
 * Digits glued to Latin letters are identifiers, not figures ("A2021…", "B12", "COVID-19"),
 * unless the letters are the unit of a number before them ("5k-20k").
 */
function isIdentifier(src: Source, start: number): boolean {
  let i = src.norm[start - 1] === '-' ? start - 1 : start;
  if (!isLatin(src.norm[i - 1])) return false;
  while (isLatin(src.norm[i - 1])) i--;
  return !isDigit(src.norm[i - 1]);
}

/**
 * Digits after a word in Latin letters and a space name something ("JAS 39C", "Formula 1",
 * "Windows 10"), unless the word is a currency ("RMB 100") or a time zone ("UTC 0230").
 */
function isNamed(src: Source, start: number): boolean {
  if (!isSpace(src.norm[start - 1])) return false;
  const wordEnd = skipBack(src.norm, start);
  if (!isLatin(src.norm[wordEnd - 1])) return false;
  let wordStart = wordEnd;
  while (isLatin(src.norm[wordStart - 1])) wordStart--;
  const word = src.text.slice(wordStart, wordEnd);
  return !src.lex.currenciesBefore.some((c) => c.text === word) && !src.lex.clock.zones.includes(word);
}

/** Web addresses: their digits are no figures ("…?q=30%25"). */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

function urlSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
}

/** "2024-07-26", "2024/7/26", "2024.7.26" and "1995-01" (year and month). */
function readNumericDate(src: Source, i: number, referenceDate: string | undefined): Piece | undefined {
  if (isDigit(src.norm[i - 1]) || !isDigit(src.norm[i])) return undefined;
  const rest = src.norm.slice(i, i + 12);
  // "2019/20シーズン", "2009/10赛季", "2019-20年度": a span of two years, the second written short
  // (a month "2009/10" too, unless a word of such a span follows it)
  const span = /^(\d{4})[-/–](\d{2})(?![\d/.-])/.exec(rest);
  if (span && Number(span[2]) === (Number(span[1]) + 1) % 100) {
    const after = i + span[0].length;
    if (Number(span[2]) > 12 || src.lex.yearSpanAfter.some((word) => src.norm.startsWith(word, after))) {
      const min = Number(span[1]);
      return { start: i, end: after, kind: 'range', min, max: min + 1, qualifier: 'exact', decimals: 0, yearLike: false, numStart: i, numEnd: after };
    }
  }
  const full = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/.exec(rest);
  const month = full ? null : /^(\d{4})(?:-(0[1-9]|1[0-2])|\/(\d{1,2}))(?![\d/.-])/.exec(rest);
  const match = full ?? month;
  if (!match) return undefined;
  const year = Number(match[1]);
  const parts = full ? { year, month: Number(full[3]), day: Number(full[4]) } : { year, month: Number(match[2] ?? match[3]) };
  if (year < 1000 || year > 2999 || !validParts(parts)) return undefined;
  const date = resolveDate(parts, referenceDate);
  if (!date) return undefined;
  const end = i + match[0].length;
  return { start: i, end, kind: 'date', date, parts, qualifier: 'exact', decimals: 0, yearLike: false, numStart: i, numEnd: end };
}

function startsNumber(src: Source, i: number): boolean {
  return numeralStartsAt(src, i) || src.norm[i] === '-' || src.lex.minus.some((w) => src.text.startsWith(w, i));
}

function toReading(text: string, p: Piece, lex: CjkLexicon): FigureReading {
  const reading: FigureReading = { start: p.start, end: p.end, text: text.slice(p.start, p.end), kind: p.kind, qualifier: p.qualifier };
  if (p.value !== undefined) reading.value = p.value;
  if (p.min !== undefined) reading.min = p.min;
  if (p.max !== undefined) reading.max = p.max;
  if (p.date !== undefined) reading.date = p.date;
  if (p.endDate !== undefined) reading.endDate = p.endDate;
  if (p.date !== undefined && p.parts && p.parts.year === undefined && !p.date.startsWith('-')) reading.inferred = p.parts.month === undefined ? 'year-month' : 'year';
  if (p.unit !== undefined) reading.unit = p.unit === '%' ? p.unit : catalogueUnit(lex, p.unit, p.per);
  if (p.currency !== undefined) reading.currency = p.currency;
  if (p.currencyFamily !== undefined) reading.currencyFamily = p.currencyFamily;
  if (p.decimals > 0) reading.decimals = p.decimals;
  if (p.percentPoints) reading.percentPoints = true;
  if (p.ambiguous !== undefined) reading.ambiguous = p.ambiguous;
  if (p.qualifierUncertain) reading.qualifierUncertain = true;
  return reading;
}

/**
 * "6月", "10 月份", "7 月下旬": a month with neither a day nor a year of its own is no figure, as
 * "im Juni" is none for the other readers (unless `monthsAlone` asks for them, as QA does); it
 * stays one in a range ("6月至9月") and when a date before it gives its year ("2021年3月、5月").
 */
function monthAlone(p: Piece): boolean {
  return p.kind === 'date' && p.endDate === undefined && p.parts !== undefined && p.parts.month !== undefined && p.parts.year === undefined && p.parts.day === undefined;
}

/** Every figure in `text`, in order and without overlaps; offsets are into `text`. */
export function readCjkFigures(text: string, lexicon: CjkLexicon, options: ReadOptions = {}): FigureReading[] {
  const src = sourceOf(text, lexicon);
  const pieces: Piece[] = [];
  // Clock times and decades, read beside the pieces and merged in at the end.
  const aside: FigureReading[] = [];
  // Addresses, telephone numbers and list marks hold no figures (opaque.ts), as in the other languages.
  const urls = [...urlSpans(text), ...opaqueSpans(text).map((span): [number, number] => [span.start, span.end])];
  let floor = 0;
  let i = 0;
  while (i < text.length) {
    const url = urls.find(([s, e]) => i >= s && i < e);
    if (url) {
      floor = i = url[1];
      continue;
    }
    const time = readCjkTime(src, i);
    if (time) {
      aside.push(time);
      floor = i = time.end;
      continue;
    }
    const fixed = longestAt(src.norm, i, src.lex.fixedFigures);
    if (fixed?.item.kind === 'ordinal' && !insideNonNumberWord(src, i)) {
      // "首次", "初の": the first
      pieces.push({ start: i, end: fixed.end, numStart: i, numEnd: fixed.end, kind: 'ordinal', value: fixed.item.value, qualifier: 'exact', decimals: 0, yearLike: false });
      floor = i = fixed.end;
      continue;
    }
    if (fixed && fixed.item.kind !== 'ordinal') {
      const num: NumberReading = {
        start: i, end: fixed.end, value: fixed.item.value, decimals: 0, grouped: false, digits: false, kanji: true,
        scaled: false, vague: false, positional: 0, plain: false, bareUnit: false, negative: false, fraction: false,
        perHundred: fixed.item.kind === 'percent',
      };
      const piece = buildPiece(src, num, floor, options.referenceDate);
      if (piece) {
        pieces.push(piece);
        floor = i = piece.end;
        continue;
      }
    }
    const date = readNumericDate(src, i, options.referenceDate);
    if (date) {
      pieces.push(date);
      floor = i = date.end;
      continue;
    }
    const num = startsNumber(src, i) ? readNumber(src, i) : undefined;
    if (!num) {
      i++;
      continue;
    }
    // identifiers, and a unit character straight after a number ("五十千": 千 belongs to nothing)
    const last = pieces[pieces.length - 1];
    if ((num.digits && (isIdentifier(src, num.start) || isNamed(src, num.start))) || (num.bareUnit && last && last.numEnd === num.start)) {
      i = num.end;
      continue;
    }
    // "千米" alone is the unit kilometre, not a thousand metres
    if (num.bareUnit && src.lex.prefixedUnits.some((u) => src.norm.startsWith(u.text, num.start))) {
      i = num.end;
      continue;
    }
    // "70年代", "20 世纪 70 年代": a decade, with the century it belongs to, read as the range of
    // its years, as "1970s" and "años 70" are (a round hundred, "1800年代", is a century: no figure).
    const decade = decadeEnd(src, num);
    if (decade !== undefined) {
      const century = last && last.kind === 'ordinal' && last.unit !== undefined && src.lex.decades.centuries.includes(last.unit) && src.norm.slice(last.end, num.start).trim() === '' ? pieces.pop() : undefined;
      const first = century?.value !== undefined && num.value < 100 ? (century.value - 1) * 100 + num.value : undefined;
      const span = first !== undefined ? { yearSpan: [first, first + 9] as const } : decadeYears(num.value);
      const start = century?.start ?? num.start;
      if (span.yearSpan) aside.push({ start, end: decade, text: text.slice(start, decade), kind: 'range', min: span.yearSpan[0], max: span.yearSpan[1], qualifier: 'exact', decade: true });
      floor = i = decade;
      continue;
    }
    const piece = buildPiece(src, num, floor, options.referenceDate);
    if (!piece) {
      i = Math.max(num.end, i + 1);
      continue;
    }
    pieces.push(piece);
    floor = i = piece.end;
  }
  const readings = combine(src, pieces, options.referenceDate)
    .filter((p) => options.monthsAlone === true || !monthAlone(p))
    .map((p) => toReading(text, p, lexicon));
  if (aside.length === 0) return readings;
  return [...readings, ...aside].sort((a, b) => a.start - b.start);
}

/**
 * Every number written with digits (ASCII or full-width), for the localize stage.
 *
 * A scale character written directly after the digits is part of the token, and so are the
 * digits and units that continue it: "1.5万" is one token of value 15000, "1万5000" and
 * "4億2000万" one token each. Chinese and Japanese write large numbers this way, and a
 * placeholder for "1.5" alone would leave "万" in the sentence for a translator or an engine to
 * carry over, turning 15 000 into "1.5 ten-thousand"; with the whole token the target language
 * formats 15000 its own way (15,000 en, 15.000 de) and zh gets "1.5万" back. Decimals count the
 * places as written (1 for "1.5万"). A sign is part of the token only as a symbol ("-5", "−5");
 * minus words (负, マイナス) stay text for the translator.
 */
export function scanCjkNumbers(text: string, lexicon: CjkLexicon): NumberToken[] {
  const src = sourceOf(text, lexicon);
  const tokens: NumberToken[] = [];
  const urls = urlSpans(text);
  let i = 0;
  while (i < text.length) {
    const url = urls.find(([s, e]) => i >= s && i < e);
    if (url) {
      i = url[1];
      continue;
    }
    const n = src.norm[i];
    const startsDigits = isDigit(n) || (n === '.' && isDigit(src.norm[i + 1]));
    const signed = n === '-' && isDigit(src.norm[i + 1]) ? readSigned(src, i) : undefined;
    const numeral = signed ?? (startsDigits ? readNumeral(src, i) : undefined);
    if (!numeral || !numeral.digits || isIdentifier(src, i) || (startsDigits && isDigit(src.norm[i - 1]))) {
      i = numeral ? numeral.end : i + 1;
      continue;
    }
    let end = numeral.end;
    let percent = false;
    const after = src.norm[end] === ' ' ? end + 1 : end;
    if (src.norm[after] === '%') {
      percent = true;
      end = after + 1;
    }
    const value = signed ? signed.value : numeral.value;
    const token: NumberToken = {
      start: i,
      end,
      text: text.slice(i, end),
      value,
      decimals: numeral.decimals,
      grouped: numeral.grouped,
      year: numeral.plain && Number.isInteger(value) && value >= 1900 && value <= 2100,
      percent,
    };
    if (numeral.ambiguous !== undefined) token.ambiguous = numeral.ambiguous;
    tokens.push(token);
    i = end;
  }
  return tokens;
}
