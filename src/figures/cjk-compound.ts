// Numbers built from numbers: a sign ("负三十二", "マイナス5", "-10000"), fractions written
// denominator first ("三分之一", "3分の2"), per-hundred and per-thousand forms ("百分之二十六" =
// 26 %, "千分之二点四" = 0.24 %, "12/100"), mixed numbers ("一又二分之一", "1と2分の1", "1 3/5"),
// slash fractions ("3/5") and powers ("2^5", "1.1の23乗", "-127.32×10の13乗").

import { isNumeralOf, readNumeral, type Numeral } from './cjk-numeral.js';
import { isDigit, isLatin, matchAt, skipSpaces, type Source } from './cjk-text.js';

export interface NumberReading extends Numeral {
  negative: boolean;
  /** The value is a ratio ("三分之一" = 0.333…). */
  fraction: boolean;
  /** Written as a per-hundred ("百分之二十六"): the value is already in percent. */
  perHundred: boolean;
}

function isNumeralChar(src: Source, i: number): boolean {
  const ch = src.text[i];
  if (ch === undefined) return false;
  return isDigit(src.norm[i]) || isNumeralOf(src.lex, ch);
}

const withValue = (n: NumberReading, value: number, extra: Partial<NumberReading> = {}): NumberReading => {
  const { pairMax: _vague, ...rest } = n;
  return { ...rest, value, ...extra };
};

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

/** Scale characters alone, as a denominator ("万分之三", "万万分之七"). */
function readBareScales(src: Source, pos: number): NumberReading | undefined {
  let value = 1;
  let i = pos;
  for (let scale = src.lex.scales[src.text[i] ?? '']; scale !== undefined; scale = src.lex.scales[src.text[i] ?? '']) {
    value *= scale;
    i++;
  }
  if (i === pos) return undefined;
  return {
    start: pos, end: i, value, decimals: 0, grouped: false, digits: false, kanji: true, scaled: true, vague: false,
    positional: 0, plain: false, bareUnit: true, negative: false, fraction: false, perHundred: false,
  };
}

/** "A分之B" after the denominator `den`; `per`: a denominator without digits makes a percent. */
function readFractionAfter(src: Source, den: NumberReading, per: boolean): NumberReading | undefined {
  if (den.fraction || den.value === 0 || den.pairMax !== undefined) return undefined;
  for (const marker of src.lex.fractionMarkers) {
    const end = matchAt(src.text, skipSpaces(src.text, den.end, 6), marker, true);
    if (end < 0) continue;
    const num = readSigned(src, skipSpaces(src.text, end, 6));
    if (!num) continue;
    const negative = den.negative !== num.negative;
    if (per && den.bareUnit && !den.negative && den.value >= 100) {
      // 百分之 is how Chinese writes a percent; 千分之 and 万分之 are read as percent too
      const places = Math.round(Math.log10(den.value)) - 2;
      const pair = num.pairMax !== undefined ? { pairMax: (num.pairMax * 100) / den.value } : {};
      return { ...num, ...pair, start: den.start, value: (num.value * 100) / den.value, decimals: num.decimals + places, perHundred: true, negative };
    }
    return withValue(num, num.value / den.value, { start: den.start, decimals: 0, fraction: true, scaled: true, negative, plain: false });
  }
  return undefined;
}

/** "3/5": both plain integers; "/100" makes a percent ("12/100", "120.5/100"). */
function readSlashAfter(src: Source, num: NumberReading): NumberReading | undefined {
  const { norm } = src;
  if (norm[num.end] !== '/' || norm[num.start - 1] === '/' || !num.digits || num.kanji) return undefined;
  const den = readSigned(src, num.end + 1);
  if (!den || !den.plain || den.value === 0 || den.negative) return undefined;
  // "2024/7/26" is a date, read elsewhere
  if (norm[den.end] === '/' && isDigit(norm[den.end + 1])) return undefined;
  if (den.value === 100) return withValue(num, num.value, { end: den.end, perHundred: true, plain: false });
  if (!num.plain) return undefined;
  return withValue(num, num.value / den.value, { end: den.end, decimals: 0, fraction: true, plain: false, scaled: true });
}

