// Clock times in running text: "14:30", "gegen 12.40 Uhr", "3 p.m.", "15 h 30", "15h",
// "klo 7.55", "в 7:55", "a las 15.00 horas". A time is its own kind of figure, compared by
// value ("15:00" = "3 p.m." = "15 h"), never a decimal: "12.40 Uhr" is twenty to one, not 12.4.
//
// What makes digits a time (all data in the language pack's `dates.times`):
//   - hour and minutes joined by a colon ("14:30"), in every language;
//   - an hour word after the hour ("Uhr", "h", "o'clock") or a day-half marker ("p.m.");
//   - a marker before it that only introduces clock times ("klo", "pukul", "a las", "alle").
// Words that also measure durations ("heures", "часов") make a time only after a marker.

import { asciiDigits } from './digits.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

export interface TimeHit {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** 24-hour "HH:MM". */
  time: string;
  /** No day half was written and the hour is 1–12: "3 o'clock" may be 3:00 or 15:00. */
  halfUnknown: boolean;
  /** "gegen 12.40 Uhr", "around 3 p.m.": the token where the approximating words start. */
  approxFrom?: number;
}

/** An integer hour or minute written with plain digits (no grouping, no sign). */
function integerAt(tokens: readonly Token[], at: number, max: number): number | undefined {
  const run = tokens[at]?.run;
  if (!run || run.decimals || run.grouped || run.percent || run.value < 0 || !Number.isInteger(run.value) || run.value > max) return undefined;
  return run.value;
}

/** Two-digit minutes glued after a separator ("14:30", "15h30"). */
function minutesAt(tokens: readonly Token[], at: number): number | undefined {
  const token = tokens[at];
  if (token?.kind !== 'num' || token.gap !== '' || !/^\d\d$/.test(asciiDigits(token.text))) return undefined;
  return integerAt(tokens, at, 59);
}

/**
 * "12.40", "7.55": one digit run whose text is an hour, a dot or colon, and two-digit minutes;
 * a comma too after a word that writes times so ("alle 6,30", `commaMarkers`).
 */
