// Figures of a sentence and its translation, each read by its own language's rules
// (src/figures: "4200 millones" = "4,2 Milliarden" = "42亿"), turned into comparable values
// and matched as multisets by value with tolerance 0 (after the scale is applied). What is
// left over on either side is lost or added; a pair that matched by value is then compared
// by kind, unit, currency, qualifier and precision.
//
// Two kinds of reading are treated with care, because they would otherwise cause false
// alarms on correct translations:
//   - number words ("drei Städte", "one of the largest", "第一"): a translation may drop or
//     add them without changing a fact, so they are "soft": matched like any figure, but a
//     soft figure left over is at most a warning, and an added one is not reported;
//   - numbers inside names ("零一万物", "01.AI", "(2024–2025)" in a plan's title): they are
//     set aside and only used to account for a figure the other side wrote outside a name.

import type { Qualifier } from '../article/types.js';
import { findMentions, type Glossary } from '../claims/index.js';
import { inBaseUnit, monthsNamed, readFigures, sameCurrency, UNITS, type FigureReading } from '../figures/index.js';
import type { LanguageCode } from '../lang/codes.js';

export type QualifierClass = 'exact' | 'approx' | 'lower' | 'upper';
export type ValueClass = 'number' | 'percent' | 'date' | 'ordinal' | 'time';

/** One comparable value of a reading: its value, a bound of a range, or a date. */
export interface QaFigure {
  reading: FigureReading;
  role: 'value' | 'min' | 'max' | 'date' | 'endDate' | 'time';
  /** Matching key: the value after scale (12 significant digits), the ISO date, or the clock time. */
  key: string;
  value?: number;
  date?: string;
  /** Date parts taken from the publication date, not written ("26. Juli": the year). */
  inferred?: 'year' | 'year-month';
  /** A clock time, 24-hour "HH:MM"; `halfUnknown` when it may be 12 hours off ("3 o'clock"). */
  time?: string;
  halfUnknown?: boolean;
  class: ValueClass;
  /** Offsets into the text the reading was made from. */
  start: number;
  end: number;
  /** A unit of the catalogue (src/figures/units.ts), compared strictly. */
  unit?: string;
  /** The value in the base unit of its dimension ("166 cm" → 1.66 m): key and unit. */
  base?: { unit: string; key: string };
  /** A counted noun ("Standardschränke"): translated, so never compared. */
  noun?: string;
  currency?: string;
  /** Every currency the word may name when it names a family ("francs"), `currency` first. */
  currencyFamily?: readonly string[];
  percentPoints: boolean;
  qualifier: QualifierClass;
  decimals?: number;
  /** The digits written are the value's digits: no scale word ("0,7449", not "4,2 Mrd."). */
  unscaled: boolean;
  /** A number word (no digits, no money or percent, below 1000 or a bare scale word) or an ordinal. */
  soft: boolean;
  /** Inside a glossary name. */
  inName: boolean;
  /** Position in its text, 0 to 1. */
  order: number;
}

export interface FigurePair {
  source: QaFigure;
  target: QaFigure;
}

/**
 * The matched pairs with one entry per pair of readings: both ends of a range share their
 * reading, and a check about the reading (qualifier, unit) reports it once.
 */
