// Figures from atoms: dates first, then ranges ("0 bis 1", "2022-2023", "zwischen 3 und 5
// Prozent", "100 bis 300 Milliarden"), bounds that make a range together ("mehr als 10 und
// weniger als 20"), and the qualifier written before the figure ("etwa", "bis zu", "more
// than"). The result is one reading per figure, in text order, without overlaps.

import type { Qualifier } from '../article/types.js';
import { articleAtom, atomOf, quantityWordAtom, uncertainWords, type Atom } from './atoms.js';
import { Coverage } from './coverage.js';
import { readDates } from './dates.js';
import { readElapsed } from './elapsed.js';
import { readTimes } from './times.js';
import { readNamedTimes, readWordTimes } from './word-times.js';
import { rangeJoiner, type Lexicon } from './lexicon.js';
import { readNumbers, type NumberReading } from './numbers.js';
import { spanText, type Token } from './tokens.js';
import type { FigureReading, ReadOptions } from './types.js';

const DASHES = new Set(['-', '–', '—', '~', '‒']);
const LOWER: ReadonlySet<Qualifier> = new Set(['over', 'min']);
const UPPER: ReadonlySet<Qualifier> = new Set(['under', 'max']);

interface Draft {
  from: number;
  to: number;
  reading: Omit<FigureReading, 'start' | 'end' | 'text'>;
  /** Where a qualifier before the figure may end. */
  qualifiable: boolean;
  /** Token indices of the value without qualifier words, when they differ from [from, to). */
  core?: [number, number];
}

/** Atoms that may be joined into a range: same kind of thing, or one side bare. */
function compatible(a: Atom, b: Atom): boolean {
  if (a.kind === 'ordinal' || b.kind === 'ordinal') return false;
  if (a.kind === 'number' || b.kind === 'number') return true;
  return a.kind === b.kind && a.unit === b.unit && a.currency === b.currency;
}

/** The range joiner between two atoms, if the tokens between them are exactly one. */
function rangeBetween(tokens: readonly Token[], a: Atom, b: Atom, lexicon: Lexicon): { opener?: number; dash: boolean } | undefined {
  if (b.from === a.to && caseRange(tokens, a, b, lexicon)) return { dash: false };
  if (b.from <= a.to) return undefined;
  const opener = lexicon.rangeBetween.matchBefore(tokens, a.from);
  const viaTo = rangeJoiner(tokens, a.to, a.from, lexicon, b.from);
  const viaAnd = opener ? lexicon.rangeAnd.match(tokens, a.to, { end: b.from }) : undefined;
  const joiner = viaAnd ?? viaTo;
  if (!joiner || joiner.end !== b.from) return undefined;
  const dash = DASHES.has(tokens[a.to]?.text ?? '');
  return { ...(viaAnd && opener ? { opener: opener.start } : {}), dash };
}

/** "340 miljoonasta 500 miljoonaan": the start in one case, the end in another, nothing between. */
function caseRange(tokens: readonly Token[], a: Atom, b: Atom, lexicon: Lexicon): boolean {
  const { fromSuffixes, toSuffixes } = lexicon.data.range;
  if (!fromSuffixes?.length || !toSuffixes?.length) return false;
  const first = tokens[a.to - 1];
  const last = tokens[b.to - 1];
  if (first?.kind !== 'word' || last?.kind !== 'word' || tokens[b.from]!.gap === '') return false;
  return fromSuffixes.some((suffix) => first.key.endsWith(suffix)) && toSuffixes.some((suffix) => last.key.endsWith(suffix));
}

/** A dash inside a chain of numbers ("+1-222-2222") is no range. */
function inDashChain(tokens: readonly Token[], a: Atom, b: Atom): boolean {
  const before = tokens[a.from - 1];
  const after = tokens[b.to];
  return (before !== undefined && DASHES.has(before.text) && tokens[a.from - 2]?.kind === 'num') || (after !== undefined && DASHES.has(after.text) && tokens[b.to + 1]?.kind === 'num' && after.gap === '');
}

