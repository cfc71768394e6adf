// What a reader takes from the words right after a number: a calendar date (年月日), a percent
// (%, パーセント, 个百分点, tenths 成/割, price fractions 折) and money with its subunits
// ("50元6角3分"). Used by cjk-read.ts, which owns the figure under construction (Piece).

import type { NumberReading } from './cjk-compound.js';
import { validParts, type DateParts } from './cjk-date.js';
import { numeralStartsAt, readNumeral } from './cjk-numeral.js';
import type { Piece } from './cjk-read.js';
import { asWords, longestAt, skipSpaces, type Source } from './cjk-text.js';
import { familyMembers } from './currencies.js';

const words = new WeakMap<readonly string[], Array<{ text: string }>>();
const unitLists = new WeakMap<Source['lex'], Array<{ text: string }>>();

/** Counters, measures and numeral-prefixed units of the language, as one word list. */
export function unitWords(src: Source): Array<{ text: string }> {
  let found = unitLists.get(src.lex);
  if (!found) {
    found = [...asWords(src.lex.counters), ...asWords(src.lex.ordinalUnits), ...asWords(src.lex.measures), ...src.lex.prefixedUnits];
    unitLists.set(src.lex, found);
  }
  return found;
}
export function cached(list: readonly string[]): Array<{ text: string }> {
  let found = words.get(list);
  if (!found) {
    found = asWords(list);
    words.set(list, found);
  }
  return found;
}

/** Spaces allowed around the date markers: "1965 年 3 月 18 日", "9 月 20 日". */
const DATE_SPACES = 2;

/**
 * A calendar date written at `end` after the first number: 年, then 月, then 日. `duration` is
 * set instead when a day marker makes a length of time ("1日券": the marker as written).
 */
export function readDate(src: Source, num: NumberReading, referenceDate?: string): { parts: DateParts; end: number; start?: number; duration?: string } | undefined {
  const { norm, lex } = src;
  const integer = Number.isInteger(num.value) && !num.negative && !num.fraction && !num.grouped && num.decimals === 0 && !num.vague && !num.perHundred;
  if (!integer || num.pairMax !== undefined) return undefined;
  const marker = (list: readonly string[], at: number): number => {
    const from = skipSpaces(norm, at, DATE_SPACES);
    for (const word of list) if (norm.startsWith(word, from)) return from + word.length;
    return -1;
  };
  const next = (at: number, list: readonly string[], low: number, high: number): { value: number; end: number } | undefined => {
    const n = readNumeral(src, skipSpaces(norm, at, DATE_SPACES));
    if (!n || !Number.isInteger(n.value) || n.value < low || n.value > high || n.grouped || n.decimals) return undefined;
    const end = marker(list, n.end);
    return end < 0 ? undefined : { value: n.value, end };
  };
  const parts: DateParts = {};
  let end = -1;
  const yearEnd = marker(lex.dates.year, num.end);
  const yearLike = num.value >= 1000 && num.value <= 2999 && !num.bareUnit && (num.digits ? num.plain && num.end - num.start === 4 : num.positional === 4 || num.scaled);
  const monthEnd = marker(lex.dates.month, num.end);
  const dayEnd = marker(lex.dates.day, num.end);
  const wordAt = skipSpaces(norm, num.end, DATE_SPACES);
  // "1000年间" is a length of time; "比2015年多一个" is the year 2015 and one more
  const duration = lex.yearDurationAfter.some((w) => norm.startsWith(w, yearEnd) && !numeralStartsAt(src, yearEnd + w.length)) && !lex.yearPartAfter.some((w) => norm.startsWith(w, yearEnd));
  const calendar = yearEnd >= 0 && !duration && !yearLike ? shortOrEraYear(src, num, yearEnd, referenceDate) : undefined;
  if (yearEnd >= 0 && (yearLike || calendar) && !duration) {
    parts.year = calendar?.year ?? num.value;
    end = yearEnd;
    const month = next(end, lex.dates.month, 1, 12);
    if (month) {
      parts.month = month.value;
      end = month.end;
      const day = next(end, [...lex.dates.day, ...lex.dates.dayAfterMonth], 1, 31);
      if (day) {
        parts.day = day.value;
        end = day.end;
      }
    }
  } else if (longerWord(src, wordAt, monthEnd) || longerWord(src, wordAt, dayEnd)) {
    // "3日間" is three days and "10日元" ten yen, not the 3rd or the 10th
    return undefined;
  } else if (monthEnd >= 0 && num.value >= 1 && num.value <= 12) {
    parts.month = num.value;
    end = monthEnd;
    const day = next(end, [...lex.dates.day, ...lex.dates.dayAfterMonth], 1, 31);
    if (day) {
      parts.day = day.value;
      end = day.end;
    }
  } else if (dayEnd >= 0 && num.value >= 1 && num.value <= 31) {
    if (longestAt(norm, dayEnd, cached(lex.dayDurationAfter))) {
      const written = lex.dates.day.find((w) => norm.startsWith(w, dayEnd - w.length)) ?? '';
      return { parts: {}, end: dayEnd, duration: written };
    }
    parts.day = num.value;
    end = dayEnd;
  }
  if (end < 0 || !validParts(parts)) return undefined;
  return calendar?.start !== undefined ? { parts, end, start: calendar.start } : { parts, end };
}