function dottedAt(tokens: readonly Token[], at: number, comma = false): { hour: number; minute: number } | undefined {
  const token = tokens[at];
  if (token?.kind !== 'num') return undefined;
  const match = (comma ? /^(\d{1,2})[.:,](\d\d)$/ : /^(\d{1,2})[.:](\d\d)$/).exec(asciiDigits(token.text));
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 24 && minute <= 59 ? { hour, minute } : undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Minutes right after an hour word: "15 h 30", "15h30", "15 Uhr 30". */
function minutesAfterWord(tokens: readonly Token[], at: number, lexicon: Lexicon): number | undefined {
  const next = tokens[at];
  if (next?.kind !== 'num' || !/^\d\d$/.test(asciiDigits(next.text))) return undefined;
  // "15 h 30 km" is no time; nor "um 15 Uhr 30 Menschen"; "9 h 30 heure locale" is.
  const hourAgain = lexicon.times.weakHourWords.match(tokens, at + 1) ?? lexicon.times.hourWords.match(tokens, at + 1);
  if (!hourAgain && (lexicon.unitWords.match(tokens, at + 1) || lexicon.unitSymbols.match(tokens, at + 1) || lexicon.currencyWords.match(tokens, at + 1))) return undefined;
  return integerAt(tokens, at, 59);
}

/** A range, "and" or list word filling the tokens [from, to) ("ja", "dan", "bis", "to"). */
function joinerBetween(tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): boolean {
  if (to <= from) return false;
  return [lexicon.rangeAnd, lexicon.rangeTo, lexicon.boundJoiners].some((table) => table.match(tokens, from, { end: to })?.end === to);
}

/** Every clock time in the tokens, left to right, without overlaps. */
export function readTimes(tokens: readonly Token[], lexicon: Lexicon): TimeHit[] {
  const hits: TimeHit[] = [];
  const times = lexicon.times;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'num') continue;
    // Digits glued to letters or digits on the left are names or sums ("A320:30", "+1-222").
    const before = tokens[i - 1];
    // "klo 12.00-13.00": the end of a span of clock times is a time too.
    const previous = hits[hits.length - 1];
    // "kello 6.30 ja 7.30", "pukul 06.30 dan 07.30", "zwischen 6.30 und 7.30 Uhr": the clock word said once for both.
    const joined = previous !== undefined && (['-', '–', '—'].includes(before?.text ?? '') ? previous.to === i - 1 : joinerBetween(tokens, previous.to, i, lexicon));
    const spanEnd = joined && dottedAt(tokens, i) !== undefined;
    if (!spanEnd && before && tokens[i]!.gap === '' && (before.kind === 'word' || before.kind === 'num' || ['-', '+', '.', ',', ':', '/'].includes(before.text))) continue;
    if (lexicon.currencySymbols.matchBefore(tokens, i)) continue;
    const marker = times.markers.matchBefore(tokens, i) !== undefined;
    const strongMarker = times.strongMarkers.matchBefore(tokens, i) !== undefined;
    let hour: number | undefined;
    let minute = 0;
    let end = i + 1;
    let clockForm = false;
    const dotted = dottedAt(tokens, i, times.commaMarkers.matchBefore(tokens, i) !== undefined);
    // "0230 UTC", "1500 hrs": a four-digit clock time, only with a zone or an hour word after it.
    const compact = dotted ? null : /^([01]\d|2[0-3])([0-5]\d)$/.exec(asciiDigits(tokens[i]!.text));
    if (compact && (times.zones.match(tokens, i + 1) || times.hourWords.match(tokens, i + 1))) {
      hour = Number(compact[1]);
      minute = Number(compact[2]);
      clockForm = true;
    } else if (dotted) {
      ({ hour, minute } = dotted);
      clockForm = asciiDigits(tokens[i]!.text).includes(':');
    } else {
      hour = integerAt(tokens, i, 24);
      if (hour === undefined) continue;
      // "14:30", "14:30:15"
      if (tokens[i + 1]?.text === ':' && tokens[i + 1]!.gap === '') {
        const m = minutesAt(tokens, i + 2);
        if (m === undefined) continue;
        minute = m;
        end = i + 3;
        clockForm = true;
        if (tokens[end]?.text === ':' && tokens[end]!.gap === '' && minutesAt(tokens, end + 1) !== undefined) end += 2;
      }
    }
    // A colon chain going on ("2:30:1:4") is a score or a ratio, not a time.
    if (clockForm && tokens[end]?.text === ':' && tokens[end + 1]?.kind === 'num') continue;
    let confirmed = clockForm || strongMarker || spanEnd || (marker && dotted !== undefined);
    let timeEnd = end;
    const hourWord = times.hourWords.match(tokens, end) ?? times.zones.match(tokens, end);
    const weakWord = hourWord ? undefined : times.weakHourWords.match(tokens, end);
    const word = hourWord ?? weakWord;
    if (word && !clockForm && !dotted) {
      const m = minutesAfterWord(tokens, word.end, lexicon);
      if (hourWord || marker || strongMarker || m !== undefined) {
        confirmed = true;
        timeEnd = word.end;
        if (m !== undefined) {
          minute = m;
          timeEnd += 1;
        }
      }
    } else if (word && (hourWord || marker || strongMarker || clockForm || dotted)) {
      // "12.40 Uhr", "14:30 h", "a las 15.00 horas"
      confirmed = true;
      timeEnd = word.end;
    }
    // "a las 15:00 hora local", "alle 15.00 ora italiana": after a clock form the word for an hour is part of the time.
    const hourUnit = (clockForm || dotted) && timeEnd === end ? lexicon.unitWords.match(tokens, end) : undefined;
    if (hourUnit?.value === 'h' && (clockForm || marker || strongMarker)) {
      confirmed = true;
      timeEnd = hourUnit.end;
    }
    // "alle 7, ma", "a las 7 de hoy": a bare hour after its marker, with no noun after it.
    if (!confirmed && !clockForm && !dotted && timeEnd === end && hour <= 24 && times.bareHourMarkers.matchBefore(tokens, i)) {
      const next = tokens[end];
      confirmed = next === undefined || (next.kind === 'sym' && next.text !== '%') || (next.kind === 'word' && lexicon.stopWords.has(next.key));
    }
    const half = times.dayHalves.match(tokens, timeEnd);
    if (half && hour >= 1 && hour <= 12) {
      confirmed = true;
      timeEnd = half.end;
      if (half.value === 'pm' && hour < 12) hour += 12;
      if (half.value === 'am' && hour === 12) hour = 0;
    }
    if (!confirmed) continue;
    // A price or a measure is no time ("um 2.50 Euro", "klo 7.55 km").
    if (!half && timeEnd === end && (lexicon.currencyWords.match(tokens, end) || lexicon.currencySymbols.match(tokens, end) || lexicon.unitWords.match(tokens, end) || lexicon.percent.match(tokens, end))) continue;
    if (hour === 24 && minute > 0) continue;
    const approx = times.approx.matchBefore(tokens, i);
    hits.push({ from: i, to: timeEnd, time: `${pad(hour)}:${pad(minute)}`, halfUnknown: !half && hour >= 1 && hour <= 12, ...(approx ? { approxFrom: approx.start } : {}) });
    i = timeEnd - 1;
  }
  return hits;
}
