// Numbers built from numbers: a sign ("负三十二", "マイナス5", "-10000"), fractions written
// denominator first ("三分之一", "3分の2"), per-hundred and per-thousand forms ("百分之二十六" =
// 26 %, "千分之二点四" = 0.24 %), mixed numbers ("一又二分之一", "1と2分の1", "1 3/5") and slash
// fractions ("3/5").

import { readNumeral, type Numeral, type Source } from './cjk-numeral.js';
import { isDigit, isLatin, matchAt, skipSpaces } from './cjk-text.js';

export interface NumberReading extends Numeral {
  negative: boolean;
  /** The value is a ratio ("三分之一" = 0.333…). */
  fraction: boolean;
  /** Written as a per-hundred ("百分之二十六"): the value is already in percent. */
  perHundred: boolean;
}

/** Per-hundred, per-thousand and per-ten-thousand denominators written without a digit. */
const PER_DENOMINATORS = new Set([100, 1000, 10000]);

function isNumeralChar(src: Source, i: number): boolean {
  const ch = src.text[i];
  if (ch === undefined) return false;
  return isDigit(src.norm[i]) || src.lex.digits[ch] !== undefined || src.lex.units[ch] !== undefined || src.lex.scales[ch] !== undefined;
}

/** A sign, then a numeral. */
export function readSigned(src: Source, pos: number): NumberReading | undefined {
  const { text, norm, lex } = src;
  let at = pos;
  let negative = false;
  for (const word of lex.minus) {
    if (text.startsWith(word, pos)) {
      at = pos + word.length;
      negative = true;
      break;
    }
  }
  if (!negative && norm[pos] === '-') {
    // A dash after a number is a range or a phone number, not a sign ("2022-2023").
    let back = pos;
    while (back > 0 && (text[back - 1] === ' ' || text[back - 1] === '\u3000')) back--;
    const prev = norm[back - 1];
    if (prev === '-' || prev === '+' || isLatin(prev) || isNumeralChar(src, back - 1) || norm[pos + 1] === '-') return undefined;
    at = pos + 1;
    negative = true;
  }
  const numeral = readNumeral(src, at);
  if (!numeral) return undefined;
  return {
    ...numeral,
    start: pos,
    value: negative ? -numeral.value : numeral.value,
    ...(numeral.pairMax !== undefined ? { pairMax: negative ? -numeral.pairMax : numeral.pairMax } : {}),
    negative,
    fraction: false,
    perHundred: false,
  };
}

/** "A分之B" after the denominator `den`. */
function readFractionAfter(src: Source, den: NumberReading): NumberReading | undefined {
  if (den.fraction || den.value === 0) return undefined;
  for (const marker of src.lex.fractionMarkers) {
    const end = matchAt(src.text, skipSpaces(src.text, den.end), marker, true);
    if (end < 0) continue;
    const num = readSigned(src, skipSpaces(src.text, end));
    if (!num) continue;
    const { pairMax: _vague, ...rest } = num;
    const base = { ...rest, start: den.start, negative: den.negative || num.negative };
    if (den.bareUnit && !den.negative && PER_DENOMINATORS.has(den.value)) {
      // 百分之 is the Chinese way to write a percent; 千分之/万分之 are read as percent too
      const places = Math.round(Math.log10(den.value)) - 2;
      return { ...base, value: (num.value * 100) / den.value, decimals: num.decimals + places, perHundred: true, fraction: false };
    }
    return { ...base, value: num.value / den.value, decimals: 0, fraction: true, perHundred: false, scaled: true };
  }
  return undefined;
}

/** "3/5": both plain integers. */
function readSlashAfter(src: Source, num: NumberReading): NumberReading | undefined {
  const { norm } = src;
  if (norm[num.end] !== '/' || !num.plain || norm[num.start - 1] === '/') return undefined;
  const den = readSigned(src, num.end + 1);
  if (!den || !den.plain || den.value === 0 || den.negative) return undefined;
  // "2024/7/26" is a date, read elsewhere
  if (norm[den.end] === '/' && isDigit(norm[den.end + 1])) return undefined;
  return { ...num, end: den.end, value: num.value / den.value, decimals: 0, fraction: true, plain: false, scaled: true };
}

/** The whole written number at `pos`, or undefined. */
export function readNumber(src: Source, pos: number): NumberReading | undefined {
  const first = readSigned(src, pos);
  if (!first) return undefined;
  const fraction = readFractionAfter(src, first) ?? readSlashAfter(src, first);
  if (fraction) return fraction;
  if (first.fraction || first.decimals > 0 || !Number.isInteger(first.value)) return first;
  // a whole number and a fraction: "一又二分之一", "1と2分の1", "1 3/5"
  const joiners = [...src.lex.mixedFractionJoiners, ''];
  for (const joiner of joiners) {
    let at = skipSpaces(src.text, first.end);
    if (joiner) {
      const end = matchAt(src.text, at, joiner);
      if (end < 0) continue;
      at = skipSpaces(src.text, end);
    } else if (at === first.end) continue;
    const part = readSigned(src, at);
    if (!part || part.negative) continue;
    const tail = readFractionAfter(src, part) ?? readSlashAfter(src, part);
    if (!tail || !tail.fraction || (joiner === '' && !first.plain)) continue;
    const whole = Math.abs(first.value) + tail.value;
    return { ...tail, start: first.start, value: first.negative ? -whole : whole, negative: first.negative, digits: first.digits || tail.digits, kanji: first.kanji || tail.kanji };
  }
  return first;
}
