// Clock times said with number words: "zehn Uhr", "five o'clock", "à cinq heures", Latin
// "undecima hora" (the eleventh hour: 11:00), "sexta hora pomeridiana" (18:00) and "viginti
// quinque minutis post sextam horam antemeridianam" (06:25). The digit forms are read in
// times.ts; this file reads the words, from the number readings of numbers.ts.

import type { Lexicon } from './lexicon.js';
import type { NumberReading } from './numbers.js';
import type { TimeHit } from './times.js';
import type { Token } from './tokens.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** A whole number said in words from 0 to `max`. */
const wordInteger = (reading: NumberReading, max: number) =>
  reading.words && !reading.fraction && !reading.percent && !reading.scaled && Number.isInteger(reading.value) && reading.value >= 0 && reading.value <= max;

interface HourHit {
  from: number;
  to: number;
  hour: number;
}

/** The hour at a reading: a cardinal before an hour word ("zehn Uhr"), or an ordinal beside an ordinal hour word ("sexta hora", "horam sextam"). */
function hourAt(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon, marker: boolean, bare: boolean, strongMarker = false): HourHit | undefined {
  const times = lexicon.times;
  if (reading.ordinal) {
    if (!wordInteger(reading, 24) || reading.value < 1) return undefined;
    const after = times.ordinalHourWords.match(tokens, reading.to);
    if (after) return { from: reading.from, to: after.end, hour: reading.value };
    const before = times.ordinalHourWords.matchBefore(tokens, reading.from);
    if (before) return { from: before.start, to: reading.to, hour: reading.value };
    return undefined;
  }
  if (!wordInteger(reading, 24)) {
    // "ten minutes past 5": after minutes the hour may be written with digits.
    const digits = bare && !reading.words && !reading.fraction && !reading.percent && Number.isInteger(reading.value) && reading.value >= 0 && reading.value <= 24;
    return digits ? { from: reading.from, to: reading.to, hour: reading.value } : undefined;
  }
  const strong = times.hourWords.match(tokens, reading.to);
  if (strong) return { from: reading.from, to: strong.end, hour: reading.value };
  // "à cinq heures", "a las cinco horas": a word that also measures durations, after a marker.
  const weak = marker ? times.weakHourWords.match(tokens, reading.to) : undefined;
  if (weak) return { from: reading.from, to: weak.end, hour: reading.value };
  // "kello kymmenen", "pukul sepuluh": a marker that only introduces clock times; "в пять вечера",
  // "στις δέκα το πρωί": a marker and a day half after the hour.
  if (strongMarker || (marker && times.dayHalves.match(tokens, reading.to))) return { from: reading.from, to: reading.to, hour: reading.value };
  return bare ? { from: reading.from, to: reading.to, hour: reading.value } : undefined;
}

/** Times said with a name ("at noon", "à minuit", "a mezzanotte"), where no other time was read. */
export function readNamedTimes(tokens: readonly Token[], lexicon: Lexicon, taken: readonly TimeHit[]): TimeHit[] {
  const hits: TimeHit[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const named = lexicon.times.named.match(tokens, at);
    if (!named || taken.some((hit) => at < hit.to && named.end > hit.from)) continue;
    // "12 midnight", "12 noon": the digits already said it.
    if (tokens[at - 1]?.kind === 'num') continue;
    // "après-midi", "Midi-Pyrénées": part of a compound.
    const hyphen = (token: Token | undefined) => token !== undefined && ['-', '‐', '‑'].includes(token.text);
    if ((hyphen(tokens[at - 1]) && tokens[at]!.gap === '') || (hyphen(tokens[named.end]) && tokens[named.end]!.gap === '')) continue;
    const approx = lexicon.times.approx.matchBefore(tokens, at);
    hits.push({ from: at, to: named.end, time: named.value, halfUnknown: false, ...(approx ? { approxFrom: approx.start } : {}) });
    at = named.end - 1;
  }
  return hits;
}

/** Every clock time said with number words, left to right; `taken` are the digit times already read. */
export function readWordTimes(tokens: readonly Token[], numbers: readonly NumberReading[], lexicon: Lexicon, taken: readonly TimeHit[]): TimeHit[] {
  const times = lexicon.times;
  const hits: TimeHit[] = [];
  const byStart = new Map(numbers.map((reading) => [reading.from, reading]));
  for (let k = 0; k < numbers.length; k++) {
    const reading = numbers[k]!;
    if (taken.some((hit) => reading.from < hit.to && reading.to > hit.from) || hits.some((hit) => reading.from < hit.to)) continue;
    // "viginti quinque minutis post sextam horam": minutes before the hour.
    let minutes: { from: number; value: number } | undefined;
    let hourReading = reading;
    const minuteUnit = wordInteger(reading, 59) && !reading.ordinal ? lexicon.unitWords.match(tokens, reading.to) : undefined;
    if (minuteUnit?.value === 'min') {
      const past = times.minutesPast.match(tokens, minuteUnit.end);
      const to = past ? undefined : times.minutesTo.match(tokens, minuteUnit.end);
      const link = past ?? to;
      // "post sextam horam", "post horam sextam"
      const hourWord = link ? times.ordinalHourWords.match(tokens, link.end) : undefined;
      const next = link ? byStart.get(link.end) ?? (hourWord ? byStart.get(hourWord.end) : undefined) : undefined;
      if (!link || !next) continue;
      minutes = { from: reading.from, value: past ? reading.value : -reading.value };
      hourReading = next;
    }
    const strongMarker = times.strongMarkers.matchBefore(tokens, hourReading.from) !== undefined;
    const marker = strongMarker || times.markers.matchBefore(tokens, hourReading.from) !== undefined;
    const hour = hourAt(tokens, hourReading, lexicon, marker, minutes !== undefined, strongMarker);
    if (!hour) continue;
    let value = hour.hour;
    let end = hour.to;
    const half = times.dayHalves.match(tokens, end);
    if (half && value >= 1 && value <= 12) {
      end = half.end;
      if (half.value === 'pm' && value < 12) value += 12;
      if (half.value === 'am' && value === 12) value = 0;
    }
    let total = (value % 24) * 60 + (minutes?.value ?? 0);
    if (total < 0) total += 24 * 60;
    const approx = times.approx.matchBefore(tokens, minutes?.from ?? hour.from);
    hits.push({
      from: minutes?.from ?? hour.from,
      to: end,
      time: `${pad(Math.floor(total / 60))}:${pad(total % 60)}`,
      halfUnknown: !half && value >= 1 && value <= 12,
      ...(approx ? { approxFrom: approx.start } : {}),
    });
  }
  return hits;
}
