// Neighbouring figures a reader takes as one: ranges with a connector ("0到1", "2022-2023年",
// "1000から1500まで", "3～5%"), ranges named by their ends ("20和30之间", "20と30の間"), a lower and
// an upper bound ("大于10小于20", "100以上300以下"), and date ranges ("7月26日至28日").

import { resolveDate, type DateParts } from './cjk-date.js';
import type { Piece } from './cjk-read.js';
import { isSpace, longestAt, matchAt, skipSpaces, type Source } from './cjk-text.js';

/** Connectors that also join phone numbers and codes ("+1-222-2222"): never chained. */
const DASHES = new Set(['-', '–', '—', '－', '―', '−', '~', '～', '〜']);

const VALUE_KINDS = new Set(['number', 'quantity', 'percent', 'money', 'year', 'ordinal']);

function gapBetween(src: Source, a: Piece, b: Piece): string {
  let s = a.end;
  let e = b.start;
  while (s < e && isSpace(src.norm[s])) s++;
  while (e > s && isSpace(src.norm[e - 1])) e--;
  return src.norm.slice(s, e);
}

/** The one-value figure as a range end, or undefined. */
const single = (p: Piece): number | undefined => (VALUE_KINDS.has(p.kind) ? p.value : undefined);

function rangeOf(a: Piece, b: Piece, min: number, max: number, end: number): Piece {
  const percent = a.kind === 'percent' || b.kind === 'percent';
  const range: Piece = {
    start: a.start, end, kind: 'range', min, max, decimals: Math.max(a.decimals, b.decimals),
    qualifier: a.qualifier === 'approx' || b.qualifier === 'approx' ? 'approx' : 'exact',
    yearLike: false, numStart: a.numStart, numEnd: b.numEnd,
  };
  const unit = percent ? '%' : (b.unit ?? a.unit);
  if (unit !== undefined) range.unit = unit;
  const currency = b.currency ?? a.currency;
  if (currency !== undefined) range.currency = currency;
  const currencyFamily = b.currency !== undefined ? b.currencyFamily : a.currencyFamily;
  if (currencyFamily !== undefined) range.currencyFamily = currencyFamily;
  const per = a.per ?? b.per;
  if (per !== undefined) range.per = per;
  if (a.percentPoints || b.percentPoints) range.percentPoints = true;
  const ambiguous = a.ambiguous ?? b.ambiguous;
  if (ambiguous !== undefined) range.ambiguous = ambiguous;
  return range;
}

/** "A 到 B", "A-B", "AからB(まで)". */
function connectorRange(src: Source, pieces: Piece[], i: number): Piece | undefined {
  const a = pieces[i];
  const b = pieces[i + 1];
  if (!a || !b) return undefined;
  const gap = gapBetween(src, a, b);
  if (!src.lex.rangeConnectors.includes(gap)) return undefined;
  const lo = single(a);
  const hi = single(b);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  // "至少 100 至 250 米", "少なくとも100～250メートル": a bound written before the first end
  // bounds the whole range; one written after it ("100以上") does not open a range
  const boundBefore = a.qualifier !== 'exact' && a.qualifier !== 'approx' && a.end === a.numEnd && a.start < a.numStart && b.qualifier === 'exact';
  if (a.qualifier !== 'exact' && a.qualifier !== 'approx' && !boundBefore) return undefined;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return undefined;
  // "2,500ドル～13万円": each end with its own currency is two amounts, not one range.
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return undefined;
  if (a.kind === 'year' && b.kind !== 'year') return undefined;
  if (b.kind === 'year' && a.kind !== 'year' && !a.yearLike) return undefined;
  if (DASHES.has(gap)) {
    // "+1-222-2222-2222" is a phone number, not a range
    const before = pieces[i - 1];
    const after = pieces[i + 2];
    if (before && DASHES.has(gapBetween(src, before, a))) return undefined;
    if (after && DASHES.has(gapBetween(src, b, after))) return undefined;
  }
  let end = b.end;
  for (const closer of src.lex.rangeClosers) {
    const at = matchAt(src.norm, end, closer);
    if (at >= 0) end = at;
  }
  const range = rangeOf(a, b, lo, hi, end);
  if (boundBefore) range.qualifier = a.qualifier;
  return range;
}

/** "20和30之间", "20と30の間". */
function betweenRange(src: Source, a: Piece, b: Piece): Piece | undefined {
  const gap = gapBetween(src, a, b);
  if (!src.lex.between.joiners.includes(gap)) return undefined;
  const lo = single(a);
  const hi = single(b);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const at = skipSpaces(src.norm, b.end);
  for (const closer of src.lex.between.closers) {
    const end = matchAt(src.norm, at, closer);
    if (end >= 0) return rangeOf(a, b, lo, hi, end);
  }
  return undefined;
}