function rangeOf(tokens: readonly Token[], a: Atom, b: Atom, lexicon: Lexicon): Draft | undefined {
  if (!compatible(a, b) || a.postQualifier) return undefined;
  const joint = rangeBetween(tokens, a, b, lexicon);
  if (!joint) return undefined;
  if (joint.dash && inDashChain(tokens, a, b)) return undefined;
  let low = a.value;
  const high = b.value;
  // "zwischen 40 und 30 Millionen Euro": "between … and" makes a range even with its ends
  // reversed (validation reports it), the scale written once belonging to both when the two
  // numbers as written are of one size ("between 500 and 2 million" runs from 500).
  const between = joint.opener !== undefined;
  const written = b.num.scale ? b.num.value / b.num.scale : high;
  // "4,2 bis 3,9 Millionen Jahren", "4.2-3.9 million years ago": a span counted back, its scale
  // written once, is a range with its ends reversed too.
  const reversedScaled = (between || (b.num.scale ?? 1) > 1) && low >= written && low < written * 10;
  // "100 bis 300 Milliarden": the scale of the end belongs to the start as well.
  const sameShape = b.kind === a.kind || a.kind === 'number';
  if (!a.num.scaled && b.num.scale && sameShape && (reversedScaled || low * b.num.scale <= high)) low *= b.num.scale;
  if (!between && !(reversedScaled && !a.num.scaled) && (joint.dash ? !(low < high) : !(low <= high))) return undefined;
  const shape = a.kind !== 'number' ? a : b;
  const reading: Draft['reading'] = { kind: 'range', min: low, max: high, qualifier: 'exact' };
  if (shape.kind === 'percent') reading.unit = '%';
  if (shape.unit !== undefined && shape.kind !== 'percent') reading.unit = shape.unit;
  if (shape.currency !== undefined) reading.currency = shape.currency;
  if (shape.currencyFamily !== undefined) reading.currencyFamily = shape.currencyFamily;
  if (shape.percentPoints) reading.percentPoints = true;
  const decimals = Math.max(a.num.decimals ?? 0, b.num.decimals ?? 0);
  if (decimals > 0) reading.decimals = decimals;
  const ambiguous = a.num.ambiguous ?? b.num.ambiguous;
  if (ambiguous) reading.ambiguous = ambiguous;
  // "० तः १०० पर्यन्तम्" (from 0 up to 100): an "up to" after the end closes the range, whose
  // upper bound it already is; other post-qualifiers ("10 bis 20 oder mehr") still apply.
  if (b.postQualifier && b.postQualifier.qualifier !== 'max') {
    reading.qualifier = b.postQualifier.qualifier;
    reading.qualifierText = b.postQualifier.text;
    if (b.postQualifier.uncertain) reading.qualifierUncertain = true;
  }
  return { from: joint.opener ?? a.from, to: b.to, reading, qualifiable: true };
}

/**
 * "von 606 auf 480 Millionen Euro", "from 5 to 3 percent", "с 606 до 480 млн": a change downwards
 * (a from-word before the first number), no range, whose second figure's scale, unit and currency
 * are written once for both. The first figure, a bare number written at the size of the second
 * ("606" beside "480 Millionen"), as an atom with them. "between 40 and 30 million" and a span
 * counted back ("4,2 bis 3,9 Millionen Jahren") stay ranges.
 */
