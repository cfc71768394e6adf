// From a written number to a figure: what stands around it says what it counts. After it a
// percent sign or 成/割/折, a date marker (年月日), a currency (元, 美元, 円), a measure word or unit
// (个, 家, 公斤, 件, "P"), a qualifier (左右, 以上, 未満); before it 第, a currency sign, or a
// qualifier (约, 超过, 最大). Pieces are combined into ranges afterwards (cjk-combine.ts).

import type { FigureKind, Qualifier } from '../article/types.js';
import type { NumberReading } from './cjk-compound.js';
import { resolveDate, type DateParts } from './cjk-date.js';
import { cached, readDate, readMoney, readPercent, unitWords } from './cjk-suffix.js';
import { isLatin, isSpace, longestAt, longestBefore, matchAt, skipSpaces, type Source } from './cjk-text.js';

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

function skipBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1]) && pos - i < 3) i--;
  return i;
}

/**
 * Is the number part of a word that is not a figure (一切, 四川, 十分)? The word must cover the
 * number from `from` (its ordinal prefix, if any: "第二次" is an ordinal although "二次" is a word)
 * and no unit may reach beyond it ("十分钟" is ten minutes).
 */
function insideWord(src: Source, num: NumberReading, from: number, unitEnd: number): boolean {
  if (num.digits) return false;
  for (const word of src.lex.nonNumberWords) {
    for (let k = 0; k < word.length; k++) {
      const ws = from - k;
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
  if (insideWord(src, num, start, unitEnd)) return undefined;
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
