// One written number in Chinese or Japanese text, read to its value: Arabic digits with their
// grouping and decimals ("15,000", "0.7449", "１５，０００"), numerals with units and scales
// ("两千四百五", "四十九兆九千五百九十二億"), both mixed ("1.5万", "1万5000", "4億2000万"),
// positional numerals ("二〇二四"), vague digits ("十余万") and decimal words ("十五点七").
// Grammar: a number is a sequence of atoms (digits, units 十百千, scales 万亿兆, a decimal point);
// the value is built the way a reader builds it, section by section under each scale.

import { readArabic, type ArabicAtom } from './cjk-arabic.js';
import type { CjkLexicon } from './cjk-lexicon.js';
import { isDigit, isSpace, longestAt, type Source } from './cjk-text.js';

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** Decimal places as written. */
  decimals: number;
  grouped: boolean;
  /** Written with at least one Arabic digit. */
  digits: boolean;
  /** Written with at least one numeral character (一, 十, 万…). */
  kanji: boolean;
  /** A unit or scale multiplies ("1.5万", "三千"). */
  scaled: boolean;
  /** A vague digit inside ("十余万"): the figure is a lower bound. */
  vague: boolean;
  /** Length of a positional numeral run ("二〇二四" → 4), else 0. */
  positional: number;
  /** Nothing but plain Arabic digits (a year candidate). */
  plain: boolean;
  /** Units and scales only, no digit ("百", "千万"): "百分之" reads it as a per-hundred. */
  bareUnit: boolean;
  /** Upper value of a vague pair ("三四十" is 30 to 40). */
  pairMax?: number;
  ambiguous?: string;
}

type Atom =
  | ArabicAtom
  | { kind: 'digit'; end: number; value: number; ch: string }
  | { kind: 'unit'; end: number; value: number }
  | { kind: 'scale'; end: number; value: number; ch: string }
  | { kind: 'vague'; end: number }
  | { kind: 'point'; end: number; frac: number; decimals: number };

/** Digits after a decimal word: "点五五四四" or "点5544". */
function readFraction(src: Source, i: number): { end: number; frac: number; decimals: number } | undefined {
  let j = i;
  let digits = '';
  if (isDigit(src.norm[j])) {
    while (isDigit(src.norm[j])) digits += src.norm[j++];
  } else {
    for (;;) {
      // any digit, financial ones included ("点叁叁"), but not 两
      const ch = src.text[j];
      const digit = ch === undefined || src.lex.nonFinalDigits.includes(ch) ? undefined : src.lex.digits[ch];
      if (digit === undefined) break;
      digits += String(digit);
      j++;
    }
  }
  if (!digits) return undefined;
  return { end: j, frac: Number(`0.${digits}`), decimals: digits.length };
}

function atomAt(src: Source, i: number, first = false): Atom | undefined {
  const { text, lex } = src;
  const ch = text[i];
  if (ch === undefined) return undefined;
  const arabic = readArabic(src, i, first);
  if (arabic) return arabic;
  const digit = lex.digits[ch];
  if (digit !== undefined) return { kind: 'digit', end: i + 1, value: digit, ch };
  const unit = lex.units[ch];
  if (unit !== undefined) return { kind: 'unit', end: i + 1, value: unit };
  const scale = lex.scales[ch];
  if (scale !== undefined) return { kind: 'scale', end: i + 1, value: scale, ch };
  for (const word of lex.vagueInfixes) if (text.startsWith(word, i)) return { kind: 'vague', end: i + word.length };
  for (const word of lex.decimalPoints) {
    if (!text.startsWith(word, i)) continue;
    let j = i + word.length;
    while (isSpace(text[j]) && j - i < 4) j++;
    const frac = readFraction(src, j);
    // "10点30分" is half past ten
    if (frac && !lex.clockMinutes.some((w) => text.startsWith(w, frac.end))) return { kind: 'point', ...frac };
  }
  return undefined;
}

