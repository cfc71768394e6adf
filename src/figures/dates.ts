// Dates in running text, read with the language's month names: "26. Juli", "July 26, 2024",
// "26 de julio de 2024", "Juli 2017", "26.07.2024", "2024-07-26", and date ranges ("von
// Januar bis Juli 2017", "26. bis 30. Juli"). A date without a year takes the year of the
// article's date, or the year before when that would put it more than half a year after
// publication (news reports the past). Without a reference date the year stays unknown
// and the date is written as ISO 8601 allows: "--07-26".

import { resolveDate } from './cjk-date.js';
import { asciiDigits } from './digits.js';
import { rangeJoiner, type Lexicon } from './lexicon.js';
import type { NumberReading } from './numbers.js';
import type { Token } from './tokens.js';

export interface DateHit {
  from: number;
  to: number;
  date: string;
  endDate?: string;
  /** The year was taken from the reference date, not written. */
  yearInferred?: boolean;
  /** Month and year were taken from the reference date ("on the 27th"). */
  monthInferred?: boolean;
}

interface Parts {
  from: number;
  to: number;
  year?: number;
  month?: number;
  day?: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function dayAt(numbers: Map<number, NumberReading>, at: number): NumberReading | undefined {
  const num = numbers.get(at);
  if (!num || num.words || num.percent || num.grouped || num.scaled || num.fraction || num.glued) return undefined;
  if (!Number.isInteger(num.value) || num.value < 1 || num.value > 31 || num.decimals) return undefined;
  return num;
}

function yearAt(numbers: Map<number, NumberReading>, at: number): NumberReading | undefined {
  const num = numbers.get(at);
  if (!num || !num.year) return undefined;
  return num;
}

/** A day with its ordinal mark: "26." (German, Finnish), "1er", "1st", "26". */
function readDay(tokens: readonly Token[], numbers: Map<number, NumberReading>, at: number, lexicon: Lexicon, marked = false, words = false): { day: number; end: number } | undefined {
  const num = numbers.get(at);
  // "1st", "1η", "1-го": digits and an ordinal ending; with a month after it, an ordinal word
  // ("le premier mai", "die decimo quarto mensis Februarii").
  if (num?.ordinal && Number.isInteger(num.value) && num.value >= 1 && num.value <= 31 && num.from === at && (num.words ? words : num.to === at + 2 || num.to === at + 3)) return { day: num.value, end: num.to };
  const day = dayAt(numbers, at);
  if (!day || day.to !== at + 1) return undefined;
  let end = at + 1;
  if (lexicon.dates.dayDot && tokens[end]?.text === '.' && tokens[end]?.gap === '') end++;
  // After a month, a language that marks its days ("marraskuun 6. päivänä") needs the mark:
  // "tammikuussa 15 ihmistä" is fifteen people in January.
  if (marked && lexicon.dates.dayDot && end === at + 1) return undefined;
  return { day: day.value, end };
}

function readMonth(tokens: readonly Token[], at: number, lexicon: Lexicon): { month: number; end: number } | undefined {
  const hit = lexicon.months.match(tokens, at);
  return hit ? { month: hit.value, end: hit.end } : undefined;
}

function skipJoiner(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const joiner = tokens[at];
  return joiner && (lexicon.dates.joiners ?? []).includes(joiner.key) ? at + 1 : at;
}

function readYear(tokens: readonly Token[], numbers: Map<number, NumberReading>, at: number, lexicon: Lexicon): { year: number; end: number } | undefined {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  k = skipJoiner(tokens, k, lexicon);
  // After a month any four-digit year counts ("4. Juli 1776", "July 1492"), not only modern ones.
  const num = numbers.get(k);
  const old = num && !num.year && num.to === k + 1 && !num.grouped && !num.decimals && !num.words && !num.percent && Number.isInteger(num.value) && num.value >= 1000 && num.value < 1900 && /^\d{4}$/.test(asciiDigits(tokens[k]!.text));
  const year = yearAt(numbers, k) ?? (old ? num : undefined);
  return year ? { year: year.value, end: year.to } : undefined;
}

/** One date at token `at`, possibly without day or year. */
function readParts(tokens: readonly Token[], numbers: Map<number, NumberReading>, at: number, lexicon: Lexicon): Parts | undefined {
  // Numeric forms: 2024-07-26, 26.07.2024, 26/07/2024.
  const numeric = readNumericDate(tokens, at) ?? readDottedDayMonth(tokens, at, lexicon) ?? readSlashDayMonth(tokens, at, lexicon);
  if (numeric) return numeric;
  // "१९६५ वर्षस्य १८ मार्चे": the year first, a link word, then day and month.
  const leading = yearAt(numbers, at);
  const link = leading ? lexicon.yearLinks.match(tokens, leading.to) : undefined;
  if (leading && link) {
    const rest = readParts(tokens, numbers, link.end, lexicon);
    if (rest?.month !== undefined && rest.day !== undefined && rest.year === undefined) return { ...rest, from: at, year: leading.value };
  }
  const day = readDay(tokens, numbers, at, lexicon, false, true);
  if (day) {
    const month = readMonth(tokens, skipJoiner(tokens, day.end, lexicon), lexicon);
    if (month) {
      const year = readYear(tokens, numbers, month.end, lexicon);
      return { from: at, to: year?.end ?? month.end, day: day.day, month: month.month, ...(year ? { year: year.year } : {}) };
    }
  }
  const month = readMonth(tokens, at, lexicon);
  if (month) {
    if (lexicon.dates.monthFirst) {
      const monthDay = readDay(tokens, numbers, month.end, lexicon, true);
      if (monthDay) {
        const year = readYear(tokens, numbers, monthDay.end, lexicon);
        return { from: at, to: year?.end ?? monthDay.end, day: monthDay.day, month: month.month, ...(year ? { year: year.year } : {}) };
      }
    }
    const year = readYear(tokens, numbers, month.end, lexicon);
    if (year) return { from: at, to: year.end, month: month.month, year: year.year };
    return { from: at, to: month.end, month: month.month };
  }
  return undefined;
}

/**
 * "03/16" (March 16 where the month comes first), "16/03": day and month with a slash, written
 * with two digits each and a leading zero ("3/16" is a fraction).
 */
function readSlashDayMonth(tokens: readonly Token[], at: number, lexicon: Lexicon): Parts | undefined {
  const [first, slash, second, after] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (first?.kind !== 'num' || slash?.text !== '/' || slash.gap !== '' || second?.kind !== 'num' || second.gap !== '') return undefined;
  if (after && after.gap === '' && (after.text === '/' || after.kind !== 'sym')) return undefined;
  const before = tokens[at - 1];
  if (before && first.gap === '' && (before.kind === 'num' || before.text === '/')) return undefined;
  const a = asciiDigits(first.text);
  const b = asciiDigits(second.text);
  if (!/^\d\d$/.test(a) || !/^\d\d$/.test(b) || !(a.startsWith('0') || b.startsWith('0'))) return undefined;
  const [month, day] = lexicon.dates.monthFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { from: at, to: at + 3, day, month } : undefined;
}

/** "16.3.": day and month with their dots, in a language that marks days with a dot. */
function readDottedDayMonth(tokens: readonly Token[], at: number, lexicon: Lexicon): Parts | undefined {
  const token = tokens[at];
  const dot = tokens[at + 1];
  if (!lexicon.dates.dayDot || token?.kind !== 'num' || dot?.text !== '.' || dot.gap !== '' || tokens[at + 2]?.gap === '') return undefined;
  const match = /^(\d{1,2})\.(\d{1,2})$/.exec(asciiDigits(token.text));
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { from: at, to: at + 2, day, month } : undefined;
}

function readNumericDate(tokens: readonly Token[], at: number): Parts | undefined {
  const parts: number[] = [];
  let k = at;
  let separator = '';
  while (parts.length < 3) {
    const token = tokens[k];
    if (token?.kind !== 'num' || !token.run || token.run.decimals || token.run.grouped || (k > at && token.gap !== '')) return undefined;
    parts.push(Math.abs(token.run.value));
    k++;
    if (parts.length === 3) break;
    const sep = tokens[k];
    if (!sep || sep.gap !== '' || !['.', '/', '-'].includes(sep.text) || (separator && sep.text !== separator)) return undefined;
    separator = sep.text;
    k++;
  }
  const [a, b, c] = parts as [number, number, number];
  let year: number, month: number, day: number;
  if (separator === '-' && a >= 1000) [year, month, day] = [a, b, c];
  else if (separator !== '-' && c >= 1000) [day, month, year] = [a, b, c];
  else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { from: at, to: k, year, month, day };
}

function iso(parts: Parts, referenceDate: string | undefined): string | undefined {
  if (parts.month === undefined) return undefined;
  if (parts.year !== undefined) return parts.day !== undefined ? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` : `${parts.year}-${pad(parts.month)}`;
  if (parts.day === undefined) return undefined;
  const reference = referenceDate ? new Date(`${referenceDate.slice(0, 10)}T00:00:00Z`) : undefined;
  if (!reference || Number.isNaN(reference.getTime())) return `--${pad(parts.month)}-${pad(parts.day)}`;
  let year = reference.getUTCFullYear();
  const candidate = Date.UTC(year, parts.month - 1, parts.day);
  if (candidate - reference.getTime() > 183 * 86_400_000) year -= 1;
  return `${year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Every date in the tokens, with the number readings they use. */
export function readDates(tokens: readonly Token[], readings: readonly NumberReading[], lexicon: Lexicon, referenceDate?: string): DateHit[] {
  // Every date has a day or a year: a number read, or digits (the numeric forms). A month alone
  // or two months joined ("von Januar bis Juli") are none, so a text with neither has no date.
  if (readings.length === 0 && !tokens.some((token) => token.kind === 'num')) return [];
  const numbers = new Map(readings.map((reading) => [reading.from, reading]));
  const hits: DateHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const dayOnly = readDayOnly(tokens, numbers, i, lexicon);
    const parts = readParts(tokens, numbers, i, lexicon) ?? (dayOnly && rangeFollows(tokens, dayOnly.to, i, lexicon) ? dayOnly : undefined) ?? (dayOnly ? listedDay(tokens, numbers, dayOnly, lexicon) : undefined);
    // A month alone is a date only with a day or a year ("Juli 2017"), not "im Mai".
    if (!parts || (parts.day === undefined && parts.year === undefined && !rangeFollows(tokens, parts.to, i, lexicon))) {
      i++;
      continue;
    }
    let first = parts;
    let last: Parts | undefined;
    const joiner = rangeJoiner(tokens, parts.to, i, lexicon);
    if (joiner) {
      const second = readParts(tokens, numbers, joiner.end, lexicon) ?? readDayOnly(tokens, numbers, joiner.end, lexicon);
      // A day alone after a whole date is no end of it: "15 mars 2020 à 8 h 00" is a date and a time.
      if (second && (second.month !== undefined || (first.month !== undefined && first.day === undefined))) {
        // "26. bis 30. Juli", "von Januar bis Juli 2017": the end lends what the start leaves out.
        last = second;
        first = { ...first, ...(first.year === undefined && second.year !== undefined ? { year: second.year } : {}), ...(first.month === undefined && second.month !== undefined ? { month: second.month } : {}) };
        if (last.month === undefined && first.month !== undefined) last = { ...last, month: first.month, ...(first.year !== undefined ? { year: first.year } : {}) };
      }
    }
    const date = iso(first, referenceDate);
    const endDate = last ? iso(last, referenceDate) : undefined;
    if (!date || (first.day === undefined && first.year === undefined)) {
      i = parts.to;
      continue;
    }
    const from = lexicon.rangeFrom.matchBefore(tokens, i);
    const yearInferred = first.year === undefined && !date.startsWith('-');
    hits.push({ from: endDate && from ? from.start : i, to: last?.to ?? first.to, date, ...(endDate ? { endDate } : {}), ...(yearInferred ? { yearInferred } : {}) });
    i = last?.to ?? first.to;
  }
  return referenceDate === undefined ? hits : [...hits, ...daysAlone(tokens, readings, lexicon, referenceDate, hits)].sort((a, b) => a.from - b.from);
}

/** "on the 27th", "of the 21st": a day of the month alone, not followed by what it counts ("the 25th edition"). */
function daysAlone(tokens: readonly Token[], readings: readonly NumberReading[], lexicon: Lexicon, referenceDate: string, taken: readonly DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  for (const num of readings) {
    if (!num.ordinal || num.words || !Number.isInteger(num.value) || num.value < 1 || num.value > 31) continue;
    if (!lexicon.dayOnlyBefore.matchBefore(tokens, num.from) || tokens[num.to]?.kind === 'word' || taken.some((hit) => hit.from < num.to && hit.to > num.from)) continue;
    const date = resolveDate({ day: num.value }, referenceDate);
    if (date && !date.startsWith('-')) out.push({ from: num.from, to: num.to, date, monthInferred: true });
  }
  return out;
}

function rangeFollows(tokens: readonly Token[], at: number, start: number, lexicon: Lexicon): boolean {
  return rangeJoiner(tokens, at, start, lexicon) !== undefined;
}

/**
 * "3 e 4 de fevereiro", "4 и 5 марта", "3, 4 e 5 febbraio": days listed before a date are days of
 * its month and year (not after "between": "entre 3 e 4" is a range's ends).
 */
function listedDay(tokens: readonly Token[], numbers: Map<number, NumberReading>, day: Parts, lexicon: Lexicon): Parts | undefined {
  if (lexicon.rangeBetween.matchBefore(tokens, day.from)) return undefined;
  let at = day.to;
  for (let listed = 0; listed < 6; listed++) {
    const joiner = tokens[at]?.text === ',' ? { end: at + 1 } : lexicon.rangeAnd.match(tokens, at);
    if (!joiner) return undefined;
    const next = readParts(tokens, numbers, joiner.end, lexicon);
    if (next?.day !== undefined && next.month !== undefined) return { ...day, month: next.month, ...(next.year !== undefined ? { year: next.year } : {}) };
    const nextDay = next ? undefined : readDayOnly(tokens, numbers, joiner.end, lexicon);
    if (!nextDay) return undefined;
    at = nextDay.to;
  }
  return undefined;
}

/** "26." before "bis 30. Juli": a day alone can start a range. */
function readDayOnly(tokens: readonly Token[], numbers: Map<number, NumberReading>, at: number, lexicon: Lexicon): Parts | undefined {
  const day = readDay(tokens, numbers, at, lexicon);
  return day ? { from: at, to: day.end, day: day.day } : undefined;
}
