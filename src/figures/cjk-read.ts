// From a written number to a figure: what stands around it says what it counts. After it a
// percent sign or 成/割/折, a date marker (年月日), a currency (元, 美元, 円), a measure word or unit
// (个, 家, 公斤, 件, "P"), a qualifier (左右, 以上, 未満); before it 第, a currency sign, or a
// qualifier (约, 超过, 最大). Pieces are combined into ranges afterwards (cjk-combine.ts).

import type { FigureKind, Qualifier } from '../article/types.js';
import type { NumberReading } from './cjk-compound.js';
import { resolveDate, type DateParts } from './cjk-date.js';
import type { CjkLexicon } from './cjk-lexicon.js';
import { numeralStartsAt } from './cjk-numeral.js';
import { cached, readDate, readMoney, readPercent, unitWords } from './cjk-suffix.js';
import { isDigit, isLatin, isSpace, longestAt, longestBefore, matchAt, skipSpaces, type Source } from './cjk-text.js';
import { unitIdOf } from './units.js';
import { familyMembers } from './currencies.js';

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
  /** The unit as written (a measure word, "公里", "km"); cjk.ts gives the catalogue id. */
  unit?: string;
  /** A rate's time unit ("时速 300 公里": per hour), a catalogue id. */
  per?: string;
  currency?: string;
  /** Every currency a family word may name ("ドル", "法郎"), `currency` first. */
  currencyFamily?: readonly string[];
  qualifier: Qualifier;
  decimals: number;
  percentPoints?: boolean;
  ambiguous?: string;
  /** The qualifier was read from a word that may not bound the figure (QualifierWord.uncertain). */
  qualifierUncertain?: boolean;
  /** A plain four-digit integer that reads as a year next to one ("2022" in "2022-2023年"). */
  yearLike: boolean;
  /** The number itself, without the words around it. */
  numStart: number;
  numEnd: number;
}

export function skipBack(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1]) && pos - i < 3) i--;
  return i;
}

/** Spaces a writer leaves between a number written in digits and its unit: "250 年", "3 个月". */
const UNIT_SPACES = 2;

/**
 * The catalogue id (src/figures/units.ts) of a unit word, with the rate it is read in
 * ("公里" per hour → km/h); the word itself when the catalogue has no such unit.
 */
export function catalogueUnit(lex: CjkLexicon, word: string, per: string | undefined): string {
  const id = lex.unitIds[word] ?? unitIdOf(word);
  if (per === undefined) return id ?? word;
  return unitIdOf(`${id ?? word}/${per}`) ?? `${id ?? word}/${per}`;
}

/** Is `pos` inside one of the words that contain numerals but are no figures ("当初" before "初の")? */
export function insideNonNumberWord(src: Source, pos: number): boolean {
  return src.lex.nonNumberWords.some((word) => {
    for (let k = 1; k < word.length; k++) if (src.norm.startsWith(word, pos - k)) return true;
    return false;
  });
}

/**
 * The end of a decade marker after `num` ("70年代", "1970 年代"), or undefined: a decade is one
 * figure with the century before it ("20 世纪 70 年代"), the range of its years.
 */
export function decadeEnd(src: Source, num: NumberReading): number | undefined {
  if (num.negative || num.fraction || num.perHundred || !Number.isInteger(num.value) || num.value % 10 !== 0) return undefined;
  return longestAt(src.norm, skipSpaces(src.norm, num.end, UNIT_SPACES), cached(src.lex.decades.markers))?.end;
}

/** A unit in Latin letters at `pos`: "km", "m/s", "mph", "m²", "P". */
function latinUnitAt(src: Source, pos: number): { text: string; end: number } | undefined {
  const { norm } = src;
  let k = pos;
  while (isLatin(norm[k])) k++;
  if (k === pos) return undefined;
  let end = k;
  if (norm[k] === '/' && isLatin(norm[k + 1])) {
    let m = k + 1;
    while (isLatin(norm[m])) m++;
    if (unitIdOf(src.text.slice(pos, m)) !== undefined) end = m;
  }
  if (norm[end] === '²' || norm[end] === '³') end++;
  // "km2", "m3": the power written as a plain digit, when the unit with it is one
  else if ((norm[end] === '2' || norm[end] === '3') && !isDigit(norm[end + 1]) && unitIdOf(`${src.text.slice(pos, end)}${norm[end] === '2' ? '²' : '³'}`) !== undefined) end++;
  return { text: src.text.slice(pos, end), end };
}

