// An atom is one number with what is written around it: a currency before or after ("$ 75
// million", "283,82 €", "4,2 Milliarden Euro"), a percent sign or word ("26 %", "26 Prozent",
// "15 Prozentpunkte"), a unit ("40.000 P", "500Km", "3-inch") or a counted noun ("22
// Maßnahmen", "sechs nationale Schlüssellabore"), and a qualifier after it ("20.000 P
// überschritten"). Qualifiers before it and ranges are put together in compose.ts.

import type { Qualifier } from '../article/types.js';
import { CURRENCIES } from './currencies.js';
import type { CurrencyHit, Lexicon } from './lexicon.js';
import type { NumberReading } from './numbers.js';
import { ranksNext } from './ordinals.js';
import { spanText, type Token } from './tokens.js';

export type AtomKind = 'number' | 'percent' | 'money' | 'quantity' | 'ordinal';

export interface Atom {
  /** Token indices [from, to) of the whole atom; `num` is the number inside. */
  from: number;
  to: number;
  num: NumberReading;
  value: number;
  kind: AtomKind;
  unit?: string;
  /** The unit is a catalogue unit (not a counted noun). */
  measure?: boolean;
  currency?: string;
  /** Every currency a family word may name ("francs"), `currency` first. */
  currencyFamily?: readonly string[];
  percentPoints?: boolean;
  postQualifier?: { qualifier: Qualifier; text: string; uncertain?: boolean };
  /** An indefinite article read as 1 before a unit ("ein Euro", "a mile"). */
  article?: boolean;
}

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
const ADJECTIVE_ENDING = /(e|en|er|es|em)$/u;

/** A bound other than a preposition before the number ("more than", not "until"): a count, no year. */
function countQualified(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const hit = lexicon.qualifiers.matchBefore(tokens, at);
  if (!hit || hit.value === 'approx' || hit.value === 'exact') return false;
  // "fino al 1945, quando", "até 1945.": "up to" a year-like number that counts nothing is "until".
  const after = tokens[at + 1];
  const countsNothing = !isWord(after) || lexicon.stopWords.has(after.key);
  if (hit.value === 'max' && countsNothing) return false;
  // "oltre il 2009", "beyond the 2009": a definite article right before a year-like number that
  // counts nothing names the year ("il 2009"), a bound of time.
  if (countsNothing && at - 1 > hit.start && lexicon.articles.has(tokens[at - 1]!.key)) return false;
  return !tokens.slice(hit.start, at).some((token) => lexicon.digitQualifiers.has(token.key));
}

/** A currency written before the number: "$", "US$", "€", "EUR", "c $". */
export function currencyBefore(tokens: readonly Token[], at: number, lexicon: Lexicon, floor = 0): { code: string; start: number; scale?: number; family?: readonly string[] } | undefined {
  const symbol = writtenSymbolBefore(tokens, at, lexicon);
  if (symbol && symbol.start >= floor) return { code: symbol.value.code, start: symbol.start, ...(symbol.value.scale ? { scale: symbol.value.scale } : {}) };
  const word = lexicon.currencyWords.matchBefore(tokens, at);
  // Before an amount a currency is written as a code ("usd 15") or a word right before digits
  // ("dólar 22,5 millones"); not before a year ("Euro 2024" is a football championship).
  const number = tokens[at];
  const code = word !== undefined && tokens[word.start]!.key === word.value.toLowerCase();
  const beforeDigits = number?.kind === 'num' && !number.run?.year;
  if (word && word.start >= floor && word.start === at - 1 && (code || beforeDigits) && !CURRENCIES[word.value]?.minor) {
    const family = familyOf(tokens, word.start, at, lexicon);
    return { code: word.value, start: word.start, ...(family ? { family } : {}) };
  }
  return undefined;
}

/** The currencies a currency word spanning tokens [start, end) may name, when it names a family ("francs"). */
function familyOf(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): readonly string[] | undefined {
  const hit = lexicon.currencyFamilies.match(tokens, start);
  return hit?.end === end ? hit.value : undefined;
}

/** Every currency symbol and code as the catalogue writes it ("A$", "US $", "EUR"). */
const WRITTEN_SYMBOLS = new Set(Object.entries(CURRENCIES).flatMap(([code, currency]) => [...(currency.noCode ? [] : [code]), ...currency.symbols]));

