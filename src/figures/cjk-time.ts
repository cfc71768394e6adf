// Clock times in Chinese and Japanese text: "上午10点30分", "午後5時30分", "17時半", "十点",
// "15:30". A time is read once, as kind `time` with a 24-hour value; the hour and minute
// numbers it is made of are no figures of their own. The words are data in each CJK language
// pack's `clock`.

import type { Numeral } from './cjk-numeral.js';
import { readNumeral } from './cjk-numeral.js';
import { isDigit, longestAt, longestBefore, skipSpaces, type Source } from './cjk-text.js';
import type { FigureReading } from './types.js';

const pad = (value: number) => String(value).padStart(2, '0');
const word = (list: readonly string[]) => list.map((text) => ({ text }));

function integer(numeral: Numeral | undefined, max: number): number | undefined {
  if (!numeral || numeral.decimals || numeral.grouped || numeral.vague || numeral.pairMax !== undefined) return undefined;
  return Number.isInteger(numeral.value) && numeral.value >= 0 && numeral.value <= max ? numeral.value : undefined;
}

/** An hour numeral at `at` ending at an hour mark, read as if the text stopped at the mark. */
function hourAt(src: Source, at: number): { numeral: Numeral; mark: { item: { text: string }; end: number } } | undefined {
  const marks = word(src.lex.clock.hours);
  for (let j = at + 1; j <= at + 6 && j < src.norm.length; j++) {
    const mark = longestAt(src.norm, j, marks);
    if (!mark) continue;
    const numeral = readNumeral({ ...src, text: src.text.slice(0, j), norm: src.norm.slice(0, j) }, at);
    return numeral && skipSpaces(src.norm, numeral.end) === j ? { numeral, mark } : undefined;
  }
  return undefined;
}

/** The clock time starting at `pos` (at a day part, or at the hour), or undefined. */
export function readCjkTime(src: Source, pos: number): FigureReading | undefined {
  const { clock } = src.lex;
  const text = src.norm;
  const dayPart = longestAt(text, pos, [...word(clock.am).map((w) => ({ ...w, pm: false })), ...word(clock.pm).map((w) => ({ ...w, pm: true }))]);
  const at = dayPart ? skipSpaces(text, dayPart.end) : pos;
  let hour: number | undefined;
  let minute = 0;
  let end: number;
  const colon = /^(\d{1,2}):(\d\d)(?![\d:])/.exec(text.slice(at, at + 6));
  if (colon && (at === 0 || !isDigit(text[at - 1]))) {
    hour = Number(colon[1]);
    minute = Number(colon[2]);
    if (hour > 24 || minute > 59) return undefined;
    end = at + colon[0].length;
  } else {
    // The hour mark may also be a decimal point ("十点半" is half past ten, not 10.5): read the
    // hour up to the first mark only.
    const found = hourAt(src, at);
    if (!found) return undefined;
    const { numeral, mark } = found;
    hour = integer(numeral, 24);
    if (hour === undefined) return undefined;
    end = mark.end;
    // "3时间" (ja 時間: hours), "5点钟头": durations.
    if (longestAt(text, end, word(clock.durationAfter))) return undefined;
    const half = longestAt(text, end, word(clock.half));
    if (half) {
      minute = 30;
      end = half.end;
    } else {
      const minutes = readNumeral(src, skipSpaces(text, end));
      const m = integer(minutes, 59);
      const minuteMark = minutes ? longestAt(text, skipSpaces(text, minutes.end), word(clock.minutes)) : undefined;
      if (m !== undefined && minutes && minuteMark) {
        minute = m;
        end = minuteMark.end;
      }
    }
    // "5点建议" (five proposals), "十时" in a list: an hour mark that also counts, or a numeral
    // hour alone, is a time only with its minutes or its day part.
    const counting = clock.countingHours.includes(mark.item.text);
    const approxed = longestBefore(text, at, word(clock.approxBefore)) !== undefined || longestAt(text, end, word(clock.approxAfter)) !== undefined;
    if (!dayPart && !approxed && end === mark.end && (counting || !numeral.digits)) return undefined;
  }
  if (dayPart?.item.pm && hour < 12) hour += 12;
  if (dayPart && !dayPart.item.pm && hour === 12) hour = 0;
  if (!dayPart && longestBefore(text, at, word(clock.notAfter))) return undefined;
  let start = dayPart ? pos : at;
  const core = { start, end };
  const before = longestBefore(text, start, word(clock.approxBefore));
  const after = longestAt(text, end, word(clock.approxAfter));
  const approx = before !== undefined || after !== undefined;
  if (before) start = before.start;
  if (after) end = after.end;
  const reading: FigureReading = { kind: 'time', time: `${pad(hour)}:${pad(minute)}`, qualifier: approx ? 'approx' : 'exact', start, end, text: src.text.slice(start, end) };
  if (!dayPart && hour >= 1 && hour <= 12) reading.halfUnknown = true;
  if (approx) {
    reading.qualifierText = [before?.item.text, after?.item.text].filter(Boolean).join(' … ');
    reading.core = core;
  }
  return reading;
}