const HAN = /\p{Script=Han}/u;
const ASCII_DIGIT = /[0-9]/;

/**
 * A lone numeral character inside a run of Chinese characters is part of a word or a name
 * ("五源河", "土卫二", "三峡"), not a figure: a count carries its measure word, a rank its 第.
 */
function embeddedDigit(src: Source, num: NumberReading): boolean {
  const ch = src.text[num.start];
  if (num.digits || num.end - num.start !== 1 || ch === undefined || src.lex.digits[ch] === undefined) return false;
  const before = src.text[num.start - 1];
  const after = src.text[num.end];
  const { before: allowedBefore, after: allowedAfter } = src.lex.loneNumeralNeighbours;
  const content = (ch: string | undefined, allowed: string): boolean => ch !== undefined && HAN.test(ch) && !allowed.includes(ch);
  const linked = (before !== undefined && allowedBefore.includes(before)) || (after !== undefined && allowedAfter.includes(after));
  return !linked && (content(before, allowedBefore) || content(after, allowedAfter));
}

/**
 * Is the number part of a word that is not a figure (一切, 四川, 十分)? The word must cover the
 * number from `from` (its ordinal prefix, if any: "第二次" is an ordinal although "二次" is a word)
 * and no unit may reach beyond it ("十分钟" is ten minutes).
 */
function insideWord(src: Source, num: NumberReading, from: number, unitEnd: number): boolean {
  for (const word of src.lex.nonNumberWords) {
    // digits are inside a word only when the word is written with digits ("双11")
    if (num.digits && !ASCII_DIGIT.test(word)) continue;
    for (let k = 0; k < word.length; k++) {
      const ws = from - k;
      const we = ws + word.length;
      if (ws < 0 || we < num.end) continue;
      // "一点" is "a bit", but "一点两" is a decimal
      if (src.norm.startsWith(word, ws) && unitEnd <= we && !numeralStartsAt(src, we)) return true;
    }
  }
  return false;
}