/**
 * The currency symbol ending right before token `at`, written as the catalogue writes it: "A$100"
 * is Australian dollars, "A $100" an article and dollars.
 */
function writtenSymbolBefore(tokens: readonly Token[], at: number, lexicon: Lexicon): { value: CurrencyHit; start: number } | undefined {
  for (let start = Math.max(0, at - 4); start < at; start++) {
    const hit = lexicon.currencySymbols.match(tokens, start, { end: at });
    if (!hit || hit.end !== at) continue;
    const written = spanText(tokens, start, at);
    if (at - start === 1 || WRITTEN_SYMBOLS.has(written) || WRITTEN_SYMBOLS.has(written.toUpperCase())) return { value: hit.value, start };
  }
  return undefined;
}

interface Suffix {
  end: number;
  apply: (atom: Atom) => void;
}

function percentAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): Suffix | undefined {
  const points = lexicon.percentPoints.match(tokens, at);
  if (points) {
    return { end: points.end, apply: (atom) => { atom.kind = 'percent'; atom.percentPoints = true; } };
  }
  const percent = lexicon.percent.match(tokens, at);
  if (percent) return { end: percent.end, apply: (atom) => { atom.kind = 'percent'; } };
  return undefined;
}

function currencyAfter(tokens: readonly Token[], at: number, lexicon: Lexicon, num: NumberReading): Suffix | undefined {
  let symbol = lexicon.currencySymbols.match(tokens, at);
  // "1 $10": a symbol glued to the next number and apart from this one belongs to the next.
  if (symbol && tokens[at]!.gap !== '' && tokens[symbol.end]?.kind === 'num' && tokens[symbol.end]!.gap === '') symbol = undefined;
  let word = lexicon.currencyWords.match(tokens, at);
  // The longer reading wins: "$ c" (Canadian dollars) over "$".
  if (symbol && word && word.end > symbol.end) symbol = undefined;
  else if (symbol) word = undefined;
  // "१० कोटिरूप्यकाणि": a scale and the currency in one word.
  const fused = symbol ? undefined : lexicon.scaledCurrencies.match(tokens, at);
  const hit = symbol
    ? { code: symbol.value.code, scale: symbol.value.scale, end: symbol.end }
    : fused
      ? { code: fused.value[0], scale: fused.value[1], end: fused.end }
      : word
        ? { code: word.value, scale: undefined, end: word.end, family: familyOf(tokens, at, word.end, lexicon) }
        : undefined;
  if (!hit) return undefined;
  // "pounds", "Pfund": money when millions are at stake, weight otherwise ("drop 25 pounds");
  // a longer currency phrase ("фунтов стерлингов", pounds sterling) is money.
  const unitWord = word ? lexicon.unitWords.match(tokens, at) : undefined;
  if (word && unitWord && unitWord.end >= word.end && !(num.scale && num.scale >= 1e6)) return undefined;
  let end = hit.end;
  let multiplier = hit.scale ?? 1;
  // "75 USD million"
  const scale = lexicon.scales.match(tokens, end);
  if (scale && !num.scaled) {
    multiplier *= scale.value;
    end = scale.end;
  }
  return {
    end,
    apply: (atom) => {
      atom.kind = 'money';
      atom.value *= multiplier;
      if (CURRENCIES[hit.code]?.minor) atom.unit = hit.code;
      else {
        atom.currency = hit.code;
        if ('family' in hit && hit.family) atom.currencyFamily = hit.family;
      }
    },
  };
}

const OPEN_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

