// Elapsed times of races and records: "4:41,30" (four minutes 41.30 seconds), "1:09.02",
// "2:03:45,5", and the Finnish "4.41,30". The seconds carry a decimal fraction, which a clock
// time never has, so the form is a duration in every language: read in seconds, with a minute
// or second word after it kept in the span ("2:11,60 Minuten", "2:11.60 menit"). So is a
// marathon's "2:03:59": hours of one digit with minutes and seconds, where a clock writes two.

import { asciiDigits } from './digits.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';

export interface ElapsedHit {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** The duration in seconds. */
  seconds: number;
  /** Decimal places of the seconds as written. */
  decimals: number;
  /** Parts written: 2 for minutes and seconds, 3 with hours. */
  parts: number;
}

const glued = (tokens: readonly Token[], at: number) => tokens[at] !== undefined && tokens[at]!.gap === '';
const integerText = (token: Token | undefined, pattern: RegExp) => token?.kind === 'num' && pattern.test(asciiDigits(token.text));

/** Seconds with a decimal fraction in one digit run ("41,30", "09.02"): value and decimals. */
function fractionalSeconds(token: Token | undefined): { value: number; decimals: number } | undefined {
  if (token?.kind !== 'num' || !token.run || !/^\d\d[.,]\d+$/.test(asciiDigits(token.text))) return undefined;
  const decimals = asciiDigits(token.text).length - 3;
  return token.run.value < 60 ? { value: token.run.value, decimals } : undefined;
}

/** "4:41,30", "2:03:45,5": minutes (or hours and minutes) and seconds with a fraction, joined by colons. */
function colonForm(tokens: readonly Token[], at: number): ElapsedHit | undefined {
  if (!integerText(tokens[at], /^\d{1,3}$/)) return undefined;
  const parts = [tokens[at]!.run!.value];
  let k = at + 1;
  while (tokens[k]?.text === ':' && glued(tokens, k) && glued(tokens, k + 1)) {
    const seconds = fractionalSeconds(tokens[k + 1]);
    if (seconds) {
      if (parts.length > 2) return undefined;
      const whole = parts.reduce((sum, part) => sum * 60 + part, 0);
      return { from: at, to: k + 2, seconds: whole * 60 + seconds.value, decimals: seconds.decimals, parts: parts.length + 1 };
    }
    if (!integerText(tokens[k + 1], /^\d\d$/) || tokens[k + 1]!.run!.value >= 60) return undefined;
    parts.push(tokens[k + 1]!.run!.value);
    k += 2;
  }
  // "2:03:59", "1:58:12": hours of one digit, minutes and seconds; a clock writes its seconds after
  // a two-digit hour ("09:15:00", "14:32:05"), a race its time after hours of one digit.
  if (parts.length === 3 && /^\d$/u.test(asciiDigits(tokens[at]!.text))) {
    const [hours, minutes, seconds] = parts as [number, number, number];
    return { from: at, to: k, seconds: hours * 3600 + minutes * 60 + seconds, decimals: 0, parts: 3 };
  }
  return undefined;
}

/** "4.41,30": minutes, a dot, two-digit seconds, a comma and the fraction (Finnish). */
function dotForm(tokens: readonly Token[], at: number): ElapsedHit | undefined {
  const [minutes, dot, seconds, comma, fraction] = [tokens[at], tokens[at + 1], tokens[at + 2], tokens[at + 3], tokens[at + 4]];
  if (!integerText(minutes, /^\d{1,3}$/) || dot?.text !== '.' || comma?.text !== ',' || !integerText(seconds, /^\d\d$/) || !integerText(fraction, /^\d+$/)) return undefined;
  if (![1, 2, 3, 4].every((k) => glued(tokens, at + k)) || seconds!.run!.value >= 60) return undefined;
  // Digits glued after it: some other code ("1.05,20,3").
  const after = tokens[at + 5];
  if (glued(tokens, at + 5) && (after!.kind === 'num' || (['.', ',', ':'].includes(after!.text) && glued(tokens, at + 6) && tokens[at + 6]!.kind === 'num'))) return undefined;
  const digits = asciiDigits(fraction!.text);
  return { from: at, to: at + 5, seconds: minutes!.run!.value * 60 + seconds!.run!.value + Number(`0.${digits}`), decimals: digits.length, parts: 2 };
}

/** Every elapsed time in the tokens, left to right. */
export function readElapsed(tokens: readonly Token[], lexicon: Lexicon): ElapsedHit[] {
  const hits: ElapsedHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind !== 'num') continue;
    const before = tokens[i - 1];
    if (before && glued(tokens, i) && (before.kind === 'num' || before.kind === 'word' || [':', '.', ','].includes(before.text))) continue;
    const hit = colonForm(tokens, i) ?? dotForm(tokens, i);
    if (!hit) continue;
    // "2:11,60 Minuten", "2:03:45,5 Stunden": the word for the largest part is part of it; "2:11,60
    // Sekunden" says something else, and is read as written.
    const unit = lexicon.unitWords.match(tokens, hit.to);
    if (unit && ['min', 's', 'h', 'ms'].includes(unit.value)) {
      if (unit.value !== (hit.parts === 2 ? 'min' : 'h')) continue;
      hit.to = unit.end;
    }
    hits.push(hit);
    i = hit.to - 1;
  }
  return hits;
}