interface State {
  groups: Array<{ value: number; scale: number }>;
  section: number;
  /** Smallest unit in the current section: units must fall (千 then 百), else a new number begins. */
  sectionUnit: number;
  pending: number | undefined;
  /** The pending digit is one character: zh reads it one step below the unit before it. */
  pendingSingle: boolean;
  pendingNonFinal: boolean;
  /** What came before the pending digit (abbreviation applies after a unit or scale). */
  beforePending: Atom['kind'] | 'zero' | undefined;
  leadingZero: boolean;
  lastKind: Atom['kind'] | 'zero' | undefined;
  /** Last atom that was not a vague digit ("三十万多亿": 万 and 亿 are adjacent). */
  lastReal: Atom['kind'] | 'zero' | undefined;
  lastUnit: number;
  zero: boolean;
  positional: string;
  pairMode: boolean;
  afterPoint: boolean;
  done: boolean;
  fracTail: number;
  decimals: number;
  grouped: boolean;
  digits: boolean;
  kanji: boolean;
  scaled: boolean;
  vague: boolean;
  scaleChars: string;
  atoms: number;
  arabicAtoms: number;
  /** Atoms that are digits (not units or scales): none in "百", "千万". */
  digitAtoms: number;
  /** An exponent or "k" follows the digits ("2e5", "40k"). */
  suffixed: boolean;
  ambiguous: string | undefined;
  end: number;
}

const freshState = (pos: number): State => ({
  groups: [], section: 0, sectionUnit: Infinity, pending: undefined, pendingSingle: false, pendingNonFinal: false,
  beforePending: undefined, leadingZero: false, lastKind: undefined, lastReal: undefined, lastUnit: 0, zero: false,
  positional: '', pairMode: false, afterPoint: false, done: false, fracTail: 0, decimals: 0, grouped: false,
  digits: false, kanji: false, scaled: false, vague: false, scaleChars: '', atoms: 0, arabicAtoms: 0, digitAtoms: 0, suffixed: false,
  ambiguous: undefined, end: pos,
});

const copyState = (st: State): State => ({ ...st, groups: st.groups.map((g) => ({ ...g })) });

/** A unit word that starts with a numeral character wins over the numeral ("12千米" is 12 km). */
function prefixedUnitAt(src: Source, i: number, afterArabic: boolean): boolean {
  return src.lex.prefixedUnits.some((u) => (u.always || afterArabic) && src.text.startsWith(u.text, i));
}

function nextAtom(src: Source, i: number): Atom | undefined {
  let j = i;
  while (isSpace(src.text[j]) && j - i < 6) j++;
  return atomAt(src, j);
}

/** zh "一万三": the last single digit counts one step below the unit before it. */
function abbreviate(src: Source, st: State): void {
  if (!src.lex.abbreviatedTail || st.pending === undefined || !st.pendingSingle || st.zero) return;
  if (st.beforePending !== 'unit' && st.beforePending !== 'scale') return;
  if (st.lastUnit < 10) return;
  st.pending *= st.lastUnit / 10;
  st.pendingSingle = false;
}

type Recorded = Atom['kind'] | 'zero';