/** An exponent: signs (as many as written, "−−23") then a number. */
function readExponent(src: Source, pos: number): { value: number; end: number } | undefined {
  let i = pos;
  let negative = false;
  for (;;) {
    const word = src.lex.minus.find((w) => src.text.startsWith(w, i));
    if (word) {
      negative = !negative;
      i += word.length;
    } else if (src.norm[i] === '-') {
      negative = !negative;
      i++;
    } else if (src.norm[i] === '+') i++;
    else break;
  }
  const n = readNumeral(src, i);
  if (!n || !Number.isInteger(n.value)) return undefined;
  return { value: negative ? -n.value : n.value, end: n.end };
}

/** "2^5", "1.1の23乗", "-127.32×10の13乗". */
function readPowerAfter(src: Source, base: NumberReading): NumberReading | undefined {
  const { norm, lex } = src;
  if (norm[base.end] === '^') {
    const exp = readExponent(src, base.end + 1);
    if (exp) return withValue(base, base.value ** exp.value, { end: exp.end, decimals: 0, plain: false, scaled: true });
  }
  // mantissa × 10の13乗
  for (const times of lex.times) {
    const at = matchAt(norm, base.end, times);
    const ten = at >= 0 ? readNumeral(src, at) : undefined;
    if (!ten) continue;
    const power = readPowerWords(src, ten.value, ten.end);
    if (power) return withValue(base, base.value * power.value, { end: power.end, decimals: 0, plain: false, scaled: true });
  }
  const power = readPowerWords(src, Math.abs(base.value), base.end);
  if (!power) return undefined;
  return withValue(base, base.negative ? -power.value : power.value, { end: power.end, decimals: 0, plain: false, scaled: true });
}

function readPowerWords(src: Source, base: number, pos: number): { value: number; end: number } | undefined {
  for (const { between, after } of src.lex.powers) {
    const at = matchAt(src.norm, pos, between);
    const exp = at >= 0 ? readExponent(src, at) : undefined;
    const end = exp ? matchAt(src.norm, exp.end, after) : -1;
    if (exp && end >= 0) return { value: base ** exp.value, end };
  }
  return undefined;
}

/** A number, or a fraction or power built on it. */
function readCompound(src: Source, first: NumberReading): NumberReading {
  const fraction = readFractionAfter(src, first, true) ?? readSlashAfter(src, first);
  if (fraction) return fraction;
  const power = readPowerAfter(src, first);
  if (power) return power;
  if (first.fraction || first.decimals > 0 || !Number.isInteger(first.value) || first.pairMax !== undefined) return first;
  // a whole number and a fraction: "一又二分之一", "1と2分の1", "1 3/5"
  for (const joiner of [...src.lex.mixedFractionJoiners, '']) {
    let at = skipSpaces(src.text, first.end);
    if (joiner) {
      const end = matchAt(src.text, at, joiner);
      if (end < 0) continue;
      at = skipSpaces(src.text, end);
    } else if (at === first.end || !first.plain) continue;
    const part = readSigned(src, at) ?? readBareScales(src, at);
    if (!part || part.negative) continue;
    const tail = readFractionAfter(src, part, false) ?? readSlashAfter(src, part);
    if (!tail || !tail.fraction) continue;
    const whole = Math.abs(first.value) + tail.value;
    return { ...tail, start: first.start, value: first.negative ? -whole : whole, negative: first.negative, digits: first.digits || tail.digits, kanji: first.kanji || tail.kanji };
  }
  return first;
}

/** The whole written number at `pos`, or undefined. */
export function readNumber(src: Source, pos: number): NumberReading | undefined {
  const first = readSigned(src, pos);
  if (!first) {
    const scales = readBareScales(src, pos);
    return scales ? readFractionAfter(src, scales, true) : undefined;
  }
  const number = readCompound(src, first);
  // a lone bound digit is an everyday word (陆地, 队伍, 收拾); it counts only next to a numeral
  const lone = number.end - number.start === 1 && src.lex.boundDigits.includes(src.text[number.start] ?? '');
  return lone ? undefined : number;
}
