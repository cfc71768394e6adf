// Clock times in Chinese and Japanese text: "上午10点30分", "午後5時30分", "17時半", "十点",
// "15:30". A time is read once, as kind `time` with a 24-hour value; the hour and minute
// numbers it is made of are no figures of their own. The words are data in each CJK language
// pack's `clock`.

import { numeralStartsAt, readNumeral, type Numeral } from './cjk-numeral.js';
import { isDigit, longestAt, longestBefore, skipSpaces, type Source } from './cjk-text.js';
import type { FigureReading } from './types.js';

import type { CjkLexicon } from './cjk-lexicon.js';

const pad = (value: number) => String(value).padStart(2, '0');

type Word = { text: string };
type DayPart = Word & { pm: boolean };

/** The clock words of a lexicon as the matchers want them, built once per lexicon. */
interface ClockTables {
  dayParts: DayPart[];
  /** First characters of the day parts: a time can start there or at a numeral. */
  dayPartStarts: Set<string>;
  hours: Word[];
  minutes: Word[];
  half: Word[];
  approxBefore: Word[];
  approxAfter: Word[];
  durationAfter: Word[];
  notAfter: Word[];
  zones: Word[];
}

const tables = new WeakMap<CjkLexicon, ClockTables>();

function tablesOf(lex: CjkLexicon): ClockTables {
  let known = tables.get(lex);
  if (known) return known;
  const words = (list: readonly string[]) => list.map((text) => ({ text }));
  const { clock } = lex;
  const dayParts = [...clock.am.map((text) => ({ text, pm: false })), ...clock.pm.map((text) => ({ text, pm: true }))];
  known = {
    dayParts,
    dayPartStarts: new Set(dayParts.map((part) => part.text[0]!)),
    hours: words(clock.hours),
    minutes: words(clock.minutes),
    half: words(clock.half),
    approxBefore: words(clock.approxBefore),
    approxAfter: words(clock.approxAfter),
    durationAfter: words(clock.durationAfter),
    notAfter: words(clock.notAfter),
    zones: words(clock.zones),
  };
  tables.set(lex, known);
  return known;
}

function integer(numeral: Numeral | undefined, max: number): number | undefined {
  if (!numeral || numeral.decimals || numeral.grouped || numeral.vague || numeral.pairMax !== undefined) return undefined;
  return Number.isInteger(numeral.value) && numeral.value >= 0 && numeral.value <= max ? numeral.value : undefined;
}

/** An hour numeral at `at` ending at an hour mark, read as if the text stopped at the mark. */
function hourAt(src: Source, at: number, marks: readonly Word[]): { numeral: Numeral; mark: { item: Word; end: number } } | undefined {
  for (let j = at + 1; j <= at + 6 && j < src.norm.length; j++) {
    const mark = longestAt(src.norm, j, marks);
    if (!mark) continue;
    const numeral = readNumeral({ ...src, text: src.text.slice(0, j), norm: src.norm.slice(0, j) }, at);
    return numeral && skipSpaces(src.norm, numeral.end) === j ? { numeral, mark } : undefined;
  }
  return undefined;
}

/** "UTC 0230", "0230 GMT": four digits beside a time zone are hours and minutes. */
function zoneTime(src: Source, pos: number, zones: readonly Word[]): FigureReading | undefined {
  const text = src.norm;
  const zone = longestAt(text, pos, zones);
  const at = zone ? skipSpaces(text, zone.end, 1) : pos;
  if (isDigit(text[at - 1])) return undefined;
  const digits = /^([01]\d|2[0-3])([0-5]\d)(?!\d)/.exec(text.slice(at, at + 5));
  if (!digits) return undefined;
  let end = at + 4;
  if (!zone) {
    const after = longestAt(text, skipSpaces(text, end, 1), zones);
    if (!after) return undefined;
    end = after.end;
  }
  return { kind: 'time', time: `${digits[1]}:${digits[2]}`, qualifier: 'exact', start: pos, end, text: src.text.slice(pos, end) };
}

/** The clock time starting at `pos` (at a day part, or at the hour), or undefined. */
export function readCjkTime(src: Source, pos: number): FigureReading | undefined {
  const text = src.norm;
  const t = tablesOf(src.lex);
  const zoned = zoneTime(src, pos, t.zones);
  if (zoned) return zoned;
  if (!t.dayPartStarts.has(text[pos] ?? '') && !numeralStartsAt(src, pos)) return undefined;
  const dayPart = longestAt(text, pos, t.dayParts);
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
    const found = hourAt(src, at, t.hours);
    if (!found) return undefined;
    const { numeral, mark } = found;
    hour = integer(numeral, 24);
    if (hour === undefined) return undefined;
    end = mark.end;
    // "3时间" (ja 時間: hours), "5点钟头": durations.
    if (longestAt(text, end, t.durationAfter)) return undefined;
    const half = longestAt(text, end, t.half);
    if (half) {
      minute = 30;
      end = half.end;
    } else {
      const minutes = readNumeral(src, skipSpaces(text, end));
      const m = integer(minutes, 59);
      const minuteMark = minutes ? longestAt(text, skipSpaces(text, minutes.end), t.minutes) : undefined;
      if (m !== undefined && minutes && minuteMark) {
        minute = m;
        end = minuteMark.end;
      }
    }
    // "5点建议" (five proposals), "十时" in a list: an hour mark that also counts, or a numeral
    // hour alone, is a time only with its minutes or its day part.
    const counting = src.lex.clock.countingHours.includes(mark.item.text);
    const approxed = longestBefore(text, at, t.approxBefore) !== undefined || longestAt(text, skipSpaces(text, end), t.approxAfter) !== undefined;
    // "零点" is midnight whatever follows, unless it is a decimal ("零点五")
    const midnight = hour === 0 && !numeralStartsAt(src, end);
    if (!dayPart && !approxed && !midnight && end === mark.end && (counting || !numeral.digits)) return undefined;
  }
  if (dayPart?.item.pm && hour < 12) hour += 12;
  if (dayPart && !dayPart.item.pm && hour === 12) hour = 0;
  if (!dayPart && longestBefore(text, at, t.notAfter)) return undefined;
  let start = dayPart ? pos : at;
  const core = { start, end };
  const before = longestBefore(text, start, t.approxBefore);
  const after = longestAt(text, skipSpaces(text, end), t.approxAfter);
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
