// The figures stage: read figures as a native reader of the text's language reads them.
//   readFigures      every figure (number, quantity, percent, money, range, date, year,
//                    ordinal) with value, unit, qualifier and span;
//   scanNumbers      every number written with digits, exact about spans, for placeholders;
//   readNumberValues every number expression (digits or words), the number level below figures;
//   extractArticleFigures  the article stage: figures of every segment, ids, positions, warnings.
// Languages whose pack says `reader: 'cjk'` (Chinese, Japanese) are read by cjk.ts; every other
// language by the lexicon-driven reader.

import { composeFigures } from './compose.js';
import { readCjkFigures, scanCjkNumbers } from './cjk.js';
import { scanDigitNumbers } from './digits.js';
import { lexiconOf } from './lexicon.js';
import { readNumbers, type NumberReading } from './numbers.js';
import { tokenize } from './tokens.js';
import { findPack } from '../lang/index.js';
import type { CjkLexicon } from './cjk-lexicon.js';
import type { FigureReading, NumberToken, ReadOptions } from './types.js';

export type { FigureReading, NumberToken, ReadOptions } from './types.js';
export { extractArticleFigures } from './article.js';
export { inBaseUnit, unitIdOf, unitName, UNITS } from './units.js';
export { currencyName, CURRENCIES } from './currencies.js';

/** The CJK lexicon of a language read by the CJK reader, else undefined. */
function cjkLexicon(lang: string): CjkLexicon | undefined {
  const figures = findPack(lang)?.figures;
  return figures?.reader === 'cjk' ? figures.lexicon : undefined;
}

/** Every figure in `text`, in text order, without overlaps; offsets are into `text`. */
export function readFigures(text: string, lang: string, options: ReadOptions = {}): FigureReading[] {
  const cjk = cjkLexicon(lang);
  if (cjk) return readCjkFigures(text, cjk, options);
  const lexicon = lexiconOf(lang);
  if (!lexicon) return [];
  return composeFigures(text, tokenize(text, lang), lexicon, options);
}

/** Every number written with digits (any script), with its exact span. */
export function scanNumbers(text: string, lang: string): NumberToken[] {
  const cjk = cjkLexicon(lang);
  if (cjk) return scanCjkNumbers(text, cjk);
  return scanDigitNumbers(text, lang);
}

export interface NumberValue {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Letters glued to the digits that are no scale ("180ml"): a quantity, not a bare number. */
  glued: boolean;
  ordinal: boolean;
}

/**
 * What a unit or currency name means in a language: "dollar canadien" → CAD, "pieds" → ft,
 * "Kilometer" → km. Used to compare with other tools' unit names.
 */
export function unitFromName(name: string, lang: string): { currency?: string; unit?: string } {
  const lexicon = lexiconOf(lang);
  const result: { currency?: string; unit?: string } = {};
  const variants = [name, name.replace(/s$/u, ''), `${name}s`];
  for (const variant of variants) {
    if (!lexicon) break;
    const tokens = tokenize(variant, lang, []);
    const currency = lexicon.currencyWords.match(tokens, 0);
    if (currency && currency.end === tokens.length && result.currency === undefined) result.currency = currency.value;
    const unit = lexicon.unitWords.match(tokens, 0) ?? lexicon.unitSymbols.match(tokens, 0);
    if (unit && unit.end === tokens.length && result.unit === undefined) result.unit = unit.value;
  }
  return result;
}

/**
 * The months a text names ("im Juli", "October", "7月"), whether or not a date is read
 * around them: a month alone is no figure, but it accounts for a month figure of the other
 * side of a translation ("im Juli" ↔ "7月").
 */
export function monthsNamed(text: string, lang: string): Set<number> {
  const months = new Set<number>();
  const cjk = cjkLexicon(lang);
  if (cjk) {
    for (const reading of readCjkFigures(text, cjk)) {
      const month = reading.date !== undefined ? /^(?:\d{4}|-)-(\d{2})/.exec(reading.date)?.[1] : undefined;
      if (month !== undefined) months.add(Number(month));
    }
    return months;
  }
  const lexicon = lexiconOf(lang);
  if (!lexicon) return months;
  const tokens = tokenize(text, lang);
  for (let i = 0; i < tokens.length; i++) {
    const hit = lexicon.months.match(tokens, i);
    if (hit) months.add(hit.value);
  }
  return months;
}

/** Whether a text says "several", "mehrere", "несколько": an unspecified small number. */
export function saysVagueQuantity(text: string, lang: string): boolean {
  const lexicon = lexiconOf(lang);
  if (!lexicon) return false;
  const tokens = tokenize(text, lang);
  for (let i = 0; i < tokens.length; i++) if (lexicon.vagueQuantities.match(tokens, i)) return true;
  return false;
}

/** Every number expression, digits or words ("zweihundertsechsundfünfzig", "4,2 Milliarden"). */
export function readNumberValues(text: string, lang: string): NumberValue[] {
  const cjk = cjkLexicon(lang);
  if (cjk) {
    return readCjkFigures(text, cjk).flatMap((figure) => {
      const values = figure.value !== undefined ? [figure.value] : [figure.min, figure.max].filter((v): v is number => v !== undefined);
      return values.map((value) => ({ start: figure.start, end: figure.end, text: figure.text, value, glued: false, ordinal: figure.kind === 'ordinal' }));
    });
  }
  const lexicon = lexiconOf(lang);
  if (!lexicon) return [];
  const tokens = tokenize(text, lang);
  return readNumbers(tokens, lexicon).map((reading: NumberReading) => {
    const start = tokens[reading.from]!.start;
    const end = tokens[reading.to - 1]!.end;
    return { start, end, text: text.slice(start, end), value: reading.value, glued: reading.glued !== undefined, ordinal: reading.ordinal };
  });
}