function unitAfter(tokens: readonly Token[], at: number, lexicon: Lexicon, glued: boolean): Suffix | undefined {
  // "20 (kg)", "20 [kg]": a unit in brackets.
  const close = OPEN_CLOSE[tokens[at]?.text ?? ''];
  if (close && !glued) {
    const inner = lexicon.unitSymbols.match(tokens, at + 1, { glued: true }) ?? lexicon.unitWords.match(tokens, at + 1);
    if (inner && tokens[inner.end]?.text === close) {
      return { end: inner.end + 1, apply: (atom) => { atom.kind = 'quantity'; atom.unit = inner.value; atom.measure = true; } };
    }
    return undefined;
  }
  let symbol = lexicon.unitSymbols.match(tokens, at, { glued: true });
  const word = glued ? undefined : lexicon.unitWords.match(tokens, at);
  // The longer reading wins: "km/jam" (km/h) over "km".
  if (symbol && word && word.end > symbol.end) symbol = undefined;
  const hit = symbol ?? word;
  const wordHit = symbol ? undefined : glued ? lexicon.unitWords.match(tokens, at, { glued: true }) : undefined;
  const found = hit ?? wordHit;
  if (!found) return undefined;
  const next = tokens[found.end];
  // "24703m212": letters or digits glued after the unit make it an identifier.
  if (next && next.gap === '' && (next.kind === 'word' || next.kind === 'num')) return undefined;
  // "24703 L-202": a unit letter starting a code.
  if (next && next.gap === '' && next.text === '-' && tokens[found.end + 1]?.kind === 'num') return undefined;
  // "Nel 2010 l'interesse", "en 2010 l'intérêt": a letter elided onto the next word is an article, not a unit.
  if (symbol && next && next.gap === '' && next.key === "'" && tokens[found.end + 1]?.gap === '' && tokens[found.end + 1]?.kind === 'word') return undefined;
  return { end: found.end, apply: (atom) => { atom.kind = 'quantity'; atom.unit = found.value; atom.measure = true; } };
}

/** "53-летнего", "29-vuotias": a unit that is the second half of an adjective joined by a hyphen. */
function hyphenUnitAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): Suffix | undefined {
  const found = lexicon.hyphenUnits.match(tokens, at);
  if (!found || (tokens[found.end]?.gap === '' && tokens[found.end]?.kind === 'word')) return undefined;
  return { end: found.end, apply: (atom) => { atom.kind = 'quantity'; atom.unit = found.value; atom.measure = true; } };
}

/** "13χρονος", "250वर्षानन्तरं": a word glued to the digits, where the language writes so (not "A4", "5G"). */
function gluedWord(tokens: readonly Token[], at: number, lexicon: Lexicon): Token | undefined {
  const word = tokens[at];
  if (!lexicon.data.gluedWords || !isWord(word) || word.gap !== '' || [...word.text].length < 3 || /\p{Lu}/u.test(word.text)) return undefined;
  const next = tokens[at + 1];
  return next && next.gap === '' && next.kind !== 'sym' ? undefined : word;
}

/**
 * A currency or unit word where the counted noun stands, after adjectives ("5 million Canadian
 * euros", "5 long years", "5 Millionen neue Euro", "US-Euro"): the money or the measure, spanning
 * the adjectives, not a noun.
 */
function measureAt(tokens: readonly Token[], k: number, lexicon: Lexicon, num: NumberReading): Suffix | undefined {
  const found = currencyAfter(tokens, k, lexicon, num) ?? unitAfter(tokens, k, lexicon, false);
  // the whole word: "Euro-Münzen" (coins) is no amount of euros
  return found && !(tokens[found.end]?.gap === '' && tokens[found.end]?.kind === 'word') ? found : undefined;
}

