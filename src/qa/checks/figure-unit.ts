// qa/figure-unit: the same value with another currency, measure unit or percent sign
// ("283,82 €" → "283,82 $", "40.000 P" → "40,000 km", "26 %" → "26"). Units are compared by
// the catalogue id the reader gives them (src/figures/units.ts, currencies.ts), never by the
// word: "Standardschränke" and "standard racks" are counted nouns, translated, not compared.

import { describe, valueOf } from '../describe.js';
import { CURRENCIES, nothingCountedAfter, sameCurrency, UNITS } from '../../figures/index.js';
import { currencyPlacesNamed, qaLanguage } from '../language.js';
import { convertedRoughly, readingPairs, sameQuantity, type QaFigure } from '../compare.js';
import type { QaCheck, QaText } from '../types.js';
import { doubted } from '../certainty.js';

/**
 * Units a bare number is never the same figure in: a source number standing alone, with no unit
 * and no counted noun after it ("Nicholas Alden, 25,", "aged 64", "at the age of 70", "I was 28
 * and"), is an age or a count in the translation's years or nouns, never in its months, weeks,
 * days or hours ("25か月", "64 μηνών").
 */
const SHORT_DURATIONS: ReadonlySet<string> = new Set(['mo', 'wk', 'd', 'h', 'min', 's']);

/** A figure of the source read whole and alone: a plain number or range of them ("at the age of 30-65"), nothing after it that could say what it counts. */
function bareNumber(figure: QaFigure, side: QaText): boolean {
  return figure.class === 'number' && (figure.role === 'value' || figure.role === 'min' || figure.role === 'max') && figure.unit === undefined && figure.noun === undefined && figure.currency === undefined && nothingCountedAfter(side.text, side.lang, figure.reading.end);
}

/**
 * Whether `figure`'s currency may be the bare "$", dollar word or "元" of the place its text
 * names, `other`'s currency: the text names the place of `other`'s currency and not of its own,
 * and the two are of one family (dollars), or the figure is written with a word for any country's
 * money ("加拿大 … 100 元"). "$100 Kanada" against "100 dólares canadenses" is not certainly another currency.
 */
function namedPlaceCurrency(figure: QaFigure, other: QaFigure, side: QaText): boolean {
  if (figure.currency === undefined || other.currency === undefined) return false;
  const named = currencyPlacesNamed(side.text, side.lang);
  if (!named.has(other.currency) || named.has(figure.currency)) return false;
  const family = (code: string) => CURRENCIES[code]?.family;
  return family(figure.currency) === family(other.currency) || (qaLanguage(side.lang).anyCurrencyWords ?? []).some((word) => figure.reading.text.includes(word));
}

export const check: QaCheck = {
  meta: {
    id: 'qa/figure-unit',
    type: 'problem',
    description: 'figures keep their currency, measure unit and percent sign',
    docs: 'For each figure matched by value: a different currency or catalogue unit, or a percent sign lost or added, is an error. A currency or unit found on one side only is a warning (the target reader may not know the word), except months, weeks, days or hours given to a source number that stands alone („Nicholas Alden, 25,“ → „25か月“: an age is never said in months by the translation alone), an error. Counted nouns are not compared.',
    defaultSeverity: 'error',
    messages: {},
    schema: {},
  },
  check(context) {
    for (const { source, target } of readingPairs(context.figures().pairs)) {
      if (source.class === 'date' || target.class === 'date' || source.class === 'time' || target.class === 'time') continue;
      // A bare number of the source said in months, weeks, days or hours: another figure, for certain.
      const shortened = target.unit !== undefined && SHORT_DURATIONS.has(target.unit) && bareNumber(source, context.unit.source);
      // Number words are compared only where both sides name a unit of the catalogue ("drei Jahrzehnte" / "three years").
      if ((source.soft || target.soft) && (source.unit === undefined || target.unit === undefined) && !shortened) continue;
      const at = { start: target.start, end: target.end };
      // "2 Prozentpunkte" and "2 points": bare points are what a change of a rate is counted in.
      const points = (a: typeof source, b: typeof source) => a.class === 'percent' && a.percentPoints && b.unit === 'pt';
      if (points(source, target) || points(target, source) || sameQuantity(source, target) || convertedRoughly(source, target)) continue;
      if ((source.class === 'percent') !== (target.class === 'percent')) {
        context.report({ ...at, message: `${describe(target)} ${target.class === 'percent' ? 'is a percentage, but the source figure' : 'is not a percentage, but the source figure'} ${describe(source)} ${source.class === 'percent' ? 'is' : 'is not'}`, actual: valueOf(target), expected: valueOf(source), ...(doubted(source, target) ? { weak: true } : {}) });
        continue;
      }
      if (source.percentPoints !== target.percentPoints && source.class === 'percent') {
        context.report({ ...at, message: `${describe(target)} and the source figure ${describe(source)} differ in percent versus percentage points`, actual: valueOf(target), expected: valueOf(source), ...(doubted(source, target) ? { weak: true } : {}) });
      }
      // "francs" and "Schweizer Franken", "Kronen" and "SEK": a word naming a family may name the other side's currency.
      if (!sameCurrency(source, target)) {
        const both = source.currency !== undefined && target.currency !== undefined;
        context.report({
          ...at,
          message: both
            ? `${describe(target)} is in ${target.currency}, the source figure ${describe(source)} in ${source.currency}`
            : source.currency !== undefined
              ? `no currency found with ${describe(target)}; the source figure ${describe(source)} is in ${source.currency}`
              : `${describe(target)} is in ${target.currency}; the source figure ${describe(source)} has no currency`,
          actual: target.currency ?? 'no currency',
          expected: source.currency ?? 'no currency',
          weak: !both || doubted(source, target) || namedPlaceCurrency(source, target, context.unit.source) || namedPlaceCurrency(target, source, context.unit.target),
        });
        continue;
      }
      // A counted noun in the source and a unit in the translation is a homonym far more often
      // than a mistake: Greek "22 μέτρα" is 22 measures (and 22 metres).
      const homonym = source.unit === undefined && source.noun !== undefined && target.unit !== undefined;
      // "30 degrees" and "30 °C": one side says the unit less precisely, not another unit.
      const vague = (a?: string, b?: string) => a !== undefined && b !== undefined && UNITS[a]?.vagueFor?.includes(b) === true;
      if (source.unit !== target.unit && !homonym && !vague(source.unit, target.unit) && !vague(target.unit, source.unit)) {
        const both = source.unit !== undefined && target.unit !== undefined;
        context.report({
          ...at,
          message: both
            ? `${describe(target)} is in ${target.unit}, the source figure ${describe(source)} in ${source.unit}`
            : source.unit !== undefined
              ? `no unit found with ${describe(target)}; the source figure ${describe(source)} is in ${source.unit}`
              : `${describe(target)} is in ${target.unit}; the source figure ${describe(source)} has no unit`,
          actual: target.unit ?? 'no unit',
          expected: source.unit ?? 'no unit',
          weak: (!both && !shortened) || doubted(source, target),
        });
      }
    }
  },
};
