// From a written number to a figure: what stands around it says what it counts. After it a
// percent sign or 成/割/折, a date marker (年月日), a currency (元, 美元, 円), a measure word or unit
// (个, 家, 公斤, 件, "P"), a qualifier (左右, 以上, 未満); before it 第, a currency sign, or a
// qualifier (约, 超过, 最大). Pieces are combined into ranges afterwards (cjk-combine.ts).

import type { FigureKind, Qualifier } from '../article/types.js';
import type { NumberReading } from './cjk-compound.js';
import { resolveDate, validParts, type DateParts } from './cjk-date.js';
import { readNumeral, type Source } from './cjk-numeral.js';
import { asWords, isLatin, isSpace, longestAt, longestBefore, matchAt, skipSpaces } from './cjk-text.js';

/** A figure under construction; cjk.ts turns it into a FigureReading. */
export interface Piece {
  start: number;
  end: number;
  kind: FigureKind;
  value?: number;
  min?: number;
  max?: number;
  date?: string;
  endDate?: string;
  parts?: DateParts;
  unit?: string;
  currency?: string;
  qualifier: Qualifier;
  decimals: number;
  percentPoints?: boolean;
  ambiguous?: string;
  /** A plain four-digit integer that reads as a year next to one ("2022" in "2022-2023年"). */
  yearLike: boolean;
  /** The number itself, without the words around it. */
  numStart: number;
  numEnd: number;
}

const words = new WeakMap<readonly string[], Array<{ text: string }>>();
const unitLists = new WeakMap<Source['lex'], Array<{ text: string }>>();

/** Counters, measures and numeral-prefixed units of the language, as one word list. */
function unitWords(src: Source): Array<{ text: string }> {
  let found = unitLists.get(src.lex);
  if (!found) {
    found = [...asWords(src.lex.counters), ...asWords(src.lex.ordinalUnits), ...asWords(src.lex.measures), ...src.lex.prefixedUnits];
    unitLists.set(src.lex, found);
  }
  return found;
}
function cached(list: readonly string[]): Array<{ text: string }> {
  let found = words.get(list);
  if (!found) {
    found = asWords(list);
    words.set(list, found);
  }
  return found;
}

function skipBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1]) && pos - i < 3) i--;
  return i;
}