export function readingPairs(pairs: readonly FigurePair[]): FigurePair[] {
  const seen = new Set<string>();
  return pairs.filter(({ source, target }) => {
    const id = `${source.reading.start}:${target.reading.start}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export interface FigureComparison {
  source: QaFigure[];
  target: QaFigure[];
  /** Matched by value. */
  pairs: FigurePair[];
  /** A source value changed by rounding to fewer digits (0,7449 → 0.745, 1.153 billion → 1 billion). */
  rounded: FigurePair[];
  /** Source figures not found in the target, in source order. */
  lost: QaFigure[];
  /** Target figures not in the source, in target order. */
  added: QaFigure[];
  /** The target language has no figure reader: nothing could be compared. */
  unreadable: boolean;
}

const QUALIFIER_CLASS: Record<Qualifier, QualifierClass> = { exact: 'exact', approx: 'approx', min: 'lower', over: 'lower', max: 'upper', under: 'upper' };

export function qualifierClass(qualifier: Qualifier): QualifierClass {
  return QUALIFIER_CLASS[qualifier];
}

/**
 * Things both sides name that are no figures (orders of magnitude, weekdays), matched as
 * multisets by `same`: each one the translation has left over, with the source's left-over one
 * it stands for (in order). Nothing when the source has none left over: the translation may say
 * it otherwise.
 */
export function changedMentions<T>(source: readonly T[], target: readonly T[], same: (a: T, b: T) => boolean): Array<{ changed: T; was: T }> {
  const left = [...target];
  const unmatched: T[] = [];
  for (const item of source) {
    const at = left.findIndex((other) => same(item, other));
    if (at >= 0) left.splice(at, 1);
    else unmatched.push(item);
  }
  if (unmatched.length === 0) return [];
  return left.map((changed, index) => ({ changed, was: unmatched[Math.min(index, unmatched.length - 1)]! }));
}

/**
 * "one", "a", "first", "zero": values a translation adds and drops freely as articles and words.
 * Fractions are not among them: "die Hälfte" is not "la tercera parte".
 */
export function oneLike(value: number | undefined): boolean {
  const size = Math.abs(value ?? 0);
  return size < 2 && Number.isInteger(size);
}

/**
 * `value`, exact and counted: no money, percent, date, time or rank ("1つ", "2本", "deux radios").
 * "one" and "two" of these are said without a number too: an article ("a hairstylist", "salah
 * satu") and "both" or a pair ("beide Türme", "radios duales", "双月").
 */
export function plainCount(figure: QaFigure, value: number): boolean {
  return figure.value === value && figure.class === 'number' && figure.currency === undefined && figure.qualifier === 'exact' && figure.role === 'value';
}

/**
 * A range of ten from a round ten ("от 20-ти до 30-ти лет", "60 bis 69 Jahre"): a decade of life
 * or of a count, which translations say as its first ten roughly ("une vingtaine", "20代", "20 多岁",
 * "in his 20s"). Its upper end is then not written, and its lower end is said approximately or as
 * a lower bound.
 */
export function rangeOfTen(figure: QaFigure): boolean {
  const { min, max } = figure.reading;
  return (figure.role === 'min' || figure.role === 'max') && min !== undefined && max !== undefined && min >= 10 && min % 10 === 0 && (max - min === 10 || max - min === 9) && figure.currency === undefined;
}

/** The value at 12 significant digits: float noise from applying a scale never decides a match. */
export function valueKey(value: number): string {
  if (value === 0) return '0';
  return String(Number(value.toPrecision(12)));
}

const readerCache = new Map<string, boolean>();

/** Whether src/figures can read numbers of `lang` at all. */
export function hasFigureReader(lang: LanguageCode): boolean {
  let known = readerCache.get(lang);
  if (known === undefined) {
    known = readFigures('7', lang).length > 0;
    readerCache.set(lang, known);
  }
  return known;
}

const DIGIT = /\p{Nd}/u;

/** ASCII digits of any script, in order (Devanagari १५ → "15"). */
export function digitsOf(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!DIGIT.test(ch)) continue;
    const code = ch.codePointAt(0)!;
    let zero = code;
    // Decimal digit blocks are runs of ten code points; walk back to the block's zero.
    while (code - zero < 9 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    out += String(code - zero);
  }
  return out;
}

/**
 * A scale word alone, without a multiplier ("千" in 千行百业 "all trades", "thousands of"):
 * a manner of speaking more than a count, so it is soft like a small number word.
 */
function isBareScale(reading: FigureReading): boolean {
  const value = Math.abs(reading.value ?? 0);
  if (value < 100 || !Number.isInteger(Math.log10(value))) return false;
  const text = reading.text.trim();
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? [...text].length === 1 : !/\s/u.test(text);
}

/** A day of the month with no month or year, written or known ("1日" with no publication date). */
function isDayAlone(reading: FigureReading): boolean {
  return reading.date !== undefined && reading.endDate === undefined && /^---\d{2}$/.test(reading.date);
}

function isUnscaled(reading: FigureReading, value: number): boolean {
  const written = digitsOf(reading.text).replace(/^0+/, '');
  const expected = Math.abs(value).toFixed(Math.min(20, reading.decimals ?? 0)).replace(/\D/g, '').replace(/^0+/, '');
  return written === expected;
}

/**
 * The comparable figures of a text: its readings (given when the figures stage already made
 * them, else read now) as values, ends of ranges and dates, with the glossary names they sit in.
 */
export function qaFiguresOf(text: string, lang: LanguageCode, glossary: Glossary, referenceDate: string | undefined, given?: readonly FigureReading[]): QaFigure[] {
  // Months named alone are no figures, but QA compares them ("im Juli" ↔ "7月", accountMonths).
  const readings = given ?? readFigures(text, lang, referenceDate === undefined ? { monthsAlone: true } : { referenceDate, monthsAlone: true });
  const names = findMentions(glossary, text, lang);
  const length = Math.max(1, text.length);
  const out: QaFigure[] = [];
  for (const reading of readings) {
    const inName = names.some((mention) => reading.start < mention.end && reading.end > mention.start);
    // Ordinals are soft even with digits: "die erste Phase" is "第1期" and "Phase 1".
    // A day alone ("27日"), its month from the publication date, is as often said as a weekday.
    const soft = reading.kind === 'ordinal' || reading.inferred === 'year-month' || isDayAlone(reading) || (!DIGIT.test(reading.text) && reading.kind !== 'money' && reading.kind !== 'percent' && (Math.abs(reading.value ?? reading.max ?? reading.min ?? 0) < 1000 || isBareScale(reading)));
    const unit = reading.unit !== undefined && reading.unit in UNITS ? reading.unit : undefined;
    const base = {
      reading,
      start: reading.start,
      end: reading.end,
      ...(unit !== undefined ? { unit } : {}),
      ...(reading.unit !== undefined && unit === undefined ? { noun: reading.unit } : {}),
      ...(reading.currency !== undefined ? { currency: reading.currency } : {}),
      ...(reading.currencyFamily !== undefined ? { currencyFamily: reading.currencyFamily } : {}),
      percentPoints: reading.percentPoints === true,
      qualifier: qualifierClass(reading.qualifier),
      ...(reading.decimals !== undefined ? { decimals: reading.decimals } : {}),
      soft,
      inName,
      order: reading.start / length,
    };
    const numberClass: ValueClass = reading.kind === 'percent' ? 'percent' : reading.kind === 'ordinal' ? 'ordinal' : 'number';
    if (reading.time !== undefined) {
      const time = reading.time === '24:00' ? '00:00' : reading.time;
      out.push({ ...base, role: 'time', key: `time:${time}`, time, ...(reading.halfUnknown ? { halfUnknown: true } : {}), class: 'time', unscaled: false });
    } else if (reading.date !== undefined) {
      const inferred = reading.inferred !== undefined ? { inferred: reading.inferred } : {};
      out.push({ ...base, ...inferred, role: 'date', key: `date:${reading.date}`, date: reading.date, class: 'date', unscaled: false });
      if (reading.endDate !== undefined) out.push({ ...base, ...inferred, role: 'endDate', key: `date:${reading.endDate}`, date: reading.endDate, class: 'date', unscaled: false });
    } else if (reading.value !== undefined) {
      out.push({ ...base, ...inBase(reading.value, unit), role: 'value', key: valueKey(reading.value), value: reading.value, class: numberClass, unscaled: isUnscaled(reading, reading.value) });
    } else {
      // A range is its own bound: "up to" on a range ("X तः Y पर्यन्तम्", "bis zu 10 bis 20")
      // says nothing more, so only "about" is kept on its ends.
      const qualifier: QualifierClass = base.qualifier === 'approx' ? 'approx' : 'exact';
      for (const role of ['min', 'max'] as const) {
        const value = reading[role];
        if (value !== undefined) out.push({ ...base, ...inBase(value, unit), qualifier, role, key: valueKey(value), value, class: numberClass, unscaled: false });
      }
    }
  }
  return out;
}

function inBase(value: number, unit: string | undefined): { base: NonNullable<QaFigure['base']> } | Record<string, never> {
  const converted = unit === undefined ? undefined : inBaseUnit(value, unit);
  return converted ? { base: { unit: converted.unit, key: valueKey(converted.value) } } : {};
}

/** The same quantity in other units of its dimension: "166 cm" and "1,66 m", "drei Jahrzehnte" and "30 years". */
export function sameQuantity(a: QaFigure, b: QaFigure): boolean {
  return a.base !== undefined && b.base !== undefined && a.base.unit === b.base.unit && a.base.key === b.base.key;
}

/**
 * "300 km (190 miles)", "$10 (€9)": a figure in brackets right after one in another unit or
 * currency says the same amount again, and translations often leave that conversion out (or
 * add one). The figure it converts, when `figure` is such a conversion.
 */
export function convertedFigure(figure: QaFigure, figures: readonly QaFigure[], text: string, depth = 0): QaFigure | undefined {
  const measure = (f: QaFigure) => f.unit ?? f.currency;
  if (measure(figure) === undefined || !/^\s*[)）;,；，]/u.test(text.slice(figure.end))) return undefined;
  const before = (gap: RegExp) => figures.find((other) => other.end <= figure.start && measure(other) !== undefined && measure(other) !== measure(figure) && gap.test(text.slice(other.end, figure.start)) && convertsTo(other, figure));
  // full-width brackets too: "每小时 240 千米（每小时 149 英里）"
  const direct = before(/^\s*[(（]\s*$/u);
  if (direct || depth > 2) return direct;
  // "200 km/h (124 mph; 56 m/s)": a further conversion in the same brackets converts the same amount.
  const previous = before(/^\s*[;,；，]\s*$/u);
  return previous ? convertedFigure(previous, figures, text, depth + 1) : undefined;
}

/**
 * Whether `conversion` can be `figure` in another unit: units of one dimension must agree
 * within rounding ("300 km (190 miles)", "1 mile (2 km)", not "50 km (41 miles)"); currencies
 * and units without a common base cannot be checked here.
 */
function convertsTo(figure: QaFigure, conversion: QaFigure): boolean {
  if (figure.unit === undefined || conversion.unit === undefined || figure.value === undefined || conversion.value === undefined) return true;
  const x = metricBase(figure.value, figure.unit);
  const y = metricBase(conversion.value, conversion.unit);
  if (!x || !y || x.unit !== y.unit || y.value === 0) return true;
  // the figure in the conversion's unit
  const expected = (conversion.value * x.value) / y.value;
  const lastPlace = 10 ** -(conversion.decimals ?? 0);
  return Math.abs(expected - conversion.value) <= Math.max(0.1 * Math.abs(conversion.value), lastPlace);
}

/** Significant digits as written: "160" has 2, "1,68" has 3, "8" has 1. */
function writtenDigits(figure: QaFigure): number {
  const text = Math.abs(figure.value ?? 0).toFixed(Math.min(20, figure.decimals ?? 0));
  const digits = text.replace('.', '').replace(/^0+/, '');
  return Math.max(1, (figure.decimals ?? 0) > 0 ? digits.length : digits.replace(/0+$/, '').length);
}

const roundTo = (value: number, digits: number) => (value === 0 ? 0 : Number(value.toPrecision(digits)));

/** A value in a metric unit's base: a unit of another system converted first (5.5 ft → 1.6764 m). */
function metricBase(value: number, unit: string): { unit: string; value: number } | undefined {
  const metric = UNITS[unit]?.metric;
  return metric ? inBaseUnit((value + (metric[2] ?? 0)) * metric[1], metric[0]) : inBaseUnit(value, unit);
}

/**
 * One figure converted into the other's system of units and rounded as the other is written:
 * "5 feet 6 inches" and "1,68 m", "100 miles" and "160 km", "90 °F" and "32 °C". Within one
 * system only exact equality counts (sameQuantity), and a value kept with another unit ("100
 * metres" → "100 feet") is never a conversion.
 */
export function convertedRoughly(a: QaFigure, b: QaFigure): boolean {
  if (a.unit === undefined || b.unit === undefined || a.value === undefined || b.value === undefined || a.soft || b.soft) return false;
  if ((UNITS[a.unit]?.metric === undefined) === (UNITS[b.unit]?.metric === undefined)) return false;
  const x = metricBase(a.value, a.unit);
  const y = metricBase(b.value, b.unit);
  if (!x || !y || x.unit !== y.unit || x.value === 0 || y.value === 0) return false;
  if (Math.abs(x.value - y.value) > 0.1 * Math.max(Math.abs(x.value), Math.abs(y.value))) return false;
  const same = (p: number, q: number) => valueKey(p) === valueKey(q);
  return same(roundTo(x.value, writtenDigits(b)), roundTo(y.value, writtenDigits(b))) || same(roundTo(y.value, writtenDigits(a)), roundTo(x.value, writtenDigits(a)));
}

/** Pairs each unused source figure with the first unused target figure `matches` accepts. */
function matchBy(matches: (source: QaFigure, target: QaFigure) => boolean, sources: QaFigure[], targets: QaFigure[], usedSource: Set<QaFigure>, usedTarget: Set<QaFigure>, pairs: FigurePair[]): void {
  for (const source of sources) {
    if (usedSource.has(source)) continue;
    const target = targets.find((t) => !usedTarget.has(t) && matches(source, t));
    if (!target) continue;
    usedSource.add(source);
    usedTarget.add(target);
    pairs.push({ source, target });
  }
}

/** How well two figures with the same value fit: kind, currency, unit, qualifier, place. */
function fit(a: QaFigure, b: QaFigure): number {
  let score = 0;
  if (a.class === b.class) score += 8;
  if (sameCurrency(a, b)) score += 4;
  if (a.unit === b.unit) score += 2;
  if (a.qualifier === b.qualifier) score += 1;
  if (a.soft === b.soft) score += 1;
  return score - Math.abs(a.order - b.order);
}

/** Pair equal keys of two lists, best fit first; returns the pairs and marks what was used. */
function matchByKey(sources: QaFigure[], targets: QaFigure[], usedSource: Set<QaFigure>, usedTarget: Set<QaFigure>): FigurePair[] {
  const candidates: Array<{ source: QaFigure; target: QaFigure; score: number }> = [];
  for (const source of sources) {
    if (usedSource.has(source)) continue;
    for (const target of targets) {
      if (usedTarget.has(target) || target.key !== source.key) continue;
      candidates.push({ source, target, score: fit(source, target) });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const pairs: FigurePair[] = [];
  for (const { source, target } of candidates) {
    if (usedSource.has(source) || usedTarget.has(target)) continue;
    usedSource.add(source);
    usedTarget.add(target);
    pairs.push({ source, target });
  }
  return pairs;
}

/** The written parts of a date figure (inferred ones left out), or of a year figure. */
function dateParts(figure: QaFigure): { year?: string; month?: string; day?: string } | undefined {
  if (figure.date === undefined) {
    if (figure.reading.kind !== 'year' || figure.value === undefined) return undefined;
    return { year: String(figure.value) };
  }
  const match = /^(\d{4}|-)-(\d{2}|-)?(?:-(\d{2}))?$/.exec(figure.date);
  if (!match) return undefined;
  const parts: { year?: string; month?: string; day?: string } = {};
  if (match[1] !== '-' && figure.inferred === undefined) parts.year = match[1]!;
  if (match[2] !== undefined && match[2] !== '-' && figure.inferred !== 'year-month') parts.month = match[2];
  if (match[3] !== undefined) parts.day = match[3];
  return parts;
}

/**
 * Two dates that agree on every part both wrote and share a month or a year: one side wrote
 * more ("Mai 1969" / "1969", "July 26" / "26 July 2024", "4日" / "December 4").
 */
function compatibleDates(a: QaFigure, b: QaFigure): boolean {
  if (dayAsNumber(a, b) || dayAsNumber(b, a)) return true;
  const x = dateParts(a);
  const y = dateParts(b);
  if (!x || !y || (a.date === undefined && b.date === undefined)) return false;
  let shared = 0;
  for (const part of ['year', 'month', 'day'] as const) {
    if (x[part] === undefined || y[part] === undefined) continue;
    if (x[part] !== y[part]) return false;
    shared++;
  }
  return shared > 0 && (x.day === undefined || y.day === undefined || x.month === y.month || x.month === undefined || y.month === undefined);
}

/** Leftover dates of month only (no day or year written) whose month the other text names. */
function accountMonths(figures: QaFigure[], used: Set<QaFigure>, otherText: string, otherLang: LanguageCode): void {
  let named: Set<number> | undefined;
  for (const figure of figures) {
    if (used.has(figure) || figure.class !== 'date') continue;
    const parts = dateParts(figure);
    if (!parts?.month || parts.day !== undefined || parts.year !== undefined) continue;
    named ??= monthsNamed(otherText, otherLang);
    if (named.has(Number(parts.month))) used.add(figure);
  }
}

/** Left-over years that a date on the other side has as its written year. */
function accountYears(figures: QaFigure[], used: Set<QaFigure>, others: readonly QaFigure[]): void {
  for (const figure of figures) {
    if (used.has(figure) || figure.reading.kind !== 'year' || figure.value === undefined) continue;
    const year = String(figure.value);
    if (others.some((other) => other.date !== undefined && other.inferred === undefined && other.date.startsWith(`${year}-`))) used.add(figure);
  }
}

/**
 * Left-over whole numbers whose digits the other text writes inside a word or a hyphenated
 * compound ("Typ-1-Diabetes", "7er-Rugby", "Formel-1-Rennen"), where its reader rightly sees a
 * name, not a figure.
 */
/**
 * A figure copied character for character from the source ("£240,000", "9,912" in a Russian
 * or German translation) is the source's figure, though the target language reads its
 * separator the other way (240.000 there): both are accounted for, neither compared. Only
 * numbers with a group or decimal sign between digits, read to different values.
 */
function accountCopied(source: QaFigure[], target: QaFigure[], usedSource: Set<QaFigure>, usedTarget: Set<QaFigure>): void {
  const written = (figure: QaFigure) => figure.reading.text.replace(/\s+/gu, ' ').trim();
  for (const t of target) {
    if (usedTarget.has(t) || t.value === undefined || !/\p{Nd}[.,]\p{Nd}/u.test(t.reading.text)) continue;
    const s = source.find((f) => !usedSource.has(f) && f.role === t.role && f.value !== undefined && f.value !== t.value && written(f) === written(t));
    if (!s) continue;
    usedSource.add(s);
    usedTarget.add(t);
  }
}

function accountDigitsInWords(figures: QaFigure[], used: Set<QaFigure>, otherText: string): void {
  for (const figure of figures) {
    if (used.has(figure) || figure.class !== 'number' || figure.value === undefined || !Number.isInteger(figure.value) || figure.value < 0) continue;
    const digits = digitsOf(figure.reading.text);
    if (digits !== String(figure.value)) continue;
    const glued = new RegExp(`(?:\\p{L}[-‐‑]?(?<!\\p{Nd})${digits}(?!\\p{Nd}))|(?:(?<![\\p{Nd}.,])${digits}[-‐‑]?\\p{L})`, 'u');
    if (glued.test(digitsOfText(otherText))) used.add(figure);
  }
}

/**
 * Leftover whole numbers of two or more digits whose digits the other text has, written as
 * they are and inside no figure of its reading: the other reader took them for part of a name
 * or a code ("Nu 150"), so they are accounted for, not lost or added.
 */
function accountUnreadDigits(figures: QaFigure[], used: Set<QaFigure>, otherText: string, otherFigures: readonly QaFigure[]): void {
  for (const figure of figures) {
    if (used.has(figure) || figure.class !== 'number' || figure.value === undefined || !Number.isInteger(figure.value) || figure.value < 10) continue;
    const digits = String(figure.value);
    if (digitsOf(figure.reading.text) !== digits) continue;
    const pattern = new RegExp(`(?<![\\p{Nd}.,])${digits}(?![\\p{Nd}]|[.,]\\p{Nd})`, 'gu');
    for (const match of otherText.matchAll(pattern)) {
      const at = match.index;
      if (otherFigures.some((other) => at < other.end && at + digits.length > other.start)) continue;
      used.add(figure);
      break;
    }
  }
}

/** The text with every decimal digit as its ASCII digit, other characters kept. */
function digitsOfText(text: string): string {
  let out = '';
  for (const ch of text) out += DIGIT.test(ch) ? digitsOf(ch) : ch;
  return out;
}

/** "２７日" (a day, its month taken from the publication date) and "the 27th". */
function dayAsNumber(date: QaFigure, other: QaFigure): boolean {
  if (date.class !== 'date' || date.inferred !== 'year-month' || other.value === undefined) return false;
  if (other.class !== 'ordinal' && other.class !== 'number') return false;
  return Number(date.date?.slice(-2)) === other.value;
}

function matchCompatibleDates(sources: QaFigure[], targets: QaFigure[], usedSource: Set<QaFigure>, usedTarget: Set<QaFigure>, pairs: FigurePair[]): void {
  for (const source of sources) {
    if (usedSource.has(source) || (source.class !== 'date' && source.reading.kind !== 'year' && source.class !== 'ordinal' && source.class !== 'number')) continue;
    const target = targets.find((t) => !usedTarget.has(t) && compatibleDates(source, t));
    if (!target) continue;
    usedSource.add(source);
    usedTarget.add(target);
    pairs.push({ source, target });
  }
}

/** The same clock time when one side did not say which half of the day: 03:00 and 15:00. */
function matchTwelveHoursOff(sources: QaFigure[], targets: QaFigure[], usedSource: Set<QaFigure>, usedTarget: Set<QaFigure>, pairs: FigurePair[]): void {
  const minutes = (time: string) => {
    const [h = 0, m = 0] = time.split(':').map(Number);
    return ((h % 12) * 60 + m) % 720;
  };
  for (const source of sources) {
    if (usedSource.has(source) || source.time === undefined) continue;
    const target = targets.find((t) => !usedTarget.has(t) && t.time !== undefined && (t.halfUnknown || source.halfUnknown) && minutes(t.time) === minutes(source.time!));
    if (!target) continue;
    usedSource.add(source);
    usedTarget.add(target);
    pairs.push({ source, target });
  }
}

/** `target` is `source` rounded to fewer digits (any place, from 10^-10 to 10^15). */
export function isRounding(source: number, target: number): boolean {
  if (target === 0 || valueKey(source) === valueKey(target)) return false;
  for (let places = 10; places >= -15; places--) {
    const factor = 10 ** places;
    const rounded = Math.round(source * factor) / factor;
    if (valueKey(rounded) === valueKey(target)) return true;
  }
  return false;
}

export interface CompareOptions {
  glossary: Glossary;
  referenceDate?: string | undefined;
  /** The source side already read (the article's figures, see qaFiguresOf): not read again. */
  source?: readonly QaFigure[] | undefined;
}

/** Read both texts and match their figures by value. */
export function compareFigures(sourceText: string, sourceLang: LanguageCode, targetText: string, targetLang: LanguageCode, options: CompareOptions): FigureComparison {
  const source = options.source ? [...options.source] : qaFiguresOf(sourceText, sourceLang, options.glossary, options.referenceDate);
  if (!hasFigureReader(targetLang)) return { source, target: [], pairs: [], rounded: [], lost: [], added: [], unreadable: true };
  const target = qaFiguresOf(targetText, targetLang, options.glossary, options.referenceDate);
  const usedSource = new Set<QaFigure>();
  const usedTarget = new Set<QaFigure>();
  const outside = (list: QaFigure[]) => list.filter((figure) => !figure.inName);
  const inside = (list: QaFigure[]) => list.filter((figure) => figure.inName);
  const pairs = matchByKey(outside(source), outside(target), usedSource, usedTarget);
  // A figure written outside a name on one side may be inside one on the other ("the
  // 2024–2025 action plan" / „Aktionsplan (2024–2025)“): accounted for, not compared.
  matchByKey(outside(source), inside(target), usedSource, usedTarget);
  matchByKey(inside(source), outside(target), usedSource, usedTarget);
  // "£240,000" copied as written into a language whose comma is a decimal sign: the same text is the same figure.
  accountCopied(source, target, usedSource, usedTarget);
  // "um 3 Uhr" may be "3 p.m.": a time written without its day half matches 12 hours off.
  matchTwelveHoursOff(source, target, usedSource, usedTarget, pairs);
  matchBy((a, b) => a.base !== undefined && sameQuantity(a, b), source, target, usedSource, usedTarget, pairs);
  // "5 feet 6 inches" for "1,68 Meter": a translator converted and rounded.
  matchBy((a, b) => a.unit !== undefined && convertedRoughly(a, b), source, target, usedSource, usedTarget, pairs);
  // "Mai 1969" and "1969", "July 26" and "26 July 2024": one date written with more parts.
  matchCompatibleDates(source, target, usedSource, usedTarget, pairs);
  for (const figure of [...inside(source), ...inside(target)]) {
    usedSource.add(figure);
    usedTarget.add(figure);
  }
  // "7月" and "im Juli": a month figure is accounted for by the month named on the other side.
  accountMonths(source, usedSource, targetText, targetLang);
  accountMonths(target, usedTarget, sourceText, sourceLang);
  // "January 2 in 1968" / "die secundo mensis Ianuarii, anni MCMLXVIII": a year the other side wrote into a date.
  accountYears(source, usedSource, target);
  accountYears(target, usedTarget, source);
  // "Typ-1-Diabetes" / "Type 1 diabetes", "7er-Rugby" / "7's rugby": digits the other side wrote inside a word.
  accountDigitsInWords(source, usedSource, targetText);
  accountDigitsInWords(target, usedTarget, sourceText);
  // "(Nu 150)": the other side's reader set the same digits aside as part of a name or code.
  accountUnreadDigits(source, usedSource, targetText, target);
  accountUnreadDigits(target, usedTarget, sourceText, source);
  const rounded: FigurePair[] = [];
  const leftSource = source.filter((figure) => !usedSource.has(figure));
  const leftTarget = target.filter((figure) => !usedTarget.has(figure));
  for (const s of leftSource) {
    if (s.soft || s.value === undefined) continue;
    const candidates = leftTarget.filter((t) => !usedTarget.has(t) && !t.soft && t.value !== undefined && t.class === s.class && isRounding(s.value!, t.value!));
    candidates.sort((a, b) => Math.abs(a.order - s.order) - Math.abs(b.order - s.order));
    const t = candidates[0];
    if (!t) continue;
    usedSource.add(s);
    usedTarget.add(t);
    rounded.push({ source: s, target: t });
  }
  return {
    source,
    target,
    pairs,
    rounded,
    lost: source.filter((figure) => !usedSource.has(figure)),
    added: target.filter((figure) => !usedTarget.has(figure)),
    unreadable: false,
  };
}