function changeStart(tokens: readonly Token[], a: Atom, b: Atom, lexicon: Lexicon): Atom | undefined {
  if (a.kind !== 'number' || b.kind === 'number' || b.kind === 'ordinal' || a.num.scaled || a.num.year || a.postQualifier) return undefined;
  const joint = rangeBetween(tokens, a, b, lexicon);
  if (!joint || joint.opener !== undefined || joint.dash || !lexicon.rangeFrom.matchBefore(tokens, a.from)) return undefined;
  const scale = b.num.scale ?? 1;
  const written = b.value / scale;
  // Written at one size: "606 auf 480 Millionen", not "3 to 480 million" (3 is something else).
  if (!(a.value >= written / 10 && a.value < written * 10)) return undefined;
  // Upwards it is read as a range already ("von 400 auf 480 Millionen").
  if (!(a.value * scale > b.value)) return undefined;
  const { unit, measure, currency, currencyFamily, percentPoints } = b;
  return {
    ...a,
    value: a.value * scale,
    kind: b.kind,
    num: scale === 1 ? a.num : { ...a.num, value: a.num.value * scale, scaled: true, scale },
    ...(unit !== undefined ? { unit } : {}),
    ...(measure !== undefined ? { measure } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(currencyFamily !== undefined ? { currencyFamily } : {}),
    ...(percentPoints !== undefined ? { percentPoints } : {}),
  };
}

function singleOf(atom: Atom): Draft {
  const kind = atom.kind === 'number' && atom.num.year && !atom.num.words ? 'year' : atom.kind;
  const reading: Draft['reading'] = { kind, value: atom.value, qualifier: 'exact' };
  if (atom.unit !== undefined) reading.unit = atom.unit;
  if (atom.currency !== undefined) reading.currency = atom.currency;
  if (atom.currencyFamily !== undefined) reading.currencyFamily = atom.currencyFamily;
  if (atom.percentPoints) reading.percentPoints = true;
  if (atom.num.decimals) reading.decimals = atom.num.decimals;
  if (atom.num.ambiguous) reading.ambiguous = atom.num.ambiguous;
  // "१९४५ पर्यन्तं" (until 1945): a bound after a year bounds time, as one before it does.
  if (atom.postQualifier && !(kind === 'year' && atom.postQualifier.qualifier !== 'approx')) {
    reading.qualifier = atom.postQualifier.qualifier;
    reading.qualifierText = atom.postQualifier.text;
    if (atom.postQualifier.uncertain) reading.qualifierUncertain = true;
  } else if (atom.num.approx) {
    // "une vingtaine de personnes": about twenty.
    reading.qualifier = 'approx';
  }
  // "usque ad decimum mensem": a bound before an ordinal bounds time, not the rank.
  return { from: atom.from, to: atom.to, reading, qualifiable: !atom.postQualifier && kind !== 'ordinal' };
}

/** "mehr als 10 und weniger als 20", "at most 100 and at least 20": two bounds, one range. */
function boundPair(tokens: readonly Token[], a: Draft, b: Draft, lexicon: Lexicon): Draft | undefined {
  const qa = a.reading.qualifier;
  const qb = b.reading.qualifier;
  const lowFirst = LOWER.has(qa) && UPPER.has(qb);
  const highFirst = UPPER.has(qa) && LOWER.has(qb);
  if (!lowFirst && !highFirst) return undefined;
  if (a.reading.value === undefined || b.reading.value === undefined) return undefined;
  const joiner = lexicon.boundJoiners.match(tokens, a.to, { end: b.from });
  if (!joiner || joiner.end !== b.from) return undefined;
  const low = lowFirst ? a.reading.value : b.reading.value;
  const high = lowFirst ? b.reading.value : a.reading.value;
  if (!(low < high)) return undefined;
  const reading: Draft['reading'] = { ...a.reading, kind: 'range', min: low, max: high, qualifier: 'exact', qualifierText: `${a.reading.qualifierText ?? ''} … ${b.reading.qualifierText ?? ''}`.trim() };
  delete reading.value;
  if (a.reading.kind === 'percent') reading.unit = '%';
  return { from: a.from, to: b.to, reading, qualifiable: false };
}

function withQualifier(tokens: readonly Token[], draft: Draft, lexicon: Lexicon, floor: number): Draft {
  if (!draft.qualifiable) return draft;
  // "plus de la moitié", "more than the 20.4 million", "indicativamente il 90%": a definite
  // article may stand between (not after a preposition such as "over the 10 years", nor before
  // a year: "under the 2015 agreement").
  const article = tokens[draft.from - 1] !== undefined && lexicon.articles.has(tokens[draft.from - 1]!.key) && draft.reading.kind !== 'year' && draft.reading.kind !== 'time';
  // "cerca del año 1000", "etwa im Jahr 800", "noin vuonna 1000": a year word may stand between
  // ("del año" or "año" after "cerca del").
  const yearWord = draft.reading.kind === 'year' || tokens[draft.from]?.kind === 'num' ? yearWordStart(tokens, draft.from, lexicon) : undefined;
  let qualifierEnd = draft.from;
  let hit = lexicon.qualifiers.matchBefore(tokens, draft.from);
  // "hasta un 30 %", "casi un 40 %": an indefinite article before digits.
  const indefinite = tokens[draft.from - 1] !== undefined && lexicon.indefinite.has(tokens[draft.from - 1]!.key) && tokens[draft.from]?.kind === 'num' && draft.reading.kind !== 'year' && draft.reading.kind !== 'time';
  if (!hit && (article || indefinite)) {
    const bridged = lexicon.qualifiers.matchBefore(tokens, draft.from - 1);
    const preposition = bridged && tokens.slice(bridged.start, draft.from - 1).some((t) => lexicon.digitQualifiers.has(t.key));
    if (bridged && (indefinite || tokens[draft.from]?.kind === 'word' || !preposition)) [hit, qualifierEnd] = [bridged, draft.from - 1];
  }
  if (!hit && yearWord !== undefined) [hit, qualifierEnd] = [yearWord.hit, yearWord.start];
  // "um 1500", "ungefähr um 400 n. Chr.": qualifiers of a calendar year only.
  if (!hit && calendarYear(tokens, draft)) hit = lexicon.yearQualifiers.matchBefore(tokens, draft.from);
  if (!hit || hit.start < floor) return draft;
  // "bis 1945", "fino al 1945", "até 1945": a bound before a year bounds time; only "about" qualifies
  // it, also before the bound ("примерно до 1100 г.", "ungefähr bis 1500": until about 1100).
  if (draft.reading.kind === 'year' && hit.value !== 'approx') {
    const about = lexicon.qualifiers.matchBefore(tokens, hit.start);
    if (about?.value !== 'approx' || about.start < floor) return draft;
    return { ...draft, from: about.start, reading: { ...draft.reading, qualifier: 'approx', qualifierText: spanText(tokens, about.start, draft.from) } };
  }
  // "turns over 10 billion euros", "verfügt über 100 Mitarbeiter": a verb, not a bound.
  const blocker = lexicon.qualifierBlockers.matchBefore(tokens, qualifierEnd);
  if (blocker && blocker.start < hit.start) return draft;
  // "<>30", "=>30": comparison signs that are no qualifier of a news figure.
  const before = tokens[hit.start - 1];
  if (tokens[hit.start]!.kind === 'sym' && before?.kind === 'sym' && before.gap === '' && tokens[hit.start]!.gap === '' && /[<>=!]/.test(before.text)) return draft;
  const phrase = tokens.slice(hit.start, draft.from).map((t) => t.key).join(' ');
  // ("over two days" is a span; "over four million people" a bound, as with digits)
  const large = Math.abs(draft.reading.value ?? draft.reading.min ?? 0) >= 1000;
  // ("over half of all energy", "under a third": a share, bounded, as with digits)
  const share = draft.reading.value !== undefined && draft.reading.value > 0 && draft.reading.value < 1;
  if (lexicon.digitQualifiers.has(phrase) && tokens[draft.from]?.kind !== 'num' && !large && !share && !lexicon.currencySymbols.match(tokens, draft.from)) return draft;
  // A bound that is also a preposition: before a year it bounds time ("вплоть до 2007 года",
  // until 2007), after a word of change it is the value reached ("сбавил скорость до 160 км/ч").
  const preposition = tokens.slice(hit.start, draft.from).some((t) => lexicon.digitQualifiers.has(t.key));
  if (preposition && hit.value !== 'approx' && (draft.reading.kind === 'year' || changeBefore(tokens, hit.start, lexicon))) return draft;
  const text = spanText(tokens, hit.start, draft.from);
  const reading = { ...draft.reading, qualifier: hit.value, qualifierText: text };
  // "ganze 20 Prozent", "hingga 40 tahun": words that may not bound the figure.
  if (uncertainWords(tokens, hit.start, qualifierEnd, lexicon, draft.reading.unit)) reading.qualifierUncertain = true;
  // A clock time keeps the span of its value: the time is one placeholder, the qualifier text.
  const core = draft.core ?? (draft.reading.kind === 'time' ? ([draft.from, draft.to] as [number, number]) : undefined);
  return { ...draft, from: hit.start, reading, ...(core ? { core } : {}) };
}

/** A calendar year: read as one, or digits 1000–2100 written without grouping and with nothing after them. */
function calendarYear(tokens: readonly Token[], draft: Draft): boolean {
  if (draft.reading.kind === 'year') return true;
  const value = draft.reading.value ?? 0;
  const run = tokens[draft.from]?.run;
  return draft.reading.kind === 'number' && draft.to === draft.from + 1 && run !== undefined && !run.grouped && !run.decimals && Number.isInteger(value) && value >= 1000 && value <= 2100;
}

/** The qualifier before a year word before `at` ("cerca del | año 1000", "aproximadamente | en el año 10 000"). */
function yearWordStart(tokens: readonly Token[], at: number, lexicon: Lexicon): { start: number; hit: ReturnType<Lexicon['qualifiers']['matchBefore']> } | undefined {
  const phrase = lexicon.yearBefore.matchBefore(tokens, at);
  if (!phrase) return undefined;
  // The qualifier may end inside the year words: "cerca del" + "año" of "del año".
  for (let end = phrase.start; end < at; end++) {
    const hit = lexicon.qualifiers.matchBefore(tokens, end);
    if (hit && hit.start < phrase.start) return { start: end, hit };
  }
  return undefined;
}

/** A word of change among the three tokens before `at` ("вырос до", "сбавил скорость до"). */
function changeBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const hit = lexicon.changeWords.match(tokens, k, { end: at });
    if (hit) return true;
  }
  return false;
}

