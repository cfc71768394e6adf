// Numbers written with digits, in any script (Devanagari ०–९, full-width ０–９ …), read by
// the separators of the text's language. A form another convention would read differently
// ("1.000" in English, "1,000" in German, "1.111,11" in English) is read as written and
// marked ambiguous with the reason: no figure is guessed silently.

import type { NumberToken } from './types.js';
import { separatorsOf, SPACE_GROUPS } from './separators.js';
import { wordData } from './languages.js';
import { opaqueSpans } from './opaque.js';

/** A digit run with what touches it; the readers above decide whether it is a number. */
export interface DigitRun extends NumberToken {
  /** Digits glued to a letter on the left ("A4", "t0", "SCP-173" through its hyphen). */
  identifier: boolean;
  /** Text of letters glued on the right ("180ml" → "ml", "4th" → "th"), or ''. */
  suffix: string;
}

/** Zero code points of the decimal digit blocks in the BMP (\p{Nd} runs of ten). */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
  0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
  0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** Each UTF-16 code unit's digit value, -1 for no digit: looked up for every character of a text. */
const DIGIT_VALUES = new Int8Array(0x10000).fill(-1);
for (const zero of DIGIT_ZEROS) for (let k = 0; k <= 9; k++) DIGIT_VALUES[zero + k] = k;

/** Value 0–9 of a decimal digit of any script, or -1. */
export function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return Number.isNaN(code) ? -1 : DIGIT_VALUES[code]!;
}

/** Whether the text has a decimal digit of any script (a code unit `digitValue` reads). */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (DIGIT_VALUES[text.charCodeAt(i)]! >= 0) return true;
  return false;
}