/** The figure around `num`, or undefined when the number is part of a word. */
export function buildPiece(src: Source, num: NumberReading, floor: number, referenceDate: string | undefined): Piece | undefined {
  const { norm, lex } = src;
  // "数十億", "几百万", "上千": a vague amount, no figure
  if (!num.digits && num.bareUnit && longestBefore(norm, num.start, cached(lex.vaguePrefixes))) return undefined;
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
  /** The unit word as written, for the checks that name words ("近3年", "一个"). */
  let unitWord: string | undefined;

  for (const [word, factor] of Object.entries(lex.multipliers)) {
    if (piece.kind === 'number' && piece.value !== undefined && norm.startsWith(word, end)) {
      piece.value *= factor;
      end += word.length;
      unitEnd = end;
    }
  }

  // "2.5M", "1.2 bn": a scale in Latin letters
  const latinScale = num.digits && piece.value !== undefined && piece.kind === 'number' ? latinUnitAt(src, skipSpaces(norm, end, 1)) : undefined;
  const factor = latinScale ? lex.latinScales[latinScale.text] : undefined;
  if (latinScale && factor !== undefined && piece.value !== undefined) {
    piece.value = Number((piece.value * factor).toPrecision(15));
    end = unitEnd = latinScale.end;
  }

  const date = piece.kind === 'number' && end === num.end ? readDate(src, num, referenceDate) : undefined;
  if (date?.duration !== undefined) {
    // "1日券": one day, not the first of the month
    piece.kind = 'quantity';
    piece.unit = unitWord = date.duration;
    end = unitEnd = date.end;
  } else if (date) {
    const { year, month } = date.parts;
    piece.parts = date.parts;
    if (date.start !== undefined) piece.start = date.start;
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
      const unitAt = num.digits ? skipSpaces(norm, at, UNIT_SPACES) : at;
      const ordinal = longestAt(norm, unitAt, cached(lex.ordinalSuffixes));
      const unit = longestAt(norm, unitAt, unitWords(src));
      const latin = num.digits && !unit ? latinUnitAt(src, unitAt) : undefined;
      if (ordinal && piece.kind === 'number' && (!unit || ordinal.end >= unit.end)) {
        piece.kind = 'ordinal';
        end = ordinal.end;
      } else if (unit) {
        piece.unit = unitWord = unit.item.text;
        end = unit.end;
      } else if (latin && (unitAt === num.end || unitIdOf(latin.text) !== undefined)) {
        if (unitIdOf(latin.text) === undefined) {
          // "5G", "39C": a digit run and one capital letter name a thing; "4chan" is a name
          if (/^[A-Z]$/.test(latin.text) && num.plain) return undefined;
          if (/^[a-z]{3,}$/.test(latin.text)) return undefined;
        }
        piece.unit = unitWord = latin.text;
        end = latin.end;
      }
      if (piece.unit !== undefined) {
        if (piece.kind === 'number') piece.kind = lex.ordinalUnits.includes(piece.unit) ? 'ordinal' : 'quantity';
        // ja "2本目", "7年目": the second one, the seventh year
        const rank = longestAt(norm, end, cached(lex.ordinalAfterCounter));
        if (rank && piece.kind === 'quantity') {
          piece.kind = 'ordinal';
          end = rank.end;
        }
        // "300公里/小时", "133m/秒": a rate
        const rate = longestAt(norm, end, lex.rates.after);
        if (rate) {
          piece.per = rate.item.per;
          end = rate.end;
        }
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

  // after the number: a bound ("以上", "左右"), made inclusive by a mark before it ("（含）以下")
  const afterAt = skipSpaces(norm, end);
  const inclusive = longestAt(norm, afterAt, cached(lex.inclusiveMarks));
  const after = longestAt(norm, inclusive ? inclusive.end : afterAt, lex.qualifiersAfter);
  const cancelled = after?.item.notBefore?.some((w) => norm.startsWith(w, skipSpaces(norm, after.end)));
  if (after && !cancelled && piece.kind !== 'date' && piece.kind !== 'year') {
    const q = after.item.qualifier;
    piece.qualifier = inclusive && q === 'under' ? 'max' : inclusive && q === 'over' ? 'min' : q;
    if (after.item.uncertain) piece.qualifierUncertain = true;
    end = after.end;
  }

  // before the number: 第, a currency sign, a rate word, a qualifier (with a linking verb: "至少有")
  let start = piece.start;
  const ordinal = longestBefore(norm, skipBack(norm, start), cached(lex.ordinalPrefixes));
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
    if (piece.currency === undefined && sign.item.code) {
      piece.currency = sign.item.code;
      if (sign.item.family) piece.currencyFamily = familyMembers(sign.item.code, typeof sign.item.family === 'string' ? [sign.item.family] : sign.item.family);
    }
    start = sign.start;
  }
  const rate = longestBefore(norm, skipBack(norm, start), lex.rates.before);
  if (rate && rate.start >= floor && (piece.kind === 'number' || piece.kind === 'quantity' || piece.kind === 'range')) {
    piece.per = rate.item.per;
    start = rate.start;
  }
  // "比 X 多" compares amounts; "比2019年多三个" compares with a year, which stays exact
  for (const frame of piece.kind === 'year' || piece.kind === 'date' ? [] : lex.qualifierFrames) {
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
  const candidates = [copula ? longestBefore(norm, skipBack(norm, copula.start), lex.qualifiersBefore, true) : undefined, longestBefore(norm, qualifierEnd, lex.qualifiersBefore, true)];
  for (const found of candidates) {
    if (!found || found.start < floor) continue;
    const qEnd = found.start + found.item.text.length;
    const fake = lex.falseQualifiers.some((w) => {
      const s = longestBefore(norm, qEnd, [{ text: w }]);
      return s !== undefined && s.start < found.start;
    });
    if (fake || (unitWord !== undefined && found.item.except?.includes(unitWord))) continue;
    if (piece.qualifier === 'exact' || found.item.qualifier !== 'approx') {
      piece.qualifier = found.item.qualifier;
      if (found.item.uncertain) piece.qualifierUncertain = true;
    }
    start = found.start;
    break;
  }

  // "一家诊所" is "a clinic": the article, no count ("只有一家" is one; so is "一只" with no noun after it)
  if (
    lex.articleDigit && src.text.slice(num.start, num.end) === lex.articleDigit && piece.kind === 'quantity' &&
    unitWord !== undefined && lex.articleCounters.includes(unitWord) && start === num.start && /^[^\p{P}\p{Z}]/u.test(src.text.slice(end)) &&
    !longestBefore(norm, skipBack(norm, start), cached(lex.countMarkers))
  ) {
    return undefined;
  }
  // "这一市场", "每一天": 一 after a demonstrative is "this", "every"
  if (lex.articleDigit && src.text.slice(num.start, num.end) === lex.articleDigit && start === num.start && longestBefore(norm, num.start, cached(lex.demonstratives))) return undefined;
  if (piece.kind === 'number' && start === num.start && end === num.end && embeddedDigit(src, num)) return undefined;
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