/** A calendar date written at `end` after the first number: 年, then 月, then 日. */
function readDate(src: Source, num: NumberReading): { parts: DateParts; end: number } | undefined {
  const { norm, lex } = src;
  const integer = Number.isInteger(num.value) && !num.negative && !num.fraction && !num.grouped && num.decimals === 0 && !num.vague && !num.perHundred;
  if (!integer || num.pairMax !== undefined) return undefined;
  const marker = (list: readonly string[], at: number): number => {
    for (const word of list) if (norm.startsWith(word, at)) return at + word.length;
    return -1;
  };
  const next = (at: number, list: readonly string[], low: number, high: number): { value: number; end: number } | undefined => {
    const n = readNumeral(src, at);
    if (!n || !Number.isInteger(n.value) || n.value < low || n.value > high || n.grouped || n.decimals) return undefined;
    const end = marker(list, n.end);
    return end < 0 ? undefined : { value: n.value, end };
  };
  const parts: DateParts = {};
  let end = -1;
  const yearEnd = marker(lex.dates.year, num.end);
  const yearLike = num.value >= 1000 && num.value <= 2999 && !num.bareUnit && (num.digits ? num.plain && num.end - num.start === 4 : num.positional === 4 || num.scaled);
  if (yearEnd >= 0 && yearLike && !lex.yearDurationAfter.some((w) => norm.startsWith(w, yearEnd))) {
    parts.year = num.value;
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
  } else if (longerWord(src, num.end, marker(lex.dates.month, num.end)) || longerWord(src, num.end, marker(lex.dates.day, num.end))) {
    // "3日間" is three days and "10日元" ten yen, not the 3rd or the 10th
    return undefined;
  } else if (marker(lex.dates.month, num.end) >= 0 && num.value >= 1 && num.value <= 12) {
    parts.month = num.value;
    end = marker(lex.dates.month, num.end);
    const day = next(end, [...lex.dates.day, ...lex.dates.dayAfterMonth], 1, 31);
    if (day) {
      parts.day = day.value;
      end = day.end;
    }
  } else if (marker(lex.dates.day, num.end) >= 0 && num.value >= 1 && num.value <= 31) {
    parts.day = num.value;
    end = marker(lex.dates.day, num.end);
  }
  if (end < 0 || !validParts(parts)) return undefined;
  return { parts, end };
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
function readPercent(src: Source, num: NumberReading, piece: Piece, at: number): number {
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
function readMoney(src: Source, piece: Piece, at: number): number {
  const { norm, lex } = src;
  const currency = longestAt(norm, skipSpaces(norm, at), lex.currenciesAfter);
  if (!currency) return at;
  piece.kind = 'money';
  if (currency.item.code) piece.currency = currency.item.code;
  else piece.unit = currency.item.text;
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

/** Is the number part of a word that is not a figure (一切, 四川, 十分)? */
function insideWord(src: Source, num: NumberReading, unitEnd: number): boolean {
  if (num.digits) return false;
  for (const word of src.lex.nonNumberWords) {
    for (let k = 0; k < word.length; k++) {
      const ws = num.start - k;
      const we = ws + word.length;
      if (ws < 0 || we < num.end) continue;
      if (src.norm.startsWith(word, ws) && unitEnd <= we) return true;
    }
  }
  return false;
}

/** The figure around `num`, or undefined when the number is part of a word. */
export function buildPiece(src: Source, num: NumberReading, floor: number, referenceDate: string | undefined): Piece | undefined {
  const { norm, lex } = src;
  const piece: Piece = {
    start: num.start, end: num.end, numStart: num.start, numEnd: num.end, kind: num.perHundred ? 'percent' : 'number',
    value: num.value, qualifier: num.vague ? 'over' : 'exact', decimals: num.decimals, yearLike: false,
  };
  if (num.ambiguous) piece.ambiguous = num.ambiguous;
  if (num.pairMax !== undefined) {
    // "三四十个", "百分之二三十": a vague pair is an approximate range
    piece.kind = 'range';
    piece.min = num.value;
    piece.max = num.pairMax;
    delete piece.value;
    piece.qualifier = 'approx';
    if (num.perHundred) piece.unit = '%';
  }
  let end = readPercent(src, num, piece, num.end);
  if (num.positional > 0 && num.positional < lex.positionalMinLength && piece.kind !== 'percent') return undefined;
  let unitEnd = end;

  for (const [word, factor] of Object.entries(lex.multipliers)) {
    if (piece.kind === 'number' && piece.value !== undefined && norm.startsWith(word, end)) {
      piece.value *= factor;
      end += word.length;
      unitEnd = end;
    }
  }

  const date = piece.kind === 'number' && end === num.end ? readDate(src, num) : undefined;
  if (date) {
    const { year, month } = date.parts;
    piece.parts = date.parts;
    if (year !== undefined && month === undefined) {
      piece.kind = 'year';
      piece.value = year;
    } else {
      piece.kind = 'date';
      delete piece.value;
      const iso = resolveDate(date.parts, referenceDate);
      if (iso) piece.date = iso;
    }
    end = date.end;
    unitEnd = end;
  } else if (piece.kind === 'number' || piece.kind === 'range') {
    // "三十多个", "一千多年": a vague digit between the number and its unit
    const vague = longestAt(norm, end, lex.qualifiersBeforeUnit);
    let at = end;
    if (vague && (longestAt(norm, vague.end, unitWords(src)) || longestAt(norm, vague.end, lex.currenciesAfter))) {
      piece.qualifier = vague.item.qualifier;
      at = vague.end;
    }
    const moneyEnd = piece.kind === 'number' ? readMoney(src, piece, at) : at;
    if (moneyEnd > at) {
      end = moneyEnd;
      unitEnd = end;
    } else {
      const ordinal = longestAt(norm, at, cached(lex.ordinalSuffixes));
      const unit = longestAt(norm, at, unitWords(src));
      if (ordinal && piece.kind === 'number' && (!unit || ordinal.end >= unit.end)) {
        piece.kind = 'ordinal';
        end = ordinal.end;
      } else if (unit) {
        piece.unit = unit.item.text;
        end = unit.end;
      } else if (isLatin(norm[at]) && num.digits && at === num.end) {
        let k = at;
        while (isLatin(norm[k])) k++;
        const letters = src.text.slice(at, k);
        // "5G", "4K", "3D": one digit and one capital letter name a technology, not a quantity
        if (/^[A-Z]$/.test(letters) && num.plain && num.end - num.start === 1) return undefined;
        piece.unit = letters;
        end = k;
      }
      if (piece.unit !== undefined) {
        if (piece.kind === 'number') piece.kind = lex.ordinalUnits.includes(piece.unit) ? 'ordinal' : 'quantity';
        unitEnd = end;
        // "一吨半", "一个半": half a unit more
        if (lex.half && norm.startsWith(lex.half, end) && piece.value !== undefined && Number.isInteger(piece.value)) {
          piece.value += 0.5;
          piece.decimals = Math.max(piece.decimals, 1);
          end += lex.half.length;
        }
      } else if (at > end) end = at;
    }
  }

  const after = longestAt(norm, skipSpaces(norm, end), lex.qualifiersAfter);
  if (after && piece.kind !== 'date') {
    piece.qualifier = after.item.qualifier;
    end = after.end;
  }

  // before the number: 第, a currency sign, a qualifier (with a linking verb: "至少有")
  let start = num.start;
  const ordinal = longestBefore(norm, start, cached(lex.ordinalPrefixes));
  if (ordinal && ordinal.start >= floor) {
    piece.kind = 'ordinal';
    start = ordinal.start;
  }
  const sign = longestBefore(norm, skipBack(norm, start), lex.currenciesBefore);
  if (sign && sign.start >= floor && piece.kind !== 'date' && piece.kind !== 'year' && piece.kind !== 'ordinal') {
    if (piece.kind === 'number' || piece.kind === 'quantity') {
      piece.kind = 'money';
      delete piece.unit;
    }
    if (piece.currency === undefined && sign.item.code) piece.currency = sign.item.code;
    start = sign.start;
  }
  for (const frame of lex.qualifierFrames) {
    const before = matchBeforeSpaced(norm, start, frame.before);
    const afterEnd = before >= floor ? matchAtSpaced(norm, end, frame.after) : -1;
    if (before >= floor && afterEnd >= 0) {
      piece.qualifier = frame.qualifier;
      start = before;
      end = afterEnd;
      break;
    }
  }
  const qualifierEnd = skipBack(norm, start);
  const copula = longestBefore(norm, qualifierEnd, cached(lex.copulas));
  const candidates = [copula ? longestBefore(norm, copula.start, lex.qualifiersBefore, true) : undefined, longestBefore(norm, qualifierEnd, lex.qualifiersBefore, true)];
  for (const found of candidates) {
    if (!found || found.start < floor) continue;
    const qEnd = found.start + found.item.text.length;
    const fake = lex.falseQualifiers.some((w) => {
      const s = longestBefore(norm, qEnd, [{ text: w }]);
      return s !== undefined && s.start < found.start;
    });
    if (fake || (piece.unit !== undefined && found.item.except?.includes(piece.unit))) continue;
    if (piece.qualifier === 'exact' || found.item.qualifier !== 'approx') piece.qualifier = found.item.qualifier;
    start = found.start;
    break;
  }

  if (insideWord(src, num, unitEnd)) return undefined;
  if (
    lex.articleDigit && src.text.slice(num.start, num.end) === lex.articleDigit && piece.kind === 'quantity' &&
    piece.unit !== undefined && lex.articleCounters.includes(piece.unit) && start === num.start
  ) {
    piece.ambiguous = `"${lex.articleDigit}${piece.unit}" usually means "a", not the number one`;
  }
  piece.yearLike = num.plain && num.value >= 1000 && num.value <= 2999 && num.end - num.start === 4;
  piece.start = start;
  piece.end = end;
  return piece;
}

function matchBeforeSpaced(text: string, end: number, word: string): number {
  const at = skipBack(text, end);
  const start = at >= word.length && text.startsWith(word, at - word.length) ? at - word.length : -1;
  return start;
}

function matchAtSpaced(text: string, pos: number, word: string): number {
  return matchAt(text, skipSpaces(text, pos), word);
}
