// The `figure` formatter: a figure read once from the source is written in each
// language's native form, keeping the source precision (0,7449 stays 4 decimals; Intl
// would round it to 0.745). Intl objects are cached per locale and option set (the
// i18next Formatter model); Latin, Sanskrit dates and Chinese myriads come from src/lang.

import type { LanguageCode } from '../lang/codes.js';
import { formatLatinDate, formatLatinNumber, formatLatinPercent } from '../lang/la/locale.js';
import { formatSanskritDate, SANSKRIT_INTL_LOCALE } from '../lang/sa/format.js';
import { chineseMyriad } from '../lang/zh/format.js';

export type DateParts = 'day-month-year' | 'day-month' | 'month-year';

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

/** The value behind one `{{fN, figure}}` placeholder. Never stored in a locale file. */
export type FigureValue = NumberFigure | DateFigure;

export function isFigureValue(value: unknown): value is FigureValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.style === 'date') return typeof v.date === 'string' && typeof v.parts === 'string' && (v.endDate === undefined || typeof v.endDate === 'string');
  return (v.style === 'decimal' || v.style === 'percent' || v.style === 'year') && typeof v.value === 'number' && typeof v.decimals === 'number';
}

/**
 * The BCP 47 tag given to Intl per language (undefined: the language has its own data).
 * en is CLDR's root English (US forms: "July 26, 2024"), pt is CLDR's pt (Brazil).
 */
const INTL_LOCALE: Record<LanguageCode, string | undefined> = {
  zh: 'zh-CN',
  ru: 'ru',
  en: 'en',
  fr: 'fr',
  id: 'id',
  sa: SANSKRIT_INTL_LOCALE,
  ja: 'ja',
  de: 'de',
  pt: 'pt',
  el: 'el',
  es: 'es',
  it: 'it',
  fi: 'fi',
  la: undefined,
};

export function intlLocale(lng: LanguageCode): string | undefined {
  return INTL_LOCALE[lng];
}

const RANGE_JOINER: Partial<Record<LanguageCode, string>> = { zh: '至', ja: '～' };

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

const DATE_OPTIONS: Record<DateParts, Intl.DateTimeFormatOptions> = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  'month-year': { month: 'long', year: 'numeric' },
};

function dateFormat(locale: string, parts: DateParts): Intl.DateTimeFormat {
  const id = `${locale}|${parts}`;
  let format = dateFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_OPTIONS[parts], timeZone: 'UTC' });
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
  const locale = INTL_LOCALE[lng];
  switch (figure.style) {
    case 'date': {
      // A date without a known year is a day and a month; 2000 is a leap year (29 February).
      const full = (iso: string) => (iso.startsWith('--') ? `2000${iso.slice(1)}` : iso);
      const start = full(figure.date);
      const parts: DateParts = start.length === 7 ? 'month-year' : figure.date.startsWith('--') ? 'day-month' : figure.parts;
      const end = figure.endDate === undefined ? undefined : full(figure.endDate);
      if (lng === 'la' || lng === 'sa') {
        const one = lng === 'la' ? formatLatinDate : formatSanskritDate;
        return end === undefined ? one(start, parts) : `${one(start, parts)} – ${one(end, parts)}`;
      }
      const instant = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);
      const format = dateFormat(locale ?? 'en', parts);
      if (end === undefined) return format.format(instant(start));
      // CLDR's zh and ja range patterns fall back to numeric dates ("7/26 – 7/30").
      const joiner = RANGE_JOINER[lng];
      if (joiner !== undefined) return `${format.format(instant(start))}${joiner}${format.format(instant(end))}`;
      return format.formatRange(instant(start), instant(end));
    }
    case 'year':
      if (locale === undefined) return formatLatinNumber(figure.value, figure.decimals, { grouping: false });
      return numberFormat(locale, figure.decimals, false).format(figure.value);
    case 'percent': {
      if (locale === undefined) return formatLatinPercent(figure.value, figure.decimals);
      // Format the number shown (26), not value/100: no float error can move a digit.
      const [before, after] = percentAffix(locale);
      return `${before}${formatDecimal(locale, figure.value, figure.decimals)}${after}`;
    }
    case 'decimal': {
      if (locale === undefined) return formatLatinNumber(figure.value, figure.decimals);
      if (lng === 'zh') {
        const myriad = chineseMyriad(figure.value, figure.decimals, (v, d) => formatDecimal(locale, v, d));
        if (myriad !== undefined) return myriad;
      }
      return formatDecimal(locale, figure.value, figure.decimals);
    }
  }
}

/** A full date for front matter and bylines ("2. August 2024", "die 2 mensis Augusti 2024"). */
export function formatFullDate(iso: string, lng: LanguageCode): string {
  return formatFigure({ style: 'date', date: iso, parts: 'day-month-year', text: iso }, lng);
}