/** The text with every digit replaced by its ASCII digit: same length, same offsets. */
export function asciiDigits(text: string): string {
  // Most texts have no digit of another script: then the text is its own ASCII form.
  let foreign = false;
  for (let i = 0; i < text.length && !foreign; i++) {
    const code = text.charCodeAt(i);
    foreign = code >= 0x660 && digitValue(text[i]!) >= 0;
  }
  if (!foreign) return text;
  let out = '';
  for (const ch of text) {
    const value = ch.length === 1 ? digitValue(ch) : -1;
    out += value >= 0 ? String(value) : ch;
  }
  return out;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACE_CLASS = '[ \\u00a0\\u202f\\u2009]';
const LETTER = /\p{L}/u;

interface Patterns {
  localeGrouped: RegExp;
  spaceGrouped: RegExp;
  apostropheGrouped: RegExp;
  indian: RegExp | undefined;
  plain: RegExp;
  foreignGrouped: RegExp;
  foreignDecimal: RegExp;
  leadingDecimal: RegExp;
  integer: RegExp;
  decimal: string;
  foreign: { group: string; decimal: string; groupedDecimal: string };
}

const patternCache = new Map<string, Patterns>();

function patternsOf(lang: string): Patterns {
  const cached = patternCache.get(lang);
  if (cached) return cached;
  const { group, decimal } = separatorsOf(lang);
  const G = SPACE_GROUPS.has(group) ? SPACE_CLASS : escape(group);
  const D = escape(decimal);
  // The other convention: "." and "," swap roles; with a space-like group (fr, ru, fi) a dot
  // is the stranger and can be either.
  const other = decimal === ',' ? '.' : ',';
  const foreignGroup = SPACE_GROUPS.has(group) ? '.' : decimal;
  const foreignDecimal = SPACE_GROUPS.has(group) ? '.' : group;
  const foreign = { group: foreignGroup, decimal: foreignDecimal, groupedDecimal: other === foreignGroup ? decimal : other };
  const FG = escape(foreign.group);
  const FD = escape(foreign.decimal);
  // A separator followed by a digit would continue the number: a token may not stop there.
  const open = `(?![.,'’]\\d)(?!\\d)`;
  const sticky = (source: string) => new RegExp(source, 'y');
  const patterns: Patterns = {
    localeGrouped: sticky(`\\d{1,3}(?:${G}\\d{3})+(?:${D}\\d+)?${open}`),
    spaceGrouped: sticky(`\\d{1,3}(${SPACE_CLASS})\\d{3}(?:\\1\\d{3})*(?:${D}\\d+)?${open}`),
    apostropheGrouped: sticky(`\\d{1,3}(?:['’]\\d{3})+(?:${D}\\d+)?${open}`),
    indian: wordData(lang)?.numbers.indianGrouping ? sticky(`\\d{1,2}(?:${G}\\d{2})+${G}\\d{3}(?:${D}\\d+)?${open}`) : undefined,
    plain: sticky(`\\d+(?:${D}\\d+)?${open}`),
    foreignGrouped: sticky(`\\d{1,3}(?:${FG}\\d{3})+(?:${escape(foreign.groupedDecimal)}\\d+)?${open}`),
    foreignDecimal: sticky(`\\d+${FD}\\d+${open}`),
    leadingDecimal: sticky(`${D}\\d+${open}`),
    integer: /\d+/y,
    decimal,
    foreign,
  };
  patternCache.set(lang, patterns);
  return patterns;
}

/** Sticky patterns match exactly at `at` or not at all. */
function match(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Split a matched numeral into integer and fraction digits, given its decimal mark. */
function valueOf(numeral: string, decimalMark: string | undefined): { value: number; decimals: number } {
  let intPart = numeral;
  let fraction = '';
  if (decimalMark !== undefined) {
    const at = numeral.lastIndexOf(decimalMark);
    if (at !== -1) {
      intPart = numeral.slice(0, at);
      fraction = numeral.slice(at + 1);
    }
  }
  const digits = intPart.replace(/\D/g, '') || '0';
  return { value: Number(`${digits}.${fraction || '0'}`), decimals: fraction.length };
}

/** Every digit run of the text, read as one language reads it. */
export function scanDigitRuns(text: string, lang: string): DigitRun[] {
  // A run starts at a digit (of any script: asciiDigits makes it ASCII): none, no run.
  if (!hasDigit(text)) return [];
  const ascii = asciiDigits(text);
  const p = patternsOf(lang);
  const runs: DigitRun[] = [];
  const opaque = opaqueSpans(text);
  let i = 0;
  // Only a digit or the decimal mark (".5") can start a run: everything else is skipped fast.
  const decimalCode = p.decimal.length === 1 ? p.decimal.charCodeAt(0) : -1;
  while (i < ascii.length) {
    const inside = opaque.length === 0 ? undefined : opaque.find((span) => i >= span.start && i < span.end);
    if (inside) {
      i = inside.end;
      continue;
    }
    const code = ascii.charCodeAt(i);
    if ((code < 0x30 || code > 0x39) && code !== decimalCode) {
      i++;
      continue;
    }
    const ch = ascii[i] ?? '';
    const isDigit = ch >= '0' && ch <= '9';
    const before = i > 0 ? ascii[i - 1] ?? '' : '';
    const leading = ch === p.decimal && /\d/.test(ascii[i + 1] ?? '') && (before === '' || /[\s([]/.test(before));
    if (!isDigit && !leading) {
      i++;
      continue;
    }
    if (isDigit && /\d/.test(before)) {
      i++;
      continue;
    }
    const run = readRun(ascii, i, p, lang);
    runs.push(finish(text, ascii, run));
    i = run.end;
    // Separators that fit no convention split the whole run into integers ("192.168.1.2").
    if (run.split) {
      while (/[.,'’]/.test(ascii[i] ?? '') && /\d/.test(ascii[i + 1] ?? '')) {
        const integer = /\d+/y;
        integer.lastIndex = i + 1;
        const digits = integer.exec(ascii)?.[0] ?? '';
        runs.push(finish(text, ascii, { start: i + 1, end: i + 1 + digits.length, value: Number(digits), decimals: 0, grouped: false }));
        i += 1 + digits.length;
      }
    }
  }
  return runs;
}

interface RawRun {
  start: number;
  end: number;
  value: number;
  decimals: number;
  grouped: boolean;
  ambiguous?: string;
  split?: boolean;
}

function readRun(ascii: string, at: number, p: Patterns, lang: string): RawRun {
  const { group, decimal } = separatorsOf(lang);
  const tryForm = (pattern: RegExp | undefined, decimalMark: string | undefined, grouped: boolean) => {
    if (!pattern) return undefined;
    const numeral = match(pattern, ascii, at);
    if (!numeral) return undefined;
    return { numeral, ...valueOf(numeral, decimalMark), grouped };
  };
  const leading = tryForm(p.leadingDecimal, decimal, false);
  if (leading) return { start: at, end: at + leading.numeral.length, value: leading.value, decimals: leading.decimals, grouped: false };
  // "0.683" is no grouped 683: a leading group of zero is a decimal of the other convention.
  const zeroHead = /^0[.,'’ \u00a0\u202f\u2009]/.test(ascii.slice(at, at + 2));
  const native = zeroHead
    ? undefined
    : tryForm(p.indian, decimal, true) ??
    tryForm(p.localeGrouped, decimal, true) ??
    tryForm(p.spaceGrouped, decimal, true) ??
    tryForm(p.apostropheGrouped, decimal, true);
  if (native) return { start: at, end: at + native.numeral.length, value: native.value, decimals: native.decimals, grouped: true };
  const plain = tryForm(p.plain, decimal, false);
  if (plain) {
    const raw: RawRun = { start: at, end: at + plain.numeral.length, value: plain.value, decimals: plain.decimals, grouped: false };
    const intDigits = plain.numeral.slice(0, plain.numeral.length - plain.decimals - (plain.decimals ? 1 : 0));
    // "4,800" in German, "1.000" in English: three decimals after a short non-zero integer is
    // how the other convention writes thousands.
    if (plain.decimals === 3 && intDigits.length <= 3 && !/^0+$/.test(intDigits)) {
      const alt = Number(plain.numeral.replace(/\D/g, ''));
      raw.ambiguous = `\`${plain.numeral}\` reads as ${plain.value} in ${lang} (\`${decimal}\` is the decimal mark); written with \`${decimal}\` as a group separator it would be ${alt}`;
    }
    return raw;
  }
  const foreignGrouped = tryForm(p.foreignGrouped, p.foreign.groupedDecimal, true);
  if (foreignGrouped) {
    return {
      start: at, end: at + foreignGrouped.numeral.length, value: foreignGrouped.value, decimals: foreignGrouped.decimals, grouped: true,
      ambiguous: `\`${foreignGrouped.numeral}\` is grouped with \`${p.foreign.group}\`, which ${lang} uses as ${p.foreign.group === decimal ? 'the decimal mark' : 'no separator'} (${lang} groups with \`${group}\`); read as ${foreignGrouped.value}`,
    };
  }
  const foreignDecimal = tryForm(p.foreignDecimal, p.foreign.decimal, false);
  if (foreignDecimal) {
    return {
      start: at, end: at + foreignDecimal.numeral.length, value: foreignDecimal.value, decimals: foreignDecimal.decimals, grouped: false,
      ambiguous: `\`${foreignDecimal.numeral}\` has \`${p.foreign.decimal}\` as a decimal mark, but ${lang} writes decimals with \`${decimal}\`; read as ${foreignDecimal.value}`,
    };
  }
  // Separators that fit no convention ("22,24,26,31", "192.168.1.2"): each digit group alone.
  const integer = match(p.integer, ascii, at) ?? ascii[at] ?? '0';
  return { start: at, end: at + integer.length, value: Number(integer), decimals: 0, grouped: false, split: true };
}

/** Sign, percent sign, year flag and what touches the run. */
function finish(text: string, ascii: string, raw: RawRun): DigitRun {
  let { start, end, value } = raw;
  const left = text[start - 1] ?? '';
  const leftOfLeft = text[start - 2] ?? '';
  // "COVID-19", "scp2-173": the word before the hyphen starts with a letter. "5k-20k" is a range.
  const wordBefore = /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, start - 24), start - 1))?.[0] ?? '';
  // "36x24 mm", a relay "4х100 м" (Cyrillic х): a multiplication sign between digits, no identifier.
  const times = /[xXхХ]/u.test(left) && /\p{Nd}/u.test(leftOfLeft);
  const identifier = (LETTER.test(left) && !times) || (/[-‐]/.test(left) && LETTER.test(wordBefore[0] ?? ''));
  // A minus directly attached, not a hyphen between words or numbers ("2022-2023", "SCP-173").
  // "75 -300mm": after a number the dash joins two numbers even with a space before it.
  const previous = /\S(?=\s*$)/u.exec(text.slice(Math.max(0, start - 12), start - 1))?.[0] ?? '';
  if ((left === '-' || left === '−') && !/[\p{L}\p{N})\]]/u.test(leftOfLeft) && !/\p{N}/u.test(previous)) {
    start -= 1;
    value = -value;
  }
  let percent = false;
  let after = end;
  if (SPACE_GROUPS.has(ascii[after] ?? '')) after++;
  if (ascii[after] === '%' || ascii[after] === '％') {
    percent = true;
    end = after + 1;
  }
  const suffix = percent ? '' : /^\p{L}+/u.exec(text.slice(end))?.[0] ?? '';
  const year = raw.decimals === 0 && !raw.grouped && !percent && value >= 1900 && value <= 2100 && raw.end - raw.start === 4;
  const token: DigitRun = {
    start, end, text: text.slice(start, end), value, decimals: raw.decimals, grouped: raw.grouped, year, percent, identifier, suffix,
  };
  if (raw.ambiguous) token.ambiguous = raw.ambiguous;
  return token;
}

/** The public numbers-with-digits view: identifiers such as "A4" or "COVID-19" are not figures. */
export function scanDigitNumbers(text: string, lang: string): NumberToken[] {
  return scanDigitRuns(text, lang)
    .filter((run) => !run.identifier)
    .map(({ identifier: _identifier, suffix: _suffix, ...token }) => token);
}
