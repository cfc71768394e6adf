// The figures stage: read figures as a native reader of the text's language reads them.
//   readFigures      every figure (number, quantity, percent, money, range, date, year,
//                    ordinal) with value, unit, qualifier and span;
//   scanNumbers      every number written with digits, exact about spans, for placeholders;
//   readNumberValues every number expression (digits or words), the number level below figures;
//   extractArticleFigures  the article stage: figures of every segment, ids, positions, warnings.
// Languages whose pack says `reader: 'cjk'` (Chinese, Japanese) are read by cjk.ts; every other
// language by the lexicon-driven reader.

import { composeFigures } from './compose.js';
import { CURRENCIES, familyMembers } from './currencies.js';
import { markDoubts } from './confidence.js';
import { readCjkFigures, scanCjkNumbers } from './cjk.js';
import { asciiDigits, scanDigitNumbers } from './digits.js';
import { lexiconOf, type Lexicon } from './lexicon.js';
import { fold } from './fold.js';
import { readNumbers, type NumberReading } from './numbers.js';
import { numbersInCodes } from './opaque.js';
import { tokenize, type Token } from './tokens.js';
import { findPack } from '../lang/index.js';
import type { CjkLexicon } from './cjk-lexicon.js';
import type { Qualifier } from '../article/types.js';
import type { FigureReading, NumberToken, ReadOptions } from './types.js';

export type { FigureReading, NumberToken, ReadOptions } from './types.js';
export { extractArticleFigures } from './article.js';
export { inBaseUnit, unitIdOf, unitName, UNITS } from './units.js';
export { currencyName, CURRENCIES, sameCurrency } from './currencies.js';
export { afterRankWord } from './confidence.js';

/** The CJK lexicon of a language read by the CJK reader, else undefined. */
function cjkLexicon(lang: string): CjkLexicon | undefined {
  const figures = findPack(lang)?.figures;
  return figures?.reader === 'cjk' ? figures.lexicon : undefined;
}