/** "22 Maßnahmen", "sechs nationale Schlüssellabore", "26 people": the counted noun. */
function countedNounAfter(tokens: readonly Token[], at: number, lexicon: Lexicon, limit: number, num: NumberReading): Suffix | undefined {
  const mode = lexicon.data.countedNoun;
  const first = tokens[at];
  if (mode === 'none' || !isWord(first) || first.gap === '' || at >= limit) return undefined;
  // A word that starts a range joiner in its place ("8 fino a 100") is no counted noun.
  const usable = (token: Token, k = at) =>
    !lexicon.stopWords.has(token.key) && !lexicon.months.match([token], 0) && token.text.length > 1 && !lexicon.qualifiers.match([token], 0) &&
    !lexicon.postQualifiers.match([token], 0) && !lexicon.rangeTo.match([token], 0) && !lexicon.rangeTo.match(tokens, k) && !lexicon.connectors.has(token.key) &&
    !lexicon.words.match([token], 0) && !lexicon.scales.match([token], 0);
  if (mode === 'next') {
    // "les trois premiers candidats": the noun after an ordinal.
    const ordinal = lexicon.ordinals.match(tokens, at);
    const noun = ordinal && isWord(tokens[ordinal.end]) && tokens[ordinal.end]!.gap !== '' && ordinal.end < limit ? ordinal.end : at;
    const word = tokens[noun]!;
    if (!usable(word, noun)) return undefined;
    return { end: noun + 1, apply: (atom) => { atom.kind = 'quantity'; atom.unit = word.text; } };
  }
  if (mode === 'plural') {
    if (!usable(first)) return undefined;
    let chosen = at;
    for (let k = at; k < Math.min(at + 3, limit); k++) {
      const token = tokens[k];
      if (!isWord(token) || (k > at && (token.gap === '' || !usable(token, k)))) break;
      if (/[^s]s$/u.test(token.key)) {
        chosen = k;
        break;
      }
    }
    const measure = chosen > at ? measureAt(tokens, chosen, lexicon, num) : undefined;
    if (measure) return measure;
    const unit = tokens[chosen]!.text;
    return { end: chosen + 1, apply: (atom) => { atom.kind = 'quantity'; atom.unit = unit; } };
  }
  // German: nouns are capitalized; up to two inflected adjectives may come first.
  for (let k = at; k < Math.min(at + 3, limit); k++) {
    const token = tokens[k];
    if (!isWord(token) || (k > at && token.gap === '')) return undefined;
    if (/^\p{Lu}/u.test(token.text)) {
      if (!usable(token, k)) return undefined;
      const end = tokens[k + 1]?.text === '-' && tokens[k + 1]?.gap === '' && isWord(tokens[k + 2]) && tokens[k + 2]!.gap === '' ? k + 3 : k + 1;
      // "5 Millionen neue Euro", "US-Euro": the noun after the adjectives, or after the hyphen, is a currency or unit
      const measure = (k > at ? measureAt(tokens, k, lexicon, num) : undefined) ?? (end === k + 3 ? measureAt(tokens, k + 2, lexicon, num) : undefined);
      if (measure) return measure;
      const unit = tokens.slice(k, end).map((t) => t.text).join('');
      return { end, apply: (atom) => { atom.kind = 'quantity'; atom.unit = unit; } };
    }
    if (!ADJECTIVE_ENDING.test(token.key) || lexicon.stopWords.has(token.key)) return undefined;
  }
  return undefined;
}

/**
 * "septem ubertatis anni" (seven years of plenty), "3 προηγούμενους μήνες", "5 долгих лет",
 * "trois derniers mois": where word order is free (`unitBefore`) or the counted noun is the
 * next word, a unit or currency word may follow one word (an adjective) after the number.
 */
function unitAfterWord(tokens: readonly Token[], at: number, lexicon: Lexicon, num: NumberReading, limit: number): Suffix | undefined {
  const word = tokens[at];
  if (!(lexicon.data.unitBefore || lexicon.data.countedNoun === 'next') || word?.kind !== 'word' || word.gap === '' || at + 1 >= limit || lexicon.stopWords.has(word.key)) return undefined;
  const tables = [lexicon.unitWords, lexicon.currencyWords, lexicon.words, lexicon.scales, lexicon.qualifiers, lexicon.postQualifiers, lexicon.rangeTo, lexicon.months, lexicon.percent];
  if (lexicon.connectors.has(word.key) || tables.some((table) => table.match(tokens, at) !== undefined)) return undefined;
  const next = tokens[at + 1];
  if (next?.kind !== 'word' || next.gap === '') return undefined;
  return currencyAfter(tokens, at + 1, lexicon, num) ?? unitAfter(tokens, at + 1, lexicon, false);
}

/**
 * "£125m", "$1.2bn": after a currency symbol a letter glued to the amount is its scale, not metres;
 * so it is before a unit or currency word ("8m tonnes", "3.3m barrels": no metres of tonnes).
 */
function moneyScaled(tokens: readonly Token[], num: NumberReading, lexicon: Lexicon, floor: number): NumberReading {
  const scale = num.glued !== undefined ? lexicon.data.moneyScaleSymbols?.[num.glued] : undefined;
  const after = tokens[num.to + 1];
  if (scale === undefined || (after && after.gap === '' && after.kind !== 'sym')) return num;
  const unitNext = after?.kind === 'word' && (lexicon.unitWords.match(tokens, num.to + 1) !== undefined || lexicon.currencyWords.match(tokens, num.to + 1) !== undefined);
  if (!unitNext && !currencyBefore(tokens, num.from, lexicon, floor)) return num;
  const { glued: _glued, ...rest } = num;
  return { ...rest, to: num.to + 1, value: num.value * scale, scaled: true, scale };
}