/** Subunits that add to the unit before them: "5 feet 2 inches" is 5 2/12 feet. */
const SUBUNITS: Record<string, { unit: string; per: number; words: string[] }> = {
  ft: { unit: 'in', per: 12, words: ['in', 'inch', 'inches'] },
};

function mergeSubunits(tokens: readonly Token[], atoms: Atom[], lexicon: Lexicon): void {
  for (let k = 0; k < atoms.length - 1; k++) {
    const atom = atoms[k]!;
    const sub = atom.unit !== undefined ? SUBUNITS[atom.unit] : undefined;
    const next = atoms[k + 1]!;
    if (!sub || next.kind !== 'number' && next.unit !== sub.unit) continue;
    let at = atom.to;
    if (tokens[at] && lexicon.connectors.has(tokens[at]!.key)) at++;
    if (next.from !== at) continue;
    const unitToken = next.unit === sub.unit ? undefined : tokens[next.to];
    if (next.unit !== sub.unit && !(unitToken && sub.words.includes(unitToken.key))) continue;
    atom.value += next.value / sub.per;
    atom.to = next.unit === sub.unit ? next.to : next.to + 1;
    atoms.splice(k + 1, 1);
  }
}

/**
 * "1,600 किलोमीटरस्या (1,000 मील) अधिक": a bound written after a conversion in brackets
 * belongs to both amounts.
 */