/** A lower and an upper bound side by side: "大于10小于20", "50以下20以上". */
function boundRange(src: Source, a: Piece, b: Piece): Piece | undefined {
  const gap = gapBetween(src, a, b);
  if (gap !== '' && !src.lex.boundJoiners.includes(gap)) return undefined;
  const isLow = (p: Piece): boolean => p.qualifier === 'min' || p.qualifier === 'over';
  const isHigh = (p: Piece): boolean => p.qualifier === 'max' || p.qualifier === 'under';
  const [low, high] = isLow(a) && isHigh(b) ? [a, b] : isHigh(a) && isLow(b) ? [b, a] : [undefined, undefined];
  if (!low || !high) return undefined;
  const lo = single(low);
  const hi = single(high);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const range = rangeOf(a, b, lo, hi, b.end);
  range.qualifier = 'exact';
  return range;
}

/** "7月26日至28日", "2024年7月至8月": the second date takes what it leaves out from the first. */
function dateRange(src: Source, a: Piece, b: Piece, referenceDate: string | undefined): Piece | undefined {
  if (a.kind !== 'date' || b.kind !== 'date' || !a.parts || !b.parts || !a.date) return undefined;
  if (!src.lex.rangeConnectors.includes(gapBetween(src, a, b))) return undefined;
  // the first date's year as resolved (it may come from the publication date)
  const resolved = /^(\d{4})-/.exec(a.date);
  const year = b.parts.year ?? (resolved ? Number(resolved[1]) : a.parts.year);
  const month = b.parts.month ?? a.parts.month;
  const parts: DateParts = {};
  if (year !== undefined) parts.year = year;
  if (month !== undefined) parts.month = month;
  if (b.parts.day !== undefined) parts.day = b.parts.day;
  if ((a.parts.day === undefined) !== (parts.day === undefined)) return undefined;
  let endDate = resolveDate(parts, referenceDate);
  // "11月～2月": November to the February after it
  if (endDate && endDate < a.date && b.parts.year === undefined && parts.year !== undefined) {
    parts.year += 1;
    endDate = resolveDate(parts, referenceDate);
  }
  if (!endDate || endDate < a.date) return undefined;
  let end = b.end;
  for (const closer of src.lex.rangeClosers) {
    const at = matchAt(src.norm, end, closer);
    if (at >= 0) end = at;
  }
  return { ...a, end, endDate, numEnd: b.numEnd };
}

/**
 * "11月3日、4日": a day listed after a date is a day of the same month ("2019年3月、5月": a
 * month of the same year). The listed date keeps what it leaves out from the one before.
 */
function listedDate(src: Source, a: Piece, b: Piece, referenceDate: string | undefined): Piece | undefined {
  if (a.kind !== 'date' || b.kind !== 'date' || !a.parts || !b.parts || !a.date || b.parts.year !== undefined) return undefined;
  if (!src.lex.listJoiners.includes(gapBetween(src, a, b))) return undefined;
  const parts: DateParts = {};
  if (a.parts.year !== undefined) parts.year = a.parts.year;
  if (b.parts.month === undefined && b.parts.day !== undefined && a.parts.month !== undefined && a.parts.day !== undefined) {
    parts.month = a.parts.month;
    parts.day = b.parts.day;
  } else if (b.parts.month !== undefined && a.parts.year !== undefined && (b.parts.day === undefined) === (a.parts.day === undefined)) {
    parts.month = b.parts.month;
    if (b.parts.day !== undefined) parts.day = b.parts.day;
  } else return undefined;
  // the year as the first date was read (it may come from the publication date)
  const year = /^(\d{4})-/.exec(a.date)?.[1];
  const date = resolveDate(year !== undefined ? { ...parts, year: Number(year) } : parts, referenceDate);
  return date ? { ...b, parts, date } : undefined;
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * A bound after a figure and its conversion in parentheses applies to both:
 * "100億ユーロ（147億米ドル）を上回る" (more than either).
 */
function shareBounds(src: Source, pieces: Piece[]): void {
  for (let k = 0; k < pieces.length; k++) {
    const b = pieces[k];
    if (!b || b.qualifier !== 'exact' || !VALUE_KINDS.has(b.kind)) continue;
    const close = skipSpaces(src.norm, b.end);
    if (!CLOSE.has(src.norm[close] ?? '')) continue;
    const bound = longestAt(src.norm, skipSpaces(src.norm, close + 1), src.lex.qualifiersAfter);
    if (!bound || bound.item.qualifier === 'exact' || bound.item.qualifier === 'approx') continue;
    b.qualifier = bound.item.qualifier;
    const a = pieces[k - 1];
    if (a && a.qualifier === 'exact' && VALUE_KINDS.has(a.kind) && OPEN.has(gapBetween(src, a, b))) a.qualifier = bound.item.qualifier;
  }
}

export function combine(src: Source, pieces: Piece[], referenceDate: string | undefined): Piece[] {
  for (let i = 1; i < pieces.length; i++) {
    const a = pieces[i - 1];
    const b = pieces[i];
    const listed = a && b ? listedDate(src, a, b, referenceDate) : undefined;
    if (listed) pieces[i] = listed;
  }
  shareBounds(src, pieces);
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i];
    const b = pieces[i + 1];
    if (!a) continue;
    const merged = b ? (dateRange(src, a, b, referenceDate) ?? connectorRange(src, pieces, i) ?? betweenRange(src, a, b) ?? boundRange(src, a, b)) : undefined;
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}