/** Units of time: with them an "until" word may say how long rather than bound the figure. */
const DURATIONS: ReadonlySet<string> = new Set(['yr', 'mo', 'wk', 'd', 'h', 'min', 's', 'dec', 'cent']);

/**
 * Whether the qualifier words [from, end) may not bound the figure: emphasis ("ganze 20
 * Prozent") or an "until" word with a duration ("hingga 40 tahun", "60 वर्षाणि यावत्").
 */
export function uncertainWords(tokens: readonly Token[], from: number, end: number, lexicon: Lexicon, unit: string | undefined): boolean {
  if (lexicon.uncertainQualifiers.match(tokens, from, { end })?.end === end) return true;
  return unit !== undefined && DURATIONS.has(unit) && lexicon.durationBounds.match(tokens, from, { end })?.end === end;
}

/** The atom around a number reading; `next` is the number after it, `floor` where the atom before ended. */
export function atomOf(tokens: readonly Token[], read: NumberReading, lexicon: Lexicon, next: NumberReading | undefined, floor: number): Atom {
  const limit = next?.from ?? tokens.length;
  // "mehr als 2000 Menschen", "более 2000 человек": a count that looks like a year.
  const counted = read.year && countQualified(tokens, read.from, lexicon) ? { ...read, year: false } : read;
  const num = moneyScaled(tokens, counted, lexicon, floor);
  const atom: Atom = { from: num.from, to: num.to, num, value: num.value, kind: num.ordinal ? 'ordinal' : num.percent ? 'percent' : 'number' };
  if (num.ordinal) return atom;
  // "в 2014 году": a year with the word that makes it one, no duration.
  if (num.year && lexicon.yearAfter.match(tokens, num.to)) return atom;
  // "2 %-yksikköä": percentage points written after a percent sign.
  const points = num.percent ? lexicon.percentPoints.match(tokens, num.to, { glued: true }) : undefined;
  if (points && tokens[num.to]!.gap === '') {
    atom.percentPoints = true;
    atom.to = points.end;
  }
  const prefix = currencyBefore(tokens, num.from, lexicon, floor);
  if (prefix && !num.percent) {
    atom.from = prefix.start;
    atom.kind = 'money';
    atom.currency = prefix.code;
    if (prefix.family) atom.currencyFamily = prefix.family;
    if (prefix.scale) atom.value *= prefix.scale;
  }
  let at = atom.to;
  if (!num.percent) {
    const glued = num.glued !== undefined;
    // "3-inch", "12-Pfund-Tasse": a unit joined with a hyphen.
    const hyphen = tokens[at]?.text === '-' && tokens[at]?.gap === '' && tokens[at + 1]?.gap === '' ? at + 1 : undefined;
    // "4,2 millions de dollars", "2 millions d'habitants": a linking word after the scale.
    const linker = (num.scaled || num.fraction) && !glued ? lexicon.scaleLinkers.match(tokens, at) : undefined;
    if (linker) {
      const linked =
        atom.kind === 'money'
          ? undefined
          : currencyAfter(tokens, linker.end, lexicon, num) ?? unitAfter(tokens, linker.end, lexicon, false) ?? countedNounAfter(tokens, linker.end, lexicon, Math.max(limit, linker.end + 1), num);
      if (linked) {
        linked.apply(atom);
        at = linked.end;
      }
    }
    const suffix = atom.kind !== 'number' && atom.kind !== 'money' ? undefined : linker && at !== num.to ? undefined : glued
      ? unitAfter(tokens, at, lexicon, true) ?? (atom.kind === 'money' ? undefined : currencyAfter(tokens, at, lexicon, num))
      : atom.kind === 'money'
        ? undefined
        : percentAfter(tokens, at, lexicon) ??
          currencyAfter(tokens, at, lexicon, num) ??
          unitAfter(tokens, at, lexicon, false) ??
          (hyphen !== undefined ? percentAfter(tokens, hyphen, lexicon) ?? unitAfter(tokens, hyphen, lexicon, false) ?? hyphenUnitAfter(tokens, hyphen, lexicon) ?? currencyAfter(tokens, hyphen, lexicon, num) : undefined) ??
          (num.year || atom.kind !== 'number' ? undefined : unitAfterWord(tokens, at, lexicon, num, limit) ?? countedNounAfter(tokens, at, lexicon, limit, num));
    const word = glued && !suffix ? gluedWord(tokens, at, lexicon) : undefined;
    if (suffix) {
      suffix.apply(atom);
      at = suffix.end;
      at = withUnitHalf(tokens, at, atom, lexicon);
    } else if (word) {
      atom.kind = 'quantity';
      atom.unit = word.text;
      at += 1;
    } else if (glued) {
      // Digits glued to letters that are no unit ("24703L202") are no figure on their own.
      atom.kind = 'number';
    }
    if (atom.kind === 'money' && atom.currency) at = minorAmount(tokens, at, atom, lexicon, next);
    // "percent of 10", "pourcentage de vingt": the percent word before the number.
    if (atom.kind === 'number') {
      const before = lexicon.percentBefore.matchBefore(tokens, num.from);
      if (before && before.start >= floor) {
        atom.kind = 'percent';
        atom.from = before.start;
      }
    }
    // "anni nongenti triginta" (930 years): a unit before a number in words, where the language writes so.
    // A unit word before wins over a counted noun after ("annos septem et nonaginta natus": 97 years).
    const counted = atom.kind === 'quantity' && !atom.measure;
    if ((atom.kind === 'number' || counted) && lexicon.data.unitBefore && num.words && !num.year) {
      const unit = lexicon.unitWords.matchBefore(tokens, num.from);
      if (unit && unit.start >= floor) {
        atom.kind = 'quantity';
        atom.unit = unit.value;
        atom.measure = true;
        atom.from = unit.start;
        if (counted) at = num.to;
      }
    }
  }
  atom.to = at;
  let post = lexicon.postQualifiers.match(tokens, at);
  // "50 percent plus one vote", "un million, au moins 20": a number right after is what the words belong to.
  if (post && next && next.from === post.end) post = undefined;
  // "2 menit lebih lambat" (two minutes slower): a comparison; the figure is the difference.
  if (post && lexicon.comparativesAfter.match(tokens, post.end)) post = undefined;
  // "60 gol (o più)": the bound in brackets.
  let close = 0;
  if (!post && tokens[at]?.text === '(') {
    const inner = lexicon.postQualifiers.match(tokens, at + 1);
    if (inner && tokens[inner.end]?.text === ')') {
      post = { value: inner.value, end: inner.end };
      close = 1;
    }
  }
  // "10 and more than 40": "more than" qualifies the next number, not this one.
  const overlapping =
    post &&
    [...Array(post.end - at).keys()].some((k) => {
      const longer = lexicon.qualifiers.match(tokens, at + k);
      return longer !== undefined && longer.end > post.end && tokens[longer.end] !== undefined && tokens[longer.end]!.kind !== 'sym';
    });
  if (post && !overlapping) {
    const uncertain = uncertainWords(tokens, at + close, post.end, lexicon, atom.unit);
    atom.postQualifier = { qualifier: post.value, text: spanText(tokens, at + close, post.end), ...(uncertain ? { uncertain } : {}) };
    atom.to = post.end + close;
    // "тридцать с небольшим лет", "двадцать с лишним километров": the unit after the qualifier.
    const after = atom.kind === 'number' && !num.year && close === 0 ? (currencyAfter(tokens, post.end, lexicon, num) ?? unitAfter(tokens, post.end, lexicon, false)) : undefined;
    if (after) {
      after.apply(atom);
      atom.to = after.end;
    }
  }
  return atom;
}