function boundAfterConversion(tokens: readonly Token[], atoms: Atom[], lexicon: Lexicon): void {
  for (let k = 0; k + 1 < atoms.length; k++) {
    const atom = atoms[k]!;
    const inner = atoms[k + 1]!;
    if (atom.postQualifier || inner.postQualifier || tokens[atom.to]?.text !== '(' || inner.from !== atom.to + 1 || tokens[inner.to]?.text !== ')') continue;
    // "aproximadamente 5 mm (1/5 pulgadas) o superior": a qualifier of its own keeps the first amount.
    if (lexicon.qualifiers.matchBefore(tokens, atom.from)) continue;
    const post = lexicon.postQualifiers.match(tokens, inner.to + 1);
    if (!post) continue;
    const qualifier = { qualifier: post.value, text: spanText(tokens, inner.to + 1, post.end) };
    atom.postQualifier = qualifier;
    inner.postQualifier = qualifier;
  }
}

/**
 * "o JAS 39 Gripen", "el Airbus A 320 Neo": digits between an acronym and a capitalized word
 * are a model name, where capitals mark names (not in German, whose nouns are capitalized).
 */
function modelName(tokens: readonly Token[], num: NumberReading, lexicon: Lexicon): boolean {
  if (lexicon.data.countedNoun === 'capitalized' || num.words || num.to !== num.from + 1) return false;
  const before = tokens[num.from - 1];
  const after = tokens[num.to];
  if (before?.kind !== 'word' || !/^\p{Lu}{2,5}$/u.test(before.text) || after?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(after.text)) return false;
  return !lexicon.currencySymbols.match(tokens, num.from - 1) && !lexicon.unitSymbols.match(tokens, num.from - 1) && !lexicon.currencyWords.match(tokens, num.from - 1);
}