/**
 * The calendar year of a number before the year marker that is not written with four digits: a
 * year of an era named right before it ("平成30年": 2018, the span begins at the era), or two
 * digits before a month or with a leading zero ("86年10月", "09年").
 */
function shortOrEraYear(src: Source, num: NumberReading, yearEnd: number, referenceDate: string | undefined): { year: number; start?: number } | undefined {
  const { norm, lex } = src;
  if (!Number.isInteger(num.value) || num.value < 1 || num.value > 99) return undefined;
  const from = Math.max(0, num.start - 8);
  const before = norm.slice(from, num.start).replace(/[ \u3000]+$/u, '');
  for (const [era, offset] of Object.entries(lex.eras)) {
    if (before.endsWith(era)) return { year: offset + num.value, start: from + before.length - era.length };
  }
  if (!lex.shortYears || !num.digits || !num.plain || num.end - num.start !== 2) return undefined;
  // "2009/10", "1.86": digits or a separator right before are part of another number
  if (/[\d/.,:-]$/u.test(norm.slice(Math.max(0, num.start - 1), num.start))) return undefined;
  const monthAfter = (() => {
    const at = skipSpaces(norm, yearEnd, DATE_SPACES);
    const month = readNumeral(src, at);
    if (!month || !Number.isInteger(month.value) || month.value < 1 || month.value > 12) return false;
    const from = skipSpaces(norm, month.end, DATE_SPACES);
    return lex.dates.month.some((word) => norm.startsWith(word, from));
  })();
  if (!monthAfter && norm[num.start] !== '0') return undefined;
  const base = /^\d{4}/.test(referenceDate ?? '') ? Number(referenceDate!.slice(0, 4)) : new Date().getUTCFullYear();
  const year = 2000 + num.value <= base + 1 ? 2000 + num.value : 1900 + num.value;
  return { year };
}

/** Is a unit or currency word at `pos` longer than the date marker ending at `markerEnd`? */
function longerWord(src: Source, pos: number, markerEnd: number): boolean {
  if (markerEnd < 0) return false;
  const unit = longestAt(src.norm, pos, unitWords(src));
  const currency = longestAt(src.norm, pos, src.lex.currenciesAfter);
  return (unit !== undefined && unit.end > markerEnd) || (currency !== undefined && currency.end > markerEnd);
}

/** Does the character at `pos` turn the marker before it into a word ("成为", "折合")? */
const blocked = (chars: string, ch: string | undefined): boolean => ch !== undefined && chars.includes(ch);