/** Every figure in `text`, in text order, without overlaps; offsets are into `text`. */
export function readFigures(text: string, lang: string, options: ReadOptions = {}): FigureReading[] {
  const cjk = cjkLexicon(lang);
  if (cjk) return markDoubts(text, readCjkFigures(text, cjk, options), lang);
  const lexicon = lexiconOf(lang);
  if (!lexicon) return [];
  return markDoubts(text, composeFigures(text, tokenize(text, lang), lexicon, options), lang);
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
    for (const reading of readCjkFigures(text, cjk, { monthsAlone: true })) {
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

/**
 * Whether nothing that could name what a number counts follows it at `end`: the end of the text,
 * a punctuation mark, or a stop word of the language ("Nicholas Alden, 25,", "aged 64 and",
 * "the age of 70 in"). Languages written without spaces: only the end or a punctuation mark.
 */
export function nothingCountedAfter(text: string, lang: string, end: number): boolean {
  const after = text.slice(end);
  if (/^\s*(?:$|[,.;:!?)\]»«"”“'’、。，；：！？）])/u.test(after)) return true;
  const lexicon = lexiconOf(lang);
  const word = /^\s+([\p{L}\p{M}]+)/u.exec(after)?.[1];
  return lexicon !== undefined && word !== undefined && lexicon.stopWords.has(fold(word, lang));
}

/**
 * Every number expression, digits or words ("zweihundertsechsundfünfzig", "4,2 Milliarden").
 * Numbers inside codes (the digit groups of "+1-222-2222", a list mark "(1)", a quoted "18") hold
 * no figure and are not read, unless `inCodes` asks for the number level as such (how a number
 * recognizer counts them).
 */
export function readNumberValues(text: string, lang: string, options: { inCodes?: boolean } = {}): NumberValue[] {
  const read = readPlainNumberValues(text, lang);
  if (!options.inCodes) return read;
  const { groups, quoted } = numbersInCodes(text);
  if (groups.length === 0 && quoted.length === 0) return read;
  const coded: NumberValue[] = groups.map(({ start, end }) => ({ start, end, text: text.slice(start, end), value: Number(asciiDigits(text.slice(start, end))), glued: false, ordinal: false }));
  for (const { start, end } of quoted) {
    for (const inner of readPlainNumberValues(text.slice(start, end), lang)) coded.push({ ...inner, start: start + inner.start, end: start + inner.end });
  }
  return [...read, ...coded].sort((a, b) => a.start - b.start);
}

function readPlainNumberValues(text: string, lang: string): NumberValue[] {
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

/** The stems per language and value: `tracesValue` asks for them once per lost figure, on QA's hot path. */
const stemCache = new Map<string, string[]>();

/** The words of a language for `value` that may begin a longer word: its number words and their stems, "how many times" words, ordinals (at least three letters). */
function stemsOf(lang: string, value: number): string[] {
  const key = `${lang}:${value}`;
  const known = stemCache.get(key);
  if (known) return known;
  const data = lexiconOf(lang)?.data;
  const tables = data ? [data.words, data.multiples ?? {}, data.ordinals ?? {}, data.morphemes ?? {}] : [];
  const stems = tables.flatMap((table) => Object.entries(table).filter(([, v]) => v === value).map(([word]) => fold(word.replace(/\*$/u, ''), lang))).filter((stem) => [...stem].length >= 3);
  if (stemCache.size >= 10_000) stemCache.clear(); // values are open-ended: keep the cache bounded
  stemCache.set(key, stems);
  return stems;
}

/**
 * What `tracesValue` reads of a text, kept for the last few texts asked about: QA asks about every
 * lost figure of one translation in turn (a sentence of 100 figures read 100 times over).
 */
interface TextRead {
  numbers: NumberValue[];
  words?: Token[];
}

const recentReads = new Map<string, Map<string, TextRead>>();
let recentCount = 0;

function readFor(text: string, lang: string): TextRead {
  let byText = recentReads.get(lang);
  const known = byText?.get(text);
  if (known) return known;
  // A few texts at a time (a translation and its words in other scripts), then forgotten.
  if (recentCount >= 16) {
    recentReads.clear();
    recentCount = 0;
    byText = undefined;
  }
  if (!byText) recentReads.set(lang, (byText = new Map<string, TextRead>()));
  const read: TextRead = { numbers: readNumberValues(text, lang) };
  byText.set(text, read);
  recentCount++;
  return read;
}

/**
 * Whether a text shows any trace of a number: a reading of it, or a word that begins with one
 * of the language's words for it ("Троецарствие": трое, "dreistöckig", "两代", "五连败"). A
 * figure the text lacks without any trace is certainly gone; one that may sit inside a
 * compound or a word the reader does not count is not. Spans in `except` (figures already
 * accounted for) are passed over.
 */
export function tracesValue(text: string, lang: string, value: number, except: ReadonlyArray<{ start: number; end: number }> = []): boolean {
  const free = (start: number, end: number) => !except.some((span) => start < span.end && end > span.start);
  const read = readFor(text, lang);
  if (read.numbers.some((number) => number.value === value && free(number.start, number.end))) return true;
  const cjk = cjkLexicon(lang);
  if (cjk) {
    const digits = Object.entries(cjk.digits).filter(([, v]) => v === value).map(([digit]) => digit);
    for (const digit of digits) for (let at = text.indexOf(digit); at >= 0; at = text.indexOf(digit, at + 1)) if (free(at, at + digit.length)) return true;
    return false;
  }
  const stems = stemsOf(lang, value);
  return (read.words ??= tokenize(text, lang, [])).some((token) => token.kind === 'word' && free(token.start, token.end) && stems.some((stem) => token.key.startsWith(stem)));
}

/**
 * The most items a text lists in a row: "solid, liquid, gas and plasma" (4), "Beijing,
 * Shanghai and Shenzhen" (3), "Berlin und Paris" (2: two names need no comma), 北京、上海、深圳
 * (3). Items are up to four words, joined by commas and, before the last, the language's word
 * for "and" (its range `and`: "zwischen 3 und 5"). A translation may name the items of a count
 * instead of counting them ("die drei Städte").
 */
export function itemsListed(text: string, lang: string): number {
  if (findPack(lang)?.qa.unspaced) {
    const runs = text.match(/[^、，,。；;：:！？!?\s]+(?:、[^、，,。；;：:！？!?\s]+)+/gu) ?? [];
    return Math.max(0, ...runs.map((run) => run.split('、').length));
  }
  const data = lexiconOf(lang)?.data;
  if (!data) return 0;
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const and = `(?:${[...data.range.and, ...data.connectors].map(escape).join('|') || '(?!)'})`;
  const word = "[\\p{L}\\p{M}'’-]+";
  const item = `${word}(?:\\s+${word}){0,3}`;
  const name = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*)*";
  let most = 0;
  const count = (pattern: string, joint: RegExp) => {
    for (const match of text.matchAll(new RegExp(pattern, 'gu'))) most = Math.max(most, match[0].split(joint).length);
  };
  count(`${item}(?:\\s*,\\s*${item})+\\s*,?\\s+${and}\\s+${item}`, new RegExp(`\\s*,\\s*(?:${and}\\s+)?|\\s+${and}\\s+`, 'u'));
  count(`(?<![\\p{L}\\p{M}])${name}\\s+${and}\\s+${name}`, new RegExp(`\\s+${and}\\s+`, 'u'));
  return most;
}

export interface Magnitude {
  start: number;
  end: number;
  text: string;
  /** The order named: 1000 for "thousands", 100 000 for "hundreds of thousands". */
  value: number;
  /** The currency right after it ("tens of billions of dollars", "десятки миллиардов евро", 数千万美元). */
  currency?: string;
  /** Every currency the word may name when it names a family ("dollars"), `currency` first. */
  currencyFamily?: readonly string[];
}

/** The currency word written right after a vague amount, over a linker ("of", "de"): "billions of dollars". */
function magnitudeCurrency(tokens: readonly Token[], end: number, lexicon: Lexicon): Pick<Magnitude, 'currency' | 'currencyFamily'> {
  const linked = lexicon.magnitudeLinkers.has(tokens[end]?.key ?? '') || lexicon.scaleLinkers.match(tokens, end) ? (lexicon.scaleLinkers.match(tokens, end)?.end ?? end + 1) : end;
  for (const at of new Set([end, linked])) {
    const word = lexicon.currencyWords.match(tokens, at);
    if (!word || CURRENCIES[word.value]?.minor) continue;
    const family = lexicon.currencyFamilies.match(tokens, at);
    return { currency: word.value, ...(family?.end === word.end ? { currencyFamily: family.value } : {}) };
  }
  const symbol = lexicon.currencySymbols.match(tokens, end);
  return symbol ? { currency: symbol.value.code } : {};
}

/**
 * Amounts said only as an order of magnitude: "thousands of", „Hunderte“, "des milliers de",
 * "decine di migliaia" (the language's `magnitudes` words, chained by its `magnitudeLinkers`
 * or with a scale word: "сотни тысяч"), 数千, 几百万 (a vague prefix before numerals of
 * place). Not after a number: "3 millions", "drei Millionen" are figures.
 */
export function vagueMagnitudes(text: string, lang: string): Magnitude[] {
  const cjk = cjkLexicon(lang);
  if (cjk) return cjkMagnitudes(text, cjk);
  const lexicon = lexiconOf(lang);
  if (!lexicon || lexicon.data.magnitudes === undefined) return [];
  const tokens = tokenize(text, lang);
  const out: Magnitude[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "several million", "mehrere Millionen", "varios millones": a scale after a vague quantity word.
    const hit = lexicon.magnitudes.match(tokens, i) ?? (lexicon.vagueQuantities.matchBefore(tokens, i) ? lexicon.scales.match(tokens, i) : undefined);
    if (!hit) continue;
    const previous = tokens[i - 1];
    const counted = previous !== undefined && (previous.kind === 'num' || lexicon.words.matchBefore(tokens, i) !== undefined || lexicon.scales.matchBefore(tokens, i) !== undefined);
    let value = hit.value;
    let end = hit.end;
    for (;;) {
      const linked = lexicon.magnitudeLinkers.has(tokens[end]?.key ?? '') ? end + 1 : end;
      const next = lexicon.magnitudes.match(tokens, linked) ?? lexicon.scales.match(tokens, linked);
      if (!next) break;
      value *= next.value;
      end = next.end;
    }
    if (!counted) out.push({ start: tokens[i]!.start, end: tokens[end - 1]!.end, text: text.slice(tokens[i]!.start, tokens[end - 1]!.end), value, ...magnitudeCurrency(tokens, end, lexicon) });
    i = end - 1;
  }
  return out;
}

/** 数千, 几百万, 何千: a vague prefix, then numerals of place (十 百 千) and scales (万 亿), multiplied. */
function cjkMagnitudes(text: string, cjk: CjkLexicon): Magnitude[] {
  const out: Magnitude[] = [];
  const prefixes = cjk.magnitudePrefixes ?? [];
  if (prefixes.length === 0) return out;
  const chars = [...text];
  let offset = 0;
  for (let i = 0; i < chars.length; offset += chars[i]!.length, i++) {
    if (!prefixes.includes(chars[i]!)) continue;
    let value = 1;
    let j = i + 1;
    let end = offset + chars[i]!.length;
    while (j < chars.length && (cjk.units[chars[j]!] !== undefined || cjk.scales[chars[j]!] !== undefined)) {
      value *= cjk.units[chars[j]!] ?? cjk.scales[chars[j]!]!;
      end += chars[j]!.length;
      j++;
    }
    if (value > 1) {
      // 数千万美元: the currency written right after
      const after = text.slice(end);
      const currency = (cjk.currenciesAfter ?? []).filter((word) => word.code !== undefined && after.startsWith(word.text)).sort((a, b) => b.text.length - a.text.length)[0];
      const family = currency?.family === undefined ? undefined : typeof currency.family === 'string' ? [currency.family] : currency.family;
      out.push({ start: offset, end, text: text.slice(offset, end), value, ...(currency?.code ? { currency: currency.code, ...(family ? { currencyFamily: familyMembers(currency.code, family) } : {}) } : {}) });
    }
  }
  return out;
}

const QUALIFIER_STEMS = new Map<string, Map<string, QualifierStem>>();

/**
 * The head words of a language's qualifiers (the one word of four letters or more of a phrase
 * that is no article or stop word, folded, stems without their `*`), each with the
 * qualifiers of the phrases it comes from and how far a word may go on after it: "about"
 * (approx), "least" (of "at least": min), "ungefähr", "mindestens". A form of one of these near
 * a figure the reader took as exact is a qualifier it may not have read ("einer ungefähren
 * Geschwindigkeit von 17.500").
 */
interface QualifierStem {
  qualifiers: Set<Qualifier>;
  /** Letters a word may have after the head: any after a stem (`ungefähr*`); an inflection's few after a word of five letters or more ("ungefähren"); none after a shorter one, which begins too many other words ("près" is not "présent", "rund" not "Rundgang"). */
  ending: number;
}

/** Letters of an inflection that a word may add to a qualifier word of five letters or more. */
const QUALIFIER_ENDING = 3;

function qualifierStems(lang: string): Map<string, QualifierStem> {
  let stems = QUALIFIER_STEMS.get(lang);
  if (stems) return stems;
  stems = new Map();
  const data = lexiconOf(lang)?.data;
  const phrases: Array<[string, Qualifier]> = data ? [...Object.entries(data.qualifiers), ...Object.entries(data.postQualifiers)] : [];
  // Small words say nothing of their own ("γύρω στους": στους is "to the").
  const small = new Set([...(data?.articles ?? []), ...(data?.stopWords ?? [])].map((word) => fold(word, lang)));
  for (const [phrase, qualifier] of phrases) {
    const words = phrase.split(/\s+/u).map((word) => ({ word: fold(word.replace(/\*/gu, ''), lang), stem: word.endsWith('*') })).filter(({ word }) => [...word].length >= 4 && /\p{L}/u.test(word) && !small.has(word));
    // One word of its own: a phrase of several ("nicht weniger als", "give or take", "in the
    // region of" has one) is read whole by the reader, and its first word alone says nothing.
    const head = words.length === 1 ? words[0] : undefined;
    if (!head) continue;
    // A word that is the whole phrase may be inflected ("ungefähren"); one from a longer phrase
    // ("least" of "at least", "region" of "in the region of") is taken as written ("regions" is no qualifier).
    const whole = phrase.trim().split(/\s+/u).length === 1;
    const ending = head.stem ? Infinity : whole && [...head.word].length >= 5 ? QUALIFIER_ENDING : 0;
    const entry = stems.get(head.word) ?? { qualifiers: new Set<Qualifier>(), ending };
    entry.qualifiers.add(qualifier);
    entry.ending = Math.max(entry.ending, ending);
    stems.set(head.word, entry);
  }
  QUALIFIER_STEMS.set(lang, stems);
  return stems;
}

/**
 * The qualifiers that may stand near the span [start, end) of `text` without having been read
 * with the figure there: one of the language's qualifier words or a form of one (qualifierStems) within
 * `window` words before or after it (the CJK reader: qualifier words within `window` characters),
 * outside the spans in `except` (other figures, which read their own qualifiers). Empty: none.
 */
export function qualifiersNear(text: string, lang: string, start: number, end: number, except: ReadonlyArray<{ start: number; end: number }> = [], window = 3): Set<Qualifier> {
  const found = new Set<Qualifier>();
  const free = (from: number, to: number) => !except.some((span) => from < span.end && to > span.start);
  const cjk = cjkLexicon(lang);
  if (cjk) {
    const from = Math.max(0, start - window - 2);
    const to = Math.min(text.length, end + window + 2);
    for (const word of [...cjk.qualifiersBefore, ...cjk.qualifiersAfter, ...cjk.qualifiersBeforeUnit]) {
      for (let at = text.indexOf(word.text, from); at >= 0 && at < to; at = text.indexOf(word.text, at + 1)) {
        const wordEnd = at + word.text.length;
        if ((wordEnd <= start || at >= end) && free(at, wordEnd)) found.add(word.qualifier);
      }
    }
    return found;
  }
  const stems = qualifierStems(lang);
  if (stems.size === 0) return found;
  const words = tokenize(text, lang, []).filter((token) => token.kind === 'word');
  const before = words.filter((token) => token.end <= start).slice(-window);
  const after = words.filter((token) => token.start >= end).slice(0, window);
  for (const token of [...before, ...after]) {
    if (!free(token.start, token.end)) continue;
    for (const [stem, { qualifiers, ending }] of stems) {
      if (token.key.startsWith(stem) && [...token.key].length - [...stem].length <= ending) for (const qualifier of qualifiers) found.add(qualifier);
    }
  }
  return found;
}