/** All figures of a text in a language with a lexicon (every language but zh and ja). */
export function composeFigures(text: string, tokens: readonly Token[], lexicon: Lexicon, options: ReadOptions = {}): FigureReading[] {
  const numbers = readNumbers(tokens, lexicon);
  const dates = readDates(tokens, numbers, lexicon, options.referenceDate);
  // "4:41,30", "4.41,30": race times, read before clock times and decimals claim their digits.
  const elapsed = readElapsed(tokens, lexicon).filter((hit) => !dates.some((date) => hit.from < date.to && hit.to > date.from));
  const digitTimes = readTimes(tokens, lexicon).filter((time) => !elapsed.some((hit) => time.from < hit.to && time.to > hit.from));
  const wordTimes = [...digitTimes, ...readWordTimes(tokens, numbers, lexicon, digitTimes)];
  const dateSpans = new Coverage(tokens.length, dates);
  const times = [...wordTimes, ...readNamedTimes(tokens, lexicon, wordTimes)]
    .filter((time) => !dateSpans.overlaps(time.from, time.to))
    .sort((a, b) => a.from - b.from);
  // Digits glued to letters on the left ("SCP-173", "A4") are names, not figures.
  const identifier = (num: (typeof numbers)[number]) => (tokens[num.from]?.run?.identifier === true && !lexicon.currencySymbols.matchBefore(tokens, num.from)) || modelName(tokens, num, lexicon);
  const taken = [...dates, ...times, ...elapsed];
  // A colon pair that is no clock time ("7:2", "16:9") is a score or a ratio: two numbers.
  const takenSpans = new Coverage(tokens.length, taken);
  // "the first half of 2019", "die zweite Hälfte", "la primera mitad": a half after an ordinal is the
  // part it ranks, one figure with the ordinal, no fraction of its own.
  const rankedHalf = (num: (typeof numbers)[number]) => num.words && num.fraction && num.value === 0.5 && num.to === num.from + 1 && numbers.some((other) => other.ordinal && other.to === num.from);
  const free = numbers.filter((num) => !takenSpans.overlaps(num.from, num.to) && !identifier(num) && !num.yearSpan && !num.decade && !rankedHalf(num));
  // "1990s", "años 80", "2019-20": the range of years a decade or a span written short stands for
  // ("mid-1990s": a decade is never an identifier's number).
  const spans = numbers.filter((num) => num.yearSpan && !takenSpans.overlaps(num.from, num.to) && (num.decade || !identifier(num)));
  const atoms: Atom[] = [];
  let floor = 0;
  free.forEach((num, index) => {
    if (num.from < floor) return;
    const atom = atomOf(tokens, num, lexicon, free[index + 1], floor);
    // Digits glued to letters that are no unit ("24703L202") are an identifier, not a figure.
    if (num.glued !== undefined && atom.kind === 'number') return;
    atoms.push(atom);
    floor = atom.to;
  });
  mergeSubunits(tokens, atoms, lexicon);
  boundAfterConversion(tokens, atoms, lexicon);
  // "ein Euro", "a mile": articles before units, where no number was read.
  // Every overlap test in the length of the span asked about (coverage.ts), not the number of figures.
  const atomSpans = new Coverage(tokens.length, atoms);
  const covered = (at: number) => atomSpans.covers(at) || takenSpans.covers(at);
  for (let k = 0; k < tokens.length; k++) {
    if (covered(k)) continue;
    const atom = articleAtom(tokens, k, lexicon) ?? quantityWordAtom(tokens, k, lexicon);
    if (atom && !atomSpans.overlaps(atom.from, atom.to)) {
      atoms.push(atom);
      atomSpans.add(atom);
    }
  }
  atoms.sort((a, b) => a.from - b.from);

  const drafts: Draft[] = [];
  for (const date of dates) {
    drafts.push({ from: date.from, to: date.to, reading: { kind: 'date', date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}), ...(date.monthInferred ? { inferred: 'year-month' as const } : date.yearInferred ? { inferred: 'year' as const } : {}), qualifier: 'exact' }, qualifiable: false });
  }
  for (const num of spans) {
    drafts.push({ from: num.from, to: num.to, reading: { kind: 'range', min: num.yearSpan![0], max: num.yearSpan![1], qualifier: 'exact', ...(num.decade ? { decade: true } : {}) }, qualifiable: false });
  }
  for (const hit of elapsed) {
    drafts.push({ from: hit.from, to: hit.to, reading: { kind: 'quantity', value: hit.seconds, unit: 's', decimals: hit.decimals, qualifier: 'exact' }, qualifiable: true });
  }
  for (const time of times) {
    const reading: Draft['reading'] = { kind: 'time', time: time.time, ...(time.halfUnknown ? { halfUnknown: true } : {}), qualifier: 'exact' };
    if (time.approxFrom !== undefined) {
      reading.qualifier = 'approx';
      reading.qualifierText = spanText(tokens, time.approxFrom, time.from);
    }
    // "alle 9:30 circa": "about" after the time.
    const after = time.approxFrom === undefined ? lexicon.postQualifiers.match(tokens, time.to) : undefined;
    if (after?.value === 'approx') {
      reading.qualifier = 'approx';
      reading.qualifierText = spanText(tokens, time.to, after.end);
    }
    const to = after?.value === 'approx' ? after.end : time.to;
    drafts.push({ from: time.approxFrom ?? time.from, to, reading, qualifiable: reading.qualifier === 'exact', core: [time.from, time.to] });
  }
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k]!;
    const next = atoms[k + 1];
    const change = next ? changeStart(tokens, atom, next, lexicon) : undefined;
    if (change) {
      drafts.push(singleOf(change));
      // "с 606 до 480 млн": the word between is the change's "to", no bound of the second figure.
      drafts.push({ ...singleOf(next!), qualifiable: false });
      k++;
      continue;
    }
    const range = next ? rangeOf(tokens, atom, next, lexicon) : undefined;
    if (range) {
      drafts.push(range);
      k++;
      continue;
    }
    drafts.push(singleOf(atom));
  }
  drafts.sort((a, b) => a.from - b.from);

  const qualified: Draft[] = [];
  let previousEnd = 0;
  for (const draft of drafts) {
    const withQ = withQualifier(tokens, draft, lexicon, previousEnd);
    qualified.push(withQ);
    previousEnd = withQ.to;
  }
  const paired: Draft[] = [];
  for (let k = 0; k < qualified.length; k++) {
    const pair = qualified[k + 1] ? boundPair(tokens, qualified[k]!, qualified[k + 1]!, lexicon) : undefined;
    if (pair) {
      paired.push(pair);
      k++;
    } else paired.push(qualified[k]!);
  }
  return paired.map((draft) => {
    const start = tokens[draft.from]!.start;
    const end = tokens[draft.to - 1]!.end;
    const reading: FigureReading = { start, end, text: text.slice(start, end), ...draft.reading };
    if (draft.core && (draft.core[0] !== draft.from || draft.core[1] !== draft.to)) reading.core = { start: tokens[draft.core[0]]!.start, end: tokens[draft.core[1] - 1]!.end };
    return reading;
  });
}