/** Takes `atom` into the number, or refuses it (the number ends before it). */
function accept(src: Source, st: State, atom: Atom, spaced: boolean, pickSecond: boolean): Recorded | false {
  const { lex } = src;
  if (st.done) return false;
  if (st.afterPoint && atom.kind !== 'scale') return false;
  switch (atom.kind) {
    case 'arabic': {
      if (st.pending !== undefined || st.positional || st.lastKind === 'digit') return false;
      st.pending = atom.value;
      st.pendingSingle = atom.intDigits === 1 && atom.decimals === 0 && !atom.suffixed;
      st.suffixed ||= atom.suffixed;
      st.pendingNonFinal = false;
      st.beforePending = st.lastReal;
      st.decimals = Math.max(st.decimals, atom.decimals);
      st.grouped ||= atom.grouped;
      st.digits = true;
      st.arabicAtoms++;
      if (atom.ambiguous) st.ambiguous = atom.ambiguous;
      return atom.kind;
    }
    case 'digit': {
      const adjacentDigit = !spaced && st.lastKind === 'digit';
      if (adjacentDigit) {
        if (st.groups.length || st.section || st.pending === undefined) return false;
        // "三四十", "两三个": two neighbouring digits before a unit are a vague pair
        const first = st.pending;
        const pairFollows = st.atoms === 1 && atom.value === first + 1 && first > 0 && !st.pairMode && pairTarget(src, atom.end);
        if (pairFollows) {
          st.pairMode = true;
          st.pending = pickSecond ? atom.value : first;
          st.pendingSingle = true;
          st.pendingNonFinal = false;
          st.vague = true;
          return atom.kind;
        }
        if (st.pairMode || !lex.positionalDigits.includes(atom.ch)) return false;
        if (!st.positional) {
          const prev = src.text[st.end - 1];
          if (prev === undefined || !lex.positionalDigits.includes(prev)) return false;
          st.positional = String(first);
        }
        st.positional += String(atom.value);
        st.pending = Number(st.positional);
        st.pendingSingle = false;
        return atom.kind;
      }
      if (st.lastKind === 'arabic' || st.lastKind === 'digit' || st.pending !== undefined || st.positional) return false;
      st.kanji = true;
      if (atom.value === 0) {
        if (st.atoms === 0) {
          st.pending = 0;
          st.leadingZero = true;
          st.pendingSingle = true;
          return atom.kind;
        }
        st.zero = true;
        return 'zero';
      }
      st.pending = atom.value;
      st.pendingSingle = true;
      st.pendingNonFinal = lex.nonFinalDigits.includes(atom.ch);
      st.beforePending = st.lastReal;
      return atom.kind;
    }
    case 'unit': {
      if (st.positional || atom.value >= st.sectionUnit) return false;
      if (prefixedUnitAt(src, atom.end - 1, st.lastKind === 'arabic')) return false;
      const times = st.pending === undefined || (st.pending === 0 && st.leadingZero) ? 1 : st.pending;
      st.section += times * atom.value;
      st.pending = undefined;
      st.sectionUnit = atom.value;
      st.lastUnit = atom.value;
      st.zero = false;
      st.leadingZero = false;
      st.scaled = true;
      st.kanji = true;
      return atom.kind;
    }
    case 'scale': {
      if (st.positional) return false;
      if (prefixedUnitAt(src, atom.end - 1, st.lastKind === 'arabic')) return false;
      const n = st.section + (st.pending ?? 0);
      if (st.lastReal === 'scale' && n === 0) {
        // "万万", "万亿": the scale multiplies the group just written
        const last = st.groups.pop();
        if (!last) return false;
        st.groups.push({ value: last.value * atom.value, scale: last.scale * atom.value });
      } else {
        if (n === 0) return false;
        let sum = n;
        while (st.groups.length && (st.groups[st.groups.length - 1]?.scale ?? Infinity) < atom.value) sum += st.groups.pop()?.value ?? 0;
        st.groups.push({ value: sum * atom.value, scale: atom.value });
      }
      st.section = 0;
      st.sectionUnit = Infinity;
      st.pending = undefined;
      st.lastUnit = atom.value;
      st.zero = false;
      st.leadingZero = false;
      st.scaled = true;
      st.kanji = true;
      st.scaleChars += atom.ch;
      if (st.afterPoint) st.done = true;
      return atom.kind;
    }
    case 'vague': {
      if (st.positional || st.lastKind === undefined || st.lastKind === 'digit') return false;
      if (nextAtom(src, atom.end)?.kind !== 'scale') return false;
      st.vague = true;
      return atom.kind;
    }
    case 'point': {
      if (st.positional || (st.pending === undefined && st.section === 0 && st.groups.length === 0)) return false;
      if (st.lastKind === 'arabic' && st.decimals > 0) return false;
      abbreviate(src, st);
      st.decimals = atom.decimals;
      if (st.groups.length === 0 && st.section === 0 && st.pending !== undefined) {
        // "三点五万": the decimal belongs to the digit, and a scale may still follow
        st.pending += atom.frac;
        st.pendingSingle = false;
        st.afterPoint = true;
      } else {
        st.fracTail = atom.frac;
        st.done = true;
      }
      return atom.kind;
    }
  }
}

/** Is the text at `i` a unit, scale or measure word, so that "三四" before it is a vague pair? */
function pairTarget(src: Source, i: number): boolean {
  const next = atomAt(src, i);
  if (next && (next.kind === 'unit' || next.kind === 'scale')) return true;
  return longestAt(src.text, i, [...src.lex.counters, ...src.lex.measures].map((text) => ({ text }))) !== undefined;
}

