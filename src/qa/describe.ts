// Figures in messages: as written, then the value a reader of that language takes from it,
// in one neutral notation (“„1.153 Milliarden“ = 1,153,000,000,000”), so an editor who reads
// neither language still sees what changed.

import type { QaFigure, QualifierClass } from './compare.js';
import { valueKey } from './compare.js';

const NEUTRAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });
/** One formatter per number of decimals (0–20), made when first asked for: constructing an
 * Intl.NumberFormat costs about as much as formatting a hundred numbers, and a findings-heavy
 * QA run describes hundreds of thousands of figures (a third of its CPU when made per call). */
const FIXED = new Map<number, Intl.NumberFormat>();

function fixed(decimals: number): Intl.NumberFormat {
  const digits = Math.min(20, decimals);
  let format = FIXED.get(digits);
  if (!format) FIXED.set(digits, (format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format;
}

const QUALIFIER_WORD: Record<QualifierClass, string> = { exact: 'exact', approx: 'approximate (≈)', lower: 'a lower bound (≥, more than)', upper: 'an upper bound (≤, up to)' };

export function qualifierWord(qualifier: QualifierClass): string {
  return QUALIFIER_WORD[qualifier];
}

/** The value in neutral notation with its currency, unit or percent sign. */
export function valueOf(figure: QaFigure): string {
  if (figure.date !== undefined) return figure.date;
  if (figure.time !== undefined) return figure.halfUnknown ? `${figure.time} (or 12 hours later)` : figure.time;
  const value = figure.value ?? 0;
  const shown = figure.decimals !== undefined && figure.unscaled ? fixed(figure.decimals).format(value) : NEUTRAL.format(value);
  const suffix = figure.class === 'percent' ? (figure.percentPoints ? ' percentage points' : '%') : figure.currency ? ` ${figure.currency}` : figure.unit ? ` ${figure.unit}` : '';
  return `${shown}${suffix}`;
}

/** “„283,82 €“ (283.82 EUR)”: the text as written and its value. */
export function describe(figure: QaFigure): string {
  const written = figure.reading.text;
  const role = figure.role === 'min' ? 'from ' : figure.role === 'max' ? 'to ' : figure.role === 'endDate' ? 'until ' : '';
  return `\`${written}\` (${role}${valueOf(figure)})`;
}

/** How a wrong value relates to the right one, when there is a simple relation. */
export function relation(expected: QaFigure, actual: QaFigure): string | undefined {
  if (expected.value === undefined || actual.value === undefined || expected.value === 0) return undefined;
  const ratio = actual.value / expected.value;
  const power = Math.log10(Math.abs(ratio));
  if (Math.abs(power - Math.round(power)) < 1e-9 && Math.round(power) !== 0) {
    const factor = NEUTRAL.format(10 ** Math.abs(Math.round(power)));
    return power > 0 ? `${factor} times the source value` : `1/${factor} of the source value`;
  }
  const a = valueKey(Math.abs(expected.value)).replace(/\D/g, '');
  const b = valueKey(Math.abs(actual.value)).replace(/\D/g, '');
  if (a.length > b.length && isSubsequence(b, a)) return 'the source value with digits missing';
  return undefined;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