/** "15 Dollar und 15 Cent", "thirteen dollars forty-five cents", "zwei Euro fünfzig": the cents. */
function minorAmount(tokens: readonly Token[], at: number, atom: Atom, lexicon: Lexicon, next: NumberReading | undefined): number {
  if (!next || !Number.isInteger(atom.value) || atom.num.scaled) return at;
  let k = at;
  // "15 Dollar und 15 Cent", "3 euros con 99 céntimos"
  if (tokens[k] && (lexicon.connectors.has(tokens[k]!.key) || lexicon.decimalWords.match(tokens, k)?.end === k + 1)) k++;
  if (next.from !== k || !Number.isInteger(next.value) || next.value < 1 || next.value > 99 || next.percent || next.glued) return at;
  const minor = lexicon.currencyWords.match(tokens, next.to);
  if (minor && CURRENCIES[minor.value]?.minor) {
    atom.value += next.value / 100;
    return minor.end;
  }
  // Without a minor unit the cents must end the phrase ("15 dollars 50.").
  const after = tokens[next.to];
  if (!after || (after.kind === 'sym' && /[.,;!?)]/.test(after.text))) {
    atom.value += next.value / 100;
    return next.to;
  }
  return at;
}

/** "ein Euro", "a mile", "einen Teelöffel": an indefinite article before a unit is 1. */
export function articleAtom(tokens: readonly Token[], at: number, lexicon: Lexicon): Atom | undefined {
  const token = tokens[at];
  if (!isWord(token) || !lexicon.indefinite.has(token.key)) return undefined;
  const num: NumberReading = { from: at, to: at + 1, value: 1, words: true, scaled: false, fraction: false, percent: false, ordinal: false, year: false };
  const unit = lexicon.unitWords.match(tokens, at + 1);
  const currency = lexicon.currencyWords.match(tokens, at + 1);
  // "a decades-old dispute", "a years-long war": the word begins a compound adjective.
  const compound = (end: number) => tokens[end]?.text === '-' && tokens[end]!.gap === '' && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.gap === '';
  if ((unit && compound(unit.end)) || (currency && compound(currency.end))) return undefined;
  // "a second stroke of luck", "une seconde vague": a unit word that is also an ordinal ranks the word after it.
  if (unit && lexicon.ordinals.match(tokens, at + 1)?.end === unit.end && ranksNext(tokens, unit.end, lexicon)) return undefined;
  // "un real problema": a currency word that is also an adjective is no amount after an article.
  if (currency && lexicon.homographs.has(tokens[at + 1]!.key)) return undefined;
  if (currency && !(unit && currency.end <= unit.end)) {
    const atom: Atom = { from: at, to: currency.end, num, value: 1, kind: 'money', article: true };
    if (CURRENCIES[currency.value]?.minor) atom.unit = currency.value;
    else {
      atom.currency = currency.value;
      const family = familyOf(tokens, at + 1, currency.end, lexicon);
      if (family) atom.currencyFamily = family;
    }
    return atom;
  }
  if (unit) {
    const atom: Atom = { from: at, to: unit.end, num, value: 1, kind: 'quantity', unit: unit.value, measure: true, article: true };
    atom.to = withUnitHalf(tokens, unit.end, atom, lexicon);
    // "un giorno circa", "un jour environ": a bound after the unit, unless a number follows it ("un día, al menos 20").
    const post = lexicon.postQualifiers.match(tokens, atom.to);
    if (post && tokens[post.end]?.kind !== 'num' && !lexicon.words.match(tokens, post.end)) {
      const uncertain = uncertainWords(tokens, atom.to, post.end, lexicon, atom.unit);
      atom.postQualifier = { qualifier: post.value, text: spanText(tokens, atom.to, post.end), ...(uncertain ? { uncertain } : {}) };
      atom.to = post.end;
    }
    return atom;
  }
  return undefined;
}

/** "полгода", "сутки", "sehari": a word that is a number and its unit in one, where no number was read. */
export function quantityWordAtom(tokens: readonly Token[], at: number, lexicon: Lexicon): Atom | undefined {
  if (!isWord(tokens[at])) return undefined;
  const hit = lexicon.quantityWords.match(tokens, at);
  if (!hit) return undefined;
  const [value, unit] = hit.value;
  const num: NumberReading = { from: at, to: hit.end, value, words: true, scaled: false, fraction: !Number.isInteger(value), percent: false, ordinal: false, year: false };
  return { from: at, to: hit.end, num, value, kind: 'quantity', unit, measure: true };
}

/** "deux semaines et demie", "una hora y media", "an hour and a half": a half after the unit adds to the amount. */
function withUnitHalf(tokens: readonly Token[], at: number, atom: Atom, lexicon: Lexicon): number {
  if (atom.kind !== 'quantity' || atom.unit === undefined || !atom.measure || !Number.isInteger(atom.value)) return at;
  const half = lexicon.unitHalves.match(tokens, at);
  if (!half) return at;
  atom.value += 0.5;
  return half.end;
}