/** Reads atoms while they continue the number; `pickSecond` takes the upper digit of a vague pair. */
function readOnce(src: Source, pos: number, pickSecond: boolean): State | undefined {
  let st = freshState(pos);
  let prev: State | undefined;
  let i = pos;
  for (;;) {
    let j = i;
    while (isSpace(src.text[j]) && j - i < 6) j++;
    const spaced = j > i;
    if (spaced && st.atoms === 0) break;
    const atom = atomAt(src, j, st.atoms === 0);
    if (!atom) break;
    // Spaces inside a number only around units and scales ("一百 五 十 二", "1000  万"),
    // never between two digits ("423", an ideographic space U+3000, "0000" is two numbers).
    if (spaced) {
      const around = [st.lastKind, atom.kind];
      if (!around.some((k) => k === 'unit' || k === 'scale' || k === 'vague' || k === 'point')) break;
    }
    const before = copyState(st);
    const recorded = accept(src, st, atom, spaced, pickSecond);
    if (!recorded) {
      st = before;
      break;
    }
    prev = before;
    st.atoms++;
    st.lastKind = recorded;
    if (recorded !== 'vague') st.lastReal = recorded;
    if (recorded === 'digit' || recorded === 'arabic' || recorded === 'zero') st.digitAtoms++;
    st.end = atom.end;
    i = atom.end;
  }
  if (st.atoms === 0) return undefined;
  // 两 is never the last digit after a unit: "两万两" is 20 000 liang
  if (st.pendingNonFinal && st.atoms > 1 && st.lastKind === 'digit' && prev) st = prev;
  return st;
}

function finish(src: Source, pos: number, st: State): Numeral {
  abbreviate(src, st);
  const groups = st.groups.reduce((sum, g) => sum + g.value, 0);
  let value = groups + st.section + (st.pending ?? 0) + st.fracTail;
  // "1.1万" is 11000, not the 11000.000000000002 that binary arithmetic makes of it
  if (!Number.isInteger(value)) value = Number(value.toPrecision(15));
  const numeral: Numeral = {
    start: pos,
    end: st.end,
    value,
    decimals: st.decimals,
    grouped: st.grouped,
    digits: st.digits,
    kanji: st.kanji,
    scaled: st.scaled,
    vague: st.vague,
    positional: st.positional.length,
    plain: st.atoms === 1 && st.arabicAtoms === 1 && !st.grouped && st.decimals === 0 && Number.isInteger(value) && !st.suffixed,
    bareUnit: st.digitAtoms === 0,
  };
  if (st.ambiguous) numeral.ambiguous = st.ambiguous;
  for (const [ch, reason] of Object.entries(src.lex.ambiguousScales)) {
    const at = st.scaleChars.indexOf(ch);
    if (at < 0) continue;
    const later = st.scaleChars.slice(at + 1);
    if (![...src.lex.scaleDisambiguators].some((d) => later.includes(d))) numeral.ambiguous = reason;
  }
  return numeral;
}

/** The number written at `pos` (no sign), or undefined. */
export function readNumeral(src: Source, pos: number): Numeral | undefined {
  const state = readOnce(src, pos, false);
  if (!state) return undefined;
  const numeral = finish(src, pos, state);
  if (state.pairMode) {
    const second = readOnce(src, pos, true);
    const max = second ? finish(src, pos, second) : undefined;
    if (max && max.end === numeral.end) numeral.pairMax = max.value;
  }
  return numeral;
}

/** The numeral characters of a lexicon (its digits, units and scales), one set per lexicon. */
const numeralSets = new WeakMap<CjkLexicon, ReadonlySet<string>>();

/** Whether `ch` is a digit, unit or scale character of the lexicon (一, 十, 万): one set look-up per character. */
export function isNumeralOf(lex: CjkLexicon, ch: string): boolean {
  let set = numeralSets.get(lex);
  if (!set) {
    const defined = (table: Readonly<Record<string, number>>) => Object.keys(table).filter((key) => table[key] !== undefined);
    numeralSets.set(lex, (set = new Set([...defined(lex.digits), ...defined(lex.units), ...defined(lex.scales)])));
  }
  return set.has(ch);
}

/** Can a number start at `pos`? (cheap test before readNumeral) */
export function numeralStartsAt(src: Source, pos: number): boolean {
  const ch = src.text[pos];
  if (ch === undefined) return false;
  const n = src.norm[pos];
  return isDigit(n) || (n === '.' && isDigit(src.norm[pos + 1])) || isNumeralOf(src.lex, ch);
}