/** Percent after the number: %, パーセント, 个百分点, 成/割 (tenths), 折 (price fraction). */
export function readPercent(src: Source, num: NumberReading, piece: Piece, at: number): number {
  const { norm, lex } = src;
  const from = skipSpaces(norm, at, 6);
  const points = longestAt(norm, from, cached(lex.percentPointSuffixes), true);
  const sign = points ?? longestAt(norm, from, cached(lex.percentSuffixes), true);
  if (sign) {
    piece.kind = piece.kind === 'range' ? 'range' : 'percent';
    if (piece.kind === 'range') piece.unit = '%';
    if (points) piece.percentPoints = true;
    return sign.end;
  }
  if (piece.kind !== 'number' || num.negative || num.fraction) return at;
  const value = num.value;
  const tenth = longestAt(norm, from, cached(lex.tenths.markers));
  if (tenth && value >= 0 && value <= 10 && !blocked(lex.tenths.blockedBefore, norm[tenth.end])) {
    let percent = value * 10;
    let end = tenth.end;
    if (norm.startsWith(lex.half, end)) {
      percent += 5;
      end += lex.half.length;
    } else {
      // ja "3割8分7厘": the finer places follow in order
      for (const place of lex.tenths.smaller) {
        const n = readNumeral(src, end);
        if (!n || !Number.isInteger(n.value) || n.value > 9 || !norm.startsWith(place.text, n.end)) continue;
        percent += n.value * place.percent;
        end = n.end + place.text.length;
      }
    }
    const discount = longestAt(norm, end, cached(lex.tenths.discount));
    if (discount) {
      piece.unit = `${tenth.item.text}${discount.item.text}`;
      end = discount.end;
    }
    piece.kind = 'percent';
    piece.value = Math.round(percent * 1e9) / 1e9;
    piece.decimals = Math.max(0, num.decimals - 1);
    return end;
  }
  const price = longestAt(norm, from, cached(lex.priceFractions.markers));
  if (price && !blocked(lex.priceFractions.blockedBefore, norm[price.end])) {
    // "八折" is 80 % of the price, "八五折" and "85折" 85 %, "9.5折" 95 %
    const twoDigits = num.positional === 2 || (num.digits && !num.kanji && Number.isInteger(value) && value >= 10 && value < 100);
    if (twoDigits || (value > 0 && value < 10)) {
      piece.kind = 'percent';
      piece.unit = price.item.text;
      piece.value = Math.round((twoDigits ? value : value * 10) * 1e9) / 1e9;
      piece.decimals = Math.max(0, num.decimals - 1);
      return price.end;
    }
  }
  return at;
}

/** Main currency, then its subunits: "50元6角3分", "2ドル3セント". */
export function readMoney(src: Source, piece: Piece, at: number): number {
  const { norm, lex } = src;
  const currency = longestAt(norm, skipSpaces(norm, at), lex.currenciesAfter);
  if (!currency) return at;
  piece.kind = 'money';
  if (currency.item.code) {
    piece.currency = currency.item.code;
    if (currency.item.family) piece.currencyFamily = familyMembers(currency.item.code, typeof currency.item.family === 'string' ? [currency.item.family] : currency.item.family);
  } else piece.unit = currency.item.text;
  let end = currency.end;
  const code = currency.item.code;
  if (!code || piece.value === undefined) return end;
  const subunits = lex.subunits.filter((s) => s.of.includes(code));
  for (;;) {
    const joiner = longestAt(norm, end, cached(lex.subunitJoiners));
    const n = readNumeral(src, joiner ? joiner.end : end);
    if (!n || !Number.isInteger(n.value) || n.value <= 0) break;
    const sub = longestAt(norm, n.end, subunits);
    if (!sub) break;
    piece.value = Math.round((piece.value + n.value * sub.item.fraction) * 1e6) / 1e6;
    piece.decimals = Math.max(piece.decimals, Math.round(-Math.log10(sub.item.fraction)));
    end = sub.end;
  }
  return end;
}

