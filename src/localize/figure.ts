// The `figure` formatter: a figure read once from the source is written in each
// language's native form, keeping the source precision (0,7449 stays 4 decimals; Intl
// would round it to 0.745). Intl objects are cached per locale and option set (the
// i18next Formatter model); a language pack's `format` hooks give what Intl has not (Latin,
// Sanskrit dates, Chinese myriads).

import { packOf, type DateParts, type LanguageCode } from '../lang/index.js';

export type { DateParts } from '../lang/index.js';

/** A number figure: 15.000 (decimal), 26 % (percent, value 26), 2024 (year). */
export interface NumberFigure {
  style: 'decimal' | 'percent' | 'year';
  value: number;
  /** Decimal places as written in the source. */
  decimals: number;
  /** The source text, for messages. */
  text: string;
}

/** A date written with digits in the source ("26. Juli"): one placeholder. */
export interface DateFigure {
  style: 'date';
  /** ISO YYYY-MM-DD, YYYY-MM for a month, --MM-DD when the year is unknown. */
  date: string;
  /** End of a date range ("26. bis 30. Juli"), same form as `date`. */
  endDate?: string;
  /** Which parts the source wrote: "26. Juli" has no year, so no language adds one. */
  parts: DateParts;
  text: string;
}

/** A clock time written with digits ("12.40 Uhr", "3 p.m.", "15h30"): one placeholder. */
export interface TimeFigure {
  style: 'time';
  /** 24-hour "HH:MM". */
  time: string;
  text: string;
}

/** The value behind one `{{fN, figure}}` placeholder. Never stored in a locale file. */
export type FigureValue = NumberFigure | DateFigure | TimeFigure;

export function isFigureValue(value: unknown): value is FigureValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.style === 'time') return typeof v.time === 'string' && /^\d\d:\d\d$/.test(v.time);
  if (v.style === 'date') return typeof v.date === 'string' && typeof v.parts === 'string' && (v.endDate === undefined || typeof v.endDate === 'string');
  return (v.style === 'decimal' || v.style === 'percent' || v.style === 'year') && typeof v.value === 'number' && typeof v.decimals === 'number';
}

/**
 * The BCP 47 tag given to Intl (the language pack's `intl`; undefined: the pack formats its
 * own numbers and dates). en is CLDR's root English (US forms: "July 26, 2024"), pt is CLDR's
 * pt (Brazil).
 */
export function intlLocale(lng: LanguageCode): string | undefined {
  return packOf(lng).intl;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: string, decimals: number, grouping: boolean, percent = false): Intl.NumberFormat {
  const id = `${locale}|${decimals}|${grouping}|${percent}`;
  let format = numberFormats.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      ...(percent ? { style: 'percent' as const } : {}),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    numberFormats.set(id, format);
  }
  return format;
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' };

const DATE_OPTIONS: Record<DateParts, Intl.DateTimeFormatOptions> = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  'month-year': { month: 'long', year: 'numeric' },
  month: { month: 'long' },
};

function dateFormat(locale: string, parts: DateParts | 'time'): Intl.DateTimeFormat {
  const id = `${locale}|${parts}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, parts === 'time' ? TIME_OPTIONS : { ...DATE_OPTIONS[parts], timeZone: 'UTC' });
    dateFormats.set(id, format);
  }
  return format;
}

/** Affixes of the locale's percent pattern ("", " %") around the number. */
const percentAffixes = new Map<string, [string, string]>();
function percentAffix(locale: string): [string, string] {
  let affix = percentAffixes.get(locale);
  if (!affix) {
    const parts = numberFormat(locale, 0, true, true).formatToParts(0.26);
    const numeric = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign']);
    const first = parts.findIndex((p) => numeric.has(p.type));
    let last = first;
    parts.forEach((p, i) => {
      if (numeric.has(p.type)) last = i;
    });
    const join = (list: Intl.NumberFormatPart[]) => list.map((p) => p.value).join('');
    affix = [join(parts.slice(0, first)), join(parts.slice(last + 1))];
    percentAffixes.set(locale, affix);
  }
  return affix;
}

function formatDecimal(locale: string, value: number, decimals: number): string {
  return numberFormat(locale, decimals, true).format(value);
}

/** Write one figure in the native form of `lng`. */
export function formatFigure(figure: FigureValue, lng: LanguageCode): string {
  const pack = packOf(lng);
  const own = pack.format;
  // A pack without an Intl tag gives its own number, percent and date forms (checked by the pack test).
  const locale = pack.intl ?? 'en';
  switch (figure.style) {
    case 'time': {
      const [hour, minute] = figure.time.split(':').map(Number) as [number, number];
      if (own.time) return own.time(hour, minute);
      return dateFormat(locale, 'time').format(new Date(Date.UTC(2000, 0, 1, hour % 24, minute)));
    }
    case 'date': {
      // A date without a known year is a day and a month; 2000 is a leap year (29 February).
      const full = (iso: string) => (iso.startsWith('--') ? `2000${iso.slice(1)}` : iso);
      const start = full(figure.date);
      // A month named alone ("6月") keeps no year, though the reader took one from the publication date.
      const parts: DateParts = start.length === 7 ? (figure.parts === 'month' ? 'month' : 'month-year') : figure.date.startsWith('--') ? 'day-month' : figure.parts;
      const end = figure.endDate === undefined ? undefined : full(figure.endDate);
      if (own.date) {
        const one = (iso: string) => own.date!(iso, parts);
        return end === undefined ? one(start) : `${one(start)}${own.dateRangeJoiner ?? ' – '}${one(end)}`;
      }
      const instant = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
      const format = dateFormat(locale, parts);
      if (end === undefined) return format.format(instant(start));
      if (own.dateRangeJoiner !== undefined) return `${format.format(instant(start))}${own.dateRangeJoiner}${format.format(instant(end))}`;
      return format.formatRange(instant(start), instant(end));
    }
    case 'year':
      if (own.number) return own.number(figure.value, figure.decimals, false);
      return numberFormat(locale, figure.decimals, false).format(figure.value);
    case 'percent': {
      if (own.percent) return own.percent(figure.value, figure.decimals);
      // Format the number shown (26), not value/100: no float error can move a digit.
      const [before, after] = percentAffix(locale);
      return `${before}${formatDecimal(locale, figure.value, figure.decimals)}${after}`;
    }
    case 'decimal': {
      const plain = (value: number, decimals: number) => (own.number ? own.number(value, decimals, true) : formatDecimal(locale, value, decimals));
      return own.largeNumber?.(figure.value, figure.decimals, plain) ?? plain(figure.value, figure.decimals);
    }
  }
}

/** A full date for front matter and bylines ("2. August 2024", "die 2 mensis Augusti 2024"). */
export function formatFullDate(iso: string, lng: LanguageCode): string {
  return formatFigure({ style: 'date', date: iso, parts: 'day-month-year', text: iso }, lng);
}
