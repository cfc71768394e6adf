// Number expressions: digits, words or both, with sign, scale ("4,2 Milliarden", "10k"),
// fractions ("3/4", "drei Viertel", "one and a half"), decimals said as words ("zwei Komma
// drei") and powers ("1.1^23", "1e10"). This is the number level; figures (qualifiers,
// percent, money, units, ranges, dates) are built on it in compose.ts.

import type { Lexicon } from './lexicon.js';
import { beginsWithStem, stemsByFirst, type StemIndex, type Token } from './tokens.js';
import { decompose, piecesAt, type PlacedPiece } from './pieces.js';
import { evaluate } from './speak.js';
import { dotOrdinalEnd, readOrdinalWords, readRomanOrdinal, romanValue } from './ordinals.js';

export interface NumberReading {
  /** Token indices [from, to). */
  from: number;
  to: number;
  value: number;
  /** Decimal places as written with digits (0,7449 → 4). */
  decimals?: number;
  grouped?: boolean;
  ambiguous?: string;
  /** Written (partly) in words. */
  words: boolean;
  /** A scale word or symbol was applied ("Milliarden", "k"). */
  scaled: boolean;
  /** The last scale applied, so a range can share it ("100 bis 300 Milliarden"). */
  scale?: number;
  fraction: boolean;
  /** Digits with a percent sign attached ("26 %"). */
  percent: boolean;
  /** "4th", "1er", "10º". */
  ordinal: boolean;
  /** Letters glued to the digits and not read as scale or ordinal ("180ml" → "ml"). */
  glued?: string;
  /** A year-like integer (1900–2100) written without grouping. */
  year: boolean;
  /** A decade or century ("1990-х", "1930-an", "años 80", "1980s"): a decade is read as the range of its years, a century is no figure. */
  decade?: boolean;
  /**
   * The years a decade or a span written short stands for ("1990s" → 1990..1999, "años 80" →
   * 1980..1989, "2019-20" → 2019..2020): a range of years (a century has none: decadeYears).
   */
  yearSpan?: readonly [number, number];
  /** Said approximately with a collective noun ("une vingtaine de", "un centinaio di"). */
  approx?: boolean;
}

const MINUS = new Set(['-', '−', '–']);
/** Letters written as a multiplication sign between digits ("36x24", Cyrillic "4х100"). */
const TIMES = new Set(['x', 'X', 'х', 'Х']);

/**
 * Vulgar fraction characters, the same in every language. A Map: looked up for every token,
 * and a plain object would be searched (its prototype too: "constructor") by any word.
 */
const VULGAR: ReadonlyMap<string, number> = new Map(Object.entries({
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
}));
const isGlued = (tokens: readonly Token[], at: number) => tokens[at] !== undefined && tokens[at]!.gap === '';
const boundaryAfter = (tokens: readonly Token[], at: number) => {
  const next = tokens[at];
  return !next || next.gap !== '' || next.kind === 'sym';
};

/**
 * What a word must be to begin a number expression, per lexicon: the first words of the
 * tables `readSigned` and `readCore` start a reading with (minus words, ordinals, and the
 * number-word tables of `piecesAt`), its connectors and indefinite articles (one set), the
 * stems those tables begin with, and the fraction suffixes. Built once per lexicon from its
 * tables, so it holds as the tables gain words; a reader that starts a number in a new way
 * adds its table here (test/figures-prefilter.test.ts compares with every word read).
 */
interface Starts {
  keys: ReadonlySet<string>;
  /** First tokens of case-sensitive tables, as written. */
  texts: ReadonlySet<string>;
  /** Stems by their first character (tokens.ts): a word is tried against the few that can begin it. */
  stems: StemIndex;
  textStems: StemIndex;
}

const starts = new WeakMap<Lexicon, Starts>();

function startsOf(lexicon: Lexicon): Starts {
  let known = starts.get(lexicon);
  if (known) return known;
  const keys = new Set<string>([...lexicon.connectors, ...lexicon.indefinite]);
  const texts = new Set<string>();
  const stems: string[] = [];
  const textStems: string[] = [];
  const tables = [lexicon.minusWords, lexicon.ordinals, lexicon.words, lexicon.hundreds, lexicon.scales, lexicon.tens, lexicon.teens, lexicon.addedHalves, lexicon.halves, lexicon.fractions, lexicon.dozens];
  for (const table of tables) {
    const first = table.firstTokens();
    for (const key of first.keys) (first.caseSensitive ? texts : keys).add(key);
    (first.caseSensitive ? textStems : stems).push(...first.stems);
  }
  starts.set(lexicon, (known = { keys, texts, stems: stemsByFirst(stems), textStems: stemsByFirst(textStems) }));
  return known;
}

/** Roman numerals begin with one of these letters ("XVII", "MCMXC", "XVe"). */
const ROMAN_LETTERS = new Set(['M', 'D', 'C', 'L', 'X', 'V', 'I']);

/**
 * Whether a number expression may begin at word `token` (false: `readSigned` reads none
 * there). Asked before the readers, which try a dozen tables on every word of a text.
 */
function mayStartNumber(token: Token, lexicon: Lexicon): boolean {
  const { keys, texts, stems, textStems } = startsOf(lexicon);
  if (keys.has(token.key) || texts.has(token.text) || ROMAN_LETTERS.has(token.text[0] ?? '')) return true;
  if (beginsWithStem(token.key, stems) || beginsWithStem(token.text, textStems)) return true;
  for (const suffix of lexicon.fractionSuffixes) if (token.key.endsWith(suffix) && token.key.length > suffix.length) return true;
  return Boolean(lexicon.data.compounds) && decompose(token.key, lexicon) !== undefined;
}

/**
 * Read every number expression in the tokens, left to right, without overlaps. `prefilter`
 * (default) skips words that cannot begin one; off, every token is tried (for the test that
 * both agree).
 */
export function readNumbers(tokens: readonly Token[], lexicon: Lexicon, prefilter = true): NumberReading[] {
  const out: NumberReading[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const reading = prefilter && token.kind === 'word' && !mayStartNumber(token, lexicon) ? undefined : readSigned(tokens, i, lexicon);
    if (reading) {
      out.push(reading);
      i = reading.to;
    } else i++;
  }
  return out;
}

function readSigned(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const minusWord = lexicon.minusWords.match(tokens, at);
  // "au moins 20", "al menos 20": the minus word is part of a qualifier (asked only of a minus word).
  const inQualifier = () => [1, 2, 3].some((back) => (lexicon.qualifiers.match(tokens, at - back)?.end ?? 0) > at);
  if (minusWord && !inQualifier()) {
    const core = readCore(tokens, minusWord.end, lexicon);
    if (core) return { ...core, from: at, value: -core.value };
  }
  const token = tokens[at];
  const before = tokens[at - 1];
  // "- 1 4/5", "- 10 k": a detached minus sign at the start of an expression, not a dash
  // between two numbers or words.
  // "1.–5. toukokuuta": after a day's ordinal dot the dash joins two days.
  const afterDayDot = before?.text === '.' && tokens[at - 2]?.kind === 'num' && before.gap === '';
  if (token?.kind === 'sym' && MINUS.has(token.text) && (!before || (before.kind === 'sym' && before.text !== ')' && !afterDayDot))) {
    const next = tokens[at + 1];
    if (next?.kind === 'num' && next.run && next.run.value >= 0) {
      const core = readCore(tokens, at + 1, lexicon);
      if (core) return { ...core, from: at, value: -core.value };
    }
  }
  return readCore(tokens, at, lexicon);
}

export { romanValue };

function base(from: number, to: number, value: number): NumberReading {
  return { from, to, value, words: false, scaled: false, fraction: false, percent: false, ordinal: false, year: false };
}

function readCore(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.kind === 'num') return readDigits(tokens, at, lexicon);
  const vulgar = VULGAR.get(token.text);
  if (vulgar !== undefined) return { ...base(at, at + 1, vulgar), fraction: true };
  if (token.kind !== 'word') return undefined;
  const ordinal = readOrdinalWords(tokens, at, lexicon);
  // "anno millesimo nongentesimo": an ordinal after a year word is the year; below a hundred it
  // counts years ("imperii anno vicesimo tertio": in the 23rd year of his reign).
  if (ordinal) return lexicon.yearWords.matchBefore(tokens, at) && ordinal.value >= 100 ? asYear(ordinal) : ordinal;
  // "XVII век", "siglo XV", "XVe siècle": Roman numerals of a century.
  const roman = readRomanOrdinal(tokens, at, lexicon);
  if (roman) return roman;
  const cardinal = lexicon.data.romanNumerals ? readRomanCardinal(tokens, at, lexicon) : undefined;
  if (cardinal) return cardinal;
  // "sei entrata in crisi?", "sei stato": a number word that is also a verb, before what the verb takes.
  if (lexicon.verbHomographs.words.has(token.key) && verbHere(tokens, at, lexicon)) return undefined;
  // "i venti possono": a number word that is also a noun is a figure only when it is plainly one.
  if (lexicon.homographs.has(token.key) && !plainlyNumber(tokens, at, lexicon)) return undefined;
  // "the one you mentioned": a pronoun, not a figure.
  if (lexicon.pronounNumbers.has(token.key)) {
    // "the one you mentioned" is a pronoun; "the one year following" a count of years.
    const measured = lexicon.unitWords.match(tokens, at + 1) ?? lexicon.scales.match(tokens, at + 1) ?? lexicon.currencyWords.match(tokens, at + 1);
    if (tokens[at - 1] && lexicon.pronounDeterminers.has(tokens[at - 1]!.key) && !measured) return undefined;
    // "one of the largest": a pronoun too.
    if (lexicon.pronounFollowers.match(tokens, at + 1)) return undefined;
  }
  const words = withCollective(tokens, unitBeforeTens(tokens, readWords(tokens, at, lexicon, []), lexicon), lexicon);
  // "les années quatre-vingt", "los años ochenta", "anni Ottanta": a decade in words, no figure of its own
  // (where a unit may stand before its number, "annis quadraginta" is forty years: Latin).
  if (words && !words.scaled && !words.fraction && words.value >= 10 && words.value < 100 && words.value % 10 === 0 && !lexicon.data.unitBefore && lexicon.decadeBefore.matchBefore(tokens, at)) {
    return { ...words, decade: true, ...decadeYears(words.value) };
  }
  return words;
}

/**
 * "une vingtaine de personnes", "deux centaines de", "un centinaio di": a number ending in a
 * collective noun is approximate, and one only before "de"/"di" ("une quarantaine" alone is a
 * quarantine).
 */
/** "unum et triginta" (31), "septem et nonaginta" (97): a unit, a joining word, then its tens. */
function unitBeforeTens(tokens: readonly Token[], reading: NumberReading | undefined, lexicon: Lexicon): NumberReading | undefined {
  if (!reading || reading.to !== reading.from + 1 || !reading.words || reading.scaled || reading.fraction || !Number.isInteger(reading.value) || reading.value < 1 || reading.value > 9) return reading;
  const joint = lexicon.unitsBeforeTens.match(tokens, reading.to);
  if (!joint || tokens[joint.end]?.kind !== 'word') return reading;
  const tens = readWords(tokens, joint.end, lexicon, []);
  if (!tens || tens.to !== joint.end + 1 || tens.scaled || tens.value < 20 || tens.value > 90 || tens.value % 10 !== 0) return reading;
  return { ...reading, to: tens.to, value: reading.value + tens.value };
}

function withCollective(tokens: readonly Token[], reading: NumberReading | undefined, lexicon: Lexicon): NumberReading | undefined {
  if (!reading) return reading;
  const collective = lexicon.approxCollectives.matchBefore(tokens, reading.to);
  if (!collective || collective.start === reading.from) return reading;
  return lexicon.scaleLinkers.match(tokens, reading.to) ? { ...reading, approx: true } : undefined;
}

/** Digits glued to a dash right after a number and its dot ("10.-11."): the dash joins, the number is positive. */
export function dashJoined(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const dot = tokens[at - 1];
  return token?.kind === 'num' && (token.run?.value ?? 0) < 0 && MINUS.has(token.text[0] ?? '') && dot?.text === '.' && token.gap === '' && tokens[at - 2]?.kind === 'num';
}

/** "nel 1819", "desde 1800", "в 1608 году": digits 1000–1899 that a preposition or a year word after them make a year. */
function historicYear(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const run = tokens[at]!.run!;
  if (run.grouped || run.value < 1000 || run.value >= 1900) return false;
  return (lexicon.yearPrepositions.matchBefore(tokens, at) !== undefined && !countedAfter(tokens, at + 1, lexicon)) || lexicon.yearAfter.match(tokens, at + 1) !== undefined;
}

/**
 * A unit, a currency or a counted noun after the digits ("in 1500 cases", "bis 1850 Menschen",
 * "en 1500 mètres"): a count, no year. Counted nouns are known where the language marks them
 * (a plural in -s, a capital); where any next word may be one, units and currencies only.
 */
function countedAfter(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const word = tokens[at];
  if (word?.kind !== 'word' || word.gap === '' || lexicon.stopWords.has(word.key)) return false;
  if (lexicon.unitWords.match(tokens, at) || lexicon.currencyWords.match(tokens, at)) return true;
  const mode = lexicon.data.countedNoun;
  return (mode === 'plural' && /[^s]s$/u.test(word.key)) || (mode === 'capitalized' && /^\p{Lu}/u.test(word.text));
}

/** The word after a number word that is also a verb makes it the verb ("sei stato", "sei entrata"). */
function verbHere(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at + 1];
  if (next?.kind !== 'word' || next.gap === '') return false;
  if (lexicon.verbHomographs.next.has(next.key)) return true;
  const written = next.text.toLowerCase();
  return lexicon.verbHomographs.nextEndings.some((ending) => written.length > ending.length + 1 && written.endsWith(ending));
}

function readDigits(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const token = tokens[at]!;
  const run = token.run!;
  const prev = tokens[at - 1];
  // Glued to a letter on the left ("A4", "t0", "scp173"): an identifier, no number; but the
  // second number of "36x24 mm" or a relay "4х100 м" (Cyrillic х) follows a multiplication sign.
  const times = prev !== undefined && TIMES.has(prev.text) && prev.gap === '' && tokens[at - 2]?.kind === 'num';
  if (prev && token.gap === '' && prev.kind === 'word' && !times && !lexicon.currencySymbols.match(tokens, at - 1)) return undefined;
  // "10.-11. Jahrhundert", "16.-18. Mai": a dash after a number's dot joins two numbers; it is no minus.
  const reading = base(at, at + 1, dashJoined(tokens, at) ? -run.value : run.value);
  reading.decimals = run.decimals;
  reading.grouped = run.grouped;
  if (run.ambiguous) reading.ambiguous = run.ambiguous;
  // "im Jahr 800", "anno 1492": a year word makes the number a year.
  // "400 n. Chr.", "1100 г. н. э.": an era word after it does too.
  reading.year = run.year || (!run.decimals && !run.percent && Number.isInteger(run.value) && run.value > 0 && (lexicon.yearWords.matchBefore(tokens, at) !== undefined || (!run.grouped && lexicon.eraAfter.match(tokens, at + 1) !== undefined) || historicYear(tokens, at, lexicon)));
  if (run.percent) {
    reading.percent = true;
    return reading;
  }
  // "2019-20", "2010–11", "(1901-87)": a span of years, the second written with its last two digits.
  const span = shortYearSpan(tokens, at);
  if (span) return { ...reading, to: at + 3, yearSpan: span, year: false };
  // "años 80", "década de 1480", "anni '20": a decade, read as the range of its years.
  const round = !run.grouped && !run.decimals && Number.isInteger(run.value) && run.value >= 10 && run.value % 10 === 0 && run.value < 10000;
  const decadeWord = lexicon.decadeBefore.matchBefore(tokens, at) ?? (tokens[at - 1]?.key === "'" ? lexicon.decadeBefore.matchBefore(tokens, at - 1) : undefined);
  // "en los 90,", "de los 50 como jugador": after an article, where no counted noun follows.
  const decadeArticle = !decadeWord && round && (run.value < 100 || run.year) && lexicon.decadeArticles.matchBefore(tokens, at) !== undefined && nothingCounted(tokens, at + 1, lexicon);
  if ((decadeWord || decadeArticle) && round) {
    return { ...reading, decade: true, ...decadeYears(run.value), year: false };
  }
  // "1980s", "'80s", "80er Jahre", "1990ern": an ending written onto the digits (some only onto a year's).
  const decadeEnding = round && isGlued(tokens, at + 1) ? (lexicon.decadeEndings.match(tokens, at + 1) ?? (run.value >= 1000 ? lexicon.yearDecadeEndings.match(tokens, at + 1) : undefined)) : undefined;
  if (decadeEnding && boundaryAfter(tokens, decadeEnding.end)) {
    // "in her early 80s", "in seinen 70ern": a decade of someone's age, no years.
    const age = run.value < 100 && [tokens[at - 1], tokens[at - 2]].some((token) => token?.kind === 'word' && lexicon.ageDecadeAfter.has(token.key));
    return { ...reading, to: decadeEnding.end, decade: true, ...(age ? {} : decadeYears(run.value)), year: false };
  }
  // "siglo 19", "século 21": digits after a century word are its ordinal, as a Roman numeral there is.
  const glued = tokens[at + 1]?.gap === '' && tokens[at + 1]?.kind === 'word';
  if (!glued && !run.grouped && !run.decimals && Number.isInteger(run.value) && run.value >= 1 && run.value <= 40 && lexicon.romanAfter.matchBefore(tokens, at)) {
    return { ...reading, ordinal: true, year: false };
  }
  // "No 1", "Nr. 5": a rank.
  const rank = lexicon.rankPrefixes.matchBefore(tokens, at);
  if (rank && !run.grouped && !run.decimals && Number.isInteger(run.value) && run.value > 0 && !(tokens[at + 1]?.gap === '' && tokens[at + 1]?.kind !== 'sym')) {
    return { ...reading, ordinal: true, year: false };
  }
  // "ke-3": a word joined before the digits makes them an ordinal.
  const prefix = lexicon.ordinalPrefixes.matchBefore(tokens, at);
  if (prefix && Number.isInteger(run.value) && run.value > 0 && tokens.slice(prefix.start + 1, at + 1).every((t) => t.gap === '')) {
    return { ...reading, from: prefix.start, ordinal: true, year: false };
  }
  // "900- ja 1000-lukujen", "1980- und 1990-х": the ending written once, on the last number of the pair.
  const ending = digitEnding(tokens, at, lexicon) ?? sharedEnding(tokens, at, lexicon);
  if (ending) {
    const decade = ending.kind === 'decade' && Number.isInteger(run.value) && run.value >= 10 && run.value % 10 === 0;
    if (decade) return { ...reading, to: ending.end, decade: true, ...decadeYears(run.value), year: false };
    // "в 2014-м году": a year with an ordinal ending is still the year.
    if (ending.kind === 'cardinal' || run.year) return { ...reading, to: ending.end };
    if (Number.isInteger(run.value) && run.value > 0) return { ...reading, to: ending.end, ordinal: true, year: false };
  }
  // "15. Jahrhundert", "den 3. Platz"
  const dotted = dotOrdinalEnd(tokens, at, lexicon);
  if (dotted !== undefined) return { ...reading, to: dotted, ordinal: true, year: false };
  const next = tokens[at + 1];
  if (next && next.gap === '') {
    if (next.kind === 'word') return readGluedSuffix(tokens, at, reading, lexicon);
    if (next.kind === 'sym' && next.text === '^') return readPower(tokens, at, reading);
    if (next.kind === 'sym' && (next.text === '/' || next.text === '⁄')) {
      const fraction = readSlashFraction(tokens, at, reading);
      if (fraction) return fraction;
    }
    const vulgar = VULGAR.get(next.text);
    if (vulgar !== undefined && Number.isInteger(run.value)) return { ...reading, to: at + 2, value: run.value + (run.value < 0 ? -vulgar : vulgar), fraction: true, year: false };
    if (next.kind === 'sym' && lexicon.ordinalSuffixes.has(next.key) && boundaryAfter(tokens, at + 2)) {
      return { ...reading, to: at + 2, ordinal: true, year: false };
    }
  }
  // "29 ¾ tuumaa": a vulgar fraction after a space belongs to the number as much as a glued one.
  const spaced = next && /^[ \u00a0\u202f]$/u.test(next.gap) ? VULGAR.get(next.text) : undefined;
  if (spaced !== undefined && Number.isInteger(run.value) && run.value >= 0 && boundaryAfter(tokens, at + 2)) return { ...reading, to: at + 2, value: run.value + spaced, fraction: true, year: false };
  // "2  1/4", "2 e 1/4": a whole number and a fraction.
  const joint = tokens[at + 1] && lexicon.connectors.has(tokens[at + 1]!.key) ? at + 2 : at + 1;
  const mixed = tokens[joint]?.kind === 'num' && isGlued(tokens, joint + 1) && tokens[joint + 1]?.text === '/' ? readSlashFraction(tokens, joint, base(joint, joint + 1, tokens[joint]!.run!.value)) : undefined;
  if (mixed && Number.isInteger(run.value) && mixed.value < 1) return { ...reading, to: mixed.to, value: run.value + (run.value < 0 ? -mixed.value : mixed.value), fraction: true, year: false };
  // Digits that go on in words: "4,2 Milliarden", "3 hundred and 21", "2,5 M", "3 dozens".
  const symbol = lexicon.scaleSymbols.match(tokens, at + 1);
  if (symbol && boundaryAfter(tokens, symbol.end)) {
    const value = run.value * symbol.value;
    const scaled = { ...reading, to: symbol.end, value, scaled: true, scale: symbol.value, year: false };
    return continueScales(tokens, scaled, lexicon);
  }
  const words = readWords(tokens, at, lexicon, []);
  // "1.7 million four years ago", "3 Millionen zwei Jahre später": digits with a scale word are a
  // whole number; a number word after the scale begins the next figure, unless a smaller scale
  // follows it ("2 million three hundred thousand"). Digits after it go on ("5 mil 500"); so does
  // a half ("3 millones y medio").
  const scaleWord = lexicon.scales.match(tokens, at + 1);
  if (words && scaleWord && words.to > scaleWord.end) {
    const scaled = continueScales(tokens, { ...reading, to: scaleWord.end, value: run.value * scaleWord.value, scaled: true, scale: scaleWord.value, year: false }, lexicon);
    const rest = tokens.slice(scaled.to, words.to).map((_, k) => scaled.to + k);
    const goesOn = rest.some((k) => lexicon.scales.match(tokens, k) !== undefined || lexicon.hundreds.match(tokens, k) !== undefined);
    if (words.to > scaled.to && lexicon.words.match(tokens, scaled.to) !== undefined && !goesOn) {
      delete scaled.ambiguous;
      return scaled;
    }
  }
  if (words && words.to > at + 1) {
    const merged = { ...reading, ...words, decimals: run.decimals, grouped: run.grouped, words: true, year: false };
    // The chain reads digits without their sign ("-10 mille").
    if (run.value < 0) merged.value = -merged.value;
    if (run.ambiguous && !words.scaled) merged.ambiguous = run.ambiguous;
    else delete merged.ambiguous;
    return merged;
  }
  return withFractionOver(tokens, reading, lexicon);
}

/**
 * The years of a decade written as a number: "80" (los años 80) → 1980..1989, "1990" → 1990..1999.
 * A round hundred before 2000 is a century ("1500-luvulla", "the 1800s"), which translations
 * write as an ordinal as often ("im 16. Jahrhundert", "XIX secolo"): no figure of its own.
 */
export function decadeYears(value: number): { yearSpan?: readonly [number, number] } {
  if (value < 100) return { yearSpan: [1900 + value, 1909 + value] };
  if (value % 100 === 0 && value < 2000) return {};
  return { yearSpan: [value, value + 9] };
}

/** "2019-20", "2010–11", "2014/15", "1901-87": a year, a dash or slash and the last two digits of a later year. */
function shortYearSpan(tokens: readonly Token[], at: number): readonly [number, number] | undefined {
  const first = tokens[at]!;
  const mark = tokens[at + 1];
  const second = tokens[at + 2];
  if (!/^(1\d|20)\d\d$/u.test(first.text) || first.run?.grouped || first.run?.decimals) return undefined;
  if (!mark || mark.gap !== '' || !['-', '–', '‐', '‑', '/'].includes(mark.text) || second?.kind !== 'num' || second.gap !== '' || !/^\d\d$/u.test(second.text)) return undefined;
  // "12-2019-20", "2019-20-11": pieces of a date or of a longer code.
  const before = tokens[at - 1];
  if (before && first.gap === '' && before.kind === 'sym' && tokens[at - 2]?.kind === 'num') return undefined;
  const after = tokens[at + 3];
  if (after && after.gap === '' && (after.kind === 'num' || after.kind === 'word' || ['-', '–', '/', '.', ':'].includes(after.text) && tokens[at + 4]?.kind === 'num')) return undefined;
  // Within one century: "1995-01" is a month of 1995 as often as a span to 2001.
  const start = Number(first.text);
  const end = start - (start % 100) + Number(second.text);
  return end > start ? [start, end] : undefined;
}

/** No counted noun at `at`: the end, a punctuation mark or a stop word. */
function nothingCounted(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const next = tokens[at];
  return next === undefined || (next.kind === 'sym' && /^[.,;:!?)–—]$/u.test(next.text)) || (next.kind === 'word' && next.gap !== '' && lexicon.stopWords.has(next.key));
}

/** An ending joined to the digits with a hyphen or colon ("17-й", "5:llä", "1990-х"). */
function digitEnding(tokens: readonly Token[], at: number, lexicon: Lexicon): { kind: 'ordinal' | 'cardinal' | 'decade'; end: number } | undefined {
  const mark = tokens[at + 1];
  const word = tokens[at + 2];
  if (!mark || mark.gap !== '' || !['-', '‐', '‑', ':'].includes(mark.text) || word?.kind !== 'word' || word.gap !== '') return undefined;
  const hit = lexicon.digitEndings.match(tokens, at + 2, { glued: true });
  return hit && boundaryAfter(tokens, hit.end) ? { kind: hit.value, end: hit.end } : undefined;
}

/**
 * A number with a hyphen and nothing after it, then "and", "or" or "to" and a number with an
 * ending ("900- ja 1000-lukujen"): the first takes the second's ending, its reading ending at the hyphen.
 */
function sharedEnding(tokens: readonly Token[], at: number, lexicon: Lexicon): { kind: 'ordinal' | 'cardinal' | 'decade'; end: number } | undefined {
  const mark = tokens[at + 1];
  const joiner = tokens[at + 2];
  if (!mark || mark.gap !== '' || !['-', '‐', '‑'].includes(mark.text) || !joiner || joiner.gap === '' || tokens[at + 3]?.kind !== 'num') return undefined;
  const joins = [lexicon.rangeAnd, lexicon.rangeTo, lexicon.boundJoiners].some((table) => table.match(tokens, at + 2, { end: at + 3 })?.end === at + 3) || lexicon.connectors.has(joiner.key);
  const ending = joins ? digitEnding(tokens, at + 3, lexicon) : undefined;
  return ending ? { kind: ending.kind, end: at + 2 } : undefined;
}

/** Scales after a scale: "2 mil millones", "1,674.5 million" stays as it is. */
function continueScales(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon): NumberReading {
  const more = lexicon.scales.match(tokens, reading.to);
  if (more && reading.scale !== undefined && more.value > reading.scale) {
    return { ...reading, to: more.end, value: reading.value * more.value, scale: more.value };
  }
  return reading;
}

function readGluedSuffix(tokens: readonly Token[], at: number, reading: NumberReading, lexicon: Lexicon): NumberReading {
  const next = tokens[at + 1]!;
  // "36x24 mm", "1920×1080": dimensions, one number each (the last carries the unit).
  if (TIMES.has(next.text) && tokens[at + 2]?.kind === 'num' && isGlued(tokens, at + 2) && tokens[at + 2]!.text !== '10') return reading;
  // "1e10", "12.32e+14", "-12e-1"
  if ((next.text === 'e' || next.text === 'E') && isGlued(tokens, at + 2)) {
    let k = at + 2;
    let sign = 1;
    while (tokens[k]?.kind === 'sym' && (tokens[k]!.text === '+' || tokens[k]!.text === '-') && isGlued(tokens, k)) {
      if (tokens[k]!.text === '-') sign = -sign;
      k++;
    }
    const exponent = tokens[k];
    if (exponent?.kind === 'num' && exponent.gap === '' && exponent.run && Number.isInteger(exponent.run.value)) {
      const power = exponent.run.value < 0 ? -sign * Math.abs(exponent.run.value) : sign * exponent.run.value;
      return { ...reading, to: k + 1, value: reading.value * 10 ** power, year: false, decimals: 0, percent: exponent.run.percent };
    }
  }
  // "1.3x10^6"
  if (next.text === 'x' && tokens[at + 2]?.text === '10' && tokens[at + 3]?.text === '^') {
    const power = readPower(tokens, at + 2, base(at + 2, at + 3, 10));
    if (power.to > at + 3) return { ...reading, to: power.to, value: reading.value * power.value, year: false };
  }
  // "802.11a", "2.5a": no rank has decimals; the letter belongs to a name.
  if (lexicon.ordinalSuffixes.has(next.key) && boundaryAfter(tokens, at + 2)) return Number.isInteger(reading.value) && !reading.decimals ? { ...reading, to: at + 2, ordinal: true, year: false } : { ...reading, glued: next.text };
  // "10k", "2mil", "1.2b", "2millions", "1MM": a scale written onto the digits.
  const fused = lexicon.scaledCurrencies.match(tokens, at + 1, { glued: true });
  const symbol = fused ? undefined : (lexicon.scaleSymbols.match(tokens, at + 1, { glued: true }) ?? lexicon.scales.match(tokens, at + 1, { glued: true }));
  if (symbol && boundaryAfter(tokens, symbol.end)) {
    return continueScales(tokens, { ...reading, to: symbol.end, value: reading.value * symbol.value, scaled: true, scale: symbol.value, year: false }, lexicon);
  }
  // "1978वर्षे" (in the year 1978): the word that makes it a year, written onto the digits.
  if (reading.year && lexicon.yearAfter.match(tokens, at + 1, { glued: true })) return reading;
  return { ...reading, glued: next.text, year: false };
}

/** "1.1^23", "2.5^-1", "-1.1^--23" (signs after the caret multiply). */
function readPower(tokens: readonly Token[], at: number, reading: NumberReading): NumberReading {
  let k = at + 2;
  let sign = 1;
  while (tokens[k]?.kind === 'sym' && (tokens[k]!.text === '+' || tokens[k]!.text === '-') && isGlued(tokens, k)) {
    if (tokens[k]!.text === '-') sign = -sign;
    k++;
  }
  const exponent = tokens[k];
  if (exponent?.kind !== 'num' || exponent.gap !== '' || !exponent.run) return reading;
  // A run read with a minus sign ("^-1") carries it in its value.
  const power = exponent.run.value < 0 ? -sign * Math.abs(exponent.run.value) : sign * exponent.run.value;
  const magnitude = Math.abs(reading.value) ** power;
  return { ...reading, to: k + 1, value: reading.value < 0 ? -magnitude : magnitude, year: false };
}

function readSlashFraction(tokens: readonly Token[], at: number, reading: NumberReading): NumberReading | undefined {
  // "5/17/2018", "+1-222-2222/2222": a piece of a date or a phone number.
  const before = tokens[at - 1];
  if (before && tokens[at]!.gap === '' && before.kind === 'sym' && /[/\-.]/.test(before.text) && tokens[at - 2]?.kind === 'num') return undefined;
  const denominator = tokens[at + 2];
  if (denominator?.kind !== 'num' || denominator.gap !== '' || !denominator.run || !denominator.run.value) return undefined;
  if (!Number.isInteger(reading.value) || !Number.isInteger(denominator.run.value) || denominator.run.grouped) return undefined;
  // "24/7", "20/20", "Az. 124/14", "(38/2004)": a label, a file number, an age and a year; a fraction
  // is a part over a small denominator (or a power of ten), or a little more than one ("3/2").
  const [part, whole] = [Math.abs(reading.value), Math.abs(denominator.run.value)];
  if (!(part < whole ? whole <= 100 || /^10+$/u.test(String(whole)) : whole <= 16 && part < 2 * whole)) return undefined;
  // "5/17/2018" is a date, not a fraction.
  const after = tokens[at + 3];
  if (after?.gap === '' && (after.text === '/' || after.kind === 'num')) return undefined;
  // "3/4%": the percent sign read with the denominator belongs to the fraction.
  return { ...reading, to: at + 3, value: reading.value / Math.abs(denominator.run.value), fraction: true, year: false, decimals: 0, percent: denominator.run.percent };
}

/**
 * "one over three", "2000 over 3": a fraction when nothing follows ("over 3 years" is a time).
 * "one in three", "two out of five hundred TVs": a share when the first is the smaller.
 */
function withFractionOver(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon): NumberReading {
  if (!Number.isInteger(reading.value) || reading.percent) return reading;
  const over = lexicon.fractionOver.match(tokens, reading.to);
  const share = over ? undefined : lexicon.fractionOf.match(tokens, reading.to);
  const joiner = over ?? share;
  if (!joiner) return reading;
  const denominator = readCore(tokens, joiner.end, lexicon);
  if (!denominator || !denominator.value || denominator.percent || denominator.glued || denominator.year || !Number.isInteger(denominator.value)) return reading;
  const after = tokens[denominator.to];
  if (over && after?.kind === 'word' && !lexicon.stopWords.has(after.key) && !lexicon.connectors.has(after.key)) return reading;
  if (share && !(reading.value < denominator.value && reading.value > 0)) return reading;
  return { ...reading, to: denominator.to, value: reading.value / denominator.value, fraction: true, year: false, words: reading.words || denominator.words };
}

/** The pieces from token `at` on: number words, connectors, hyphens between number words. */
function collectPieces(tokens: readonly Token[], at: number, lexicon: Lexicon, first: PlacedPiece[]): PlacedPiece[] {
  const out = [...first];
  let k = at;
  while (k < tokens.length) {
    const token = tokens[k]!;
    if (out.length > 0 && token.kind === 'sym' && (token.text === '-' || token.text === '‐')) {
      const after = piecesAt(tokens, k + 1, lexicon);
      if (!after || tokens[k + 1]?.kind !== 'word') break;
      k++;
      continue;
    }
    // "quart de million", "deux tiers de million": a fraction of a scale.
    const previous = out[out.length - 1]?.piece.kind;
    if ((previous === 'fraction' || previous === 'half') && lexicon.scaleLinkers.match(tokens, k)) {
      const linker = lexicon.scaleLinkers.match(tokens, k)!;
      if (lexicon.scales.match(tokens, linker.end)) {
        k = linker.end;
        continue;
      }
    }
    // "kahdeksasta sataan": words in the cases of a range's start and end are two numbers.
    if (out.length > 0 && token.kind === 'word' && caseBoundary(tokens, k, lexicon)) break;
    // Sentence punctuation and quotes end a number.
    const pieces = piecesAt(tokens, k, lexicon);
    if (!pieces) break;
    // A number written with digits only starts a chain or follows a multiplier or connector.
    if (out.length > 0 && token.kind === 'num') {
      const last = out[out.length - 1]!.piece.kind;
      if (last !== 'connector' && last !== 'hundred' && last !== 'scale') break;
      if (token.run?.ambiguous || token.run?.grouped) break;
    }
    out.push(...pieces);
    k = pieces[pieces.length - 1]!.end;
  }
  return out;
}

/** The word at `at` is in the case of a range's end and the word before in that of its start. */
function caseBoundary(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const { fromSuffixes, toSuffixes } = lexicon.data.range;
  const before = tokens[at - 1];
  if (!fromSuffixes?.length || !toSuffixes?.length || before?.kind !== 'word') return false;
  return fromSuffixes.some((suffix) => before.key.endsWith(suffix)) && toSuffixes.some((suffix) => tokens[at]!.key.endsWith(suffix));
}

function readWords(tokens: readonly Token[], at: number, lexicon: Lexicon, first: PlacedPiece[], markers = true): NumberReading | undefined {
  const placed = collectPieces(tokens, at, lexicon, first);
  if (placed.length === 0) return undefined;
  const options = {
    vigesimal: lexicon.vigesimal,
    unitsFirst: lexicon.data.unitsFirst ?? false,
    connectorAfter: new Set<string>(lexicon.data.connectorAfter),
    mixedAfterConnector: lexicon.data.mixedAfterConnector ?? false,
    hundredsAfterDigits: lexicon.data.hundredsAfterDigits ?? false,
  };
  let count = placed.length;
  let result = evaluate(placed.slice(0, count), options);
  // A number ends between tokens, never inside a compound: give back the whole token.
  while (result.used > 0 && result.used < count && placed[result.used]!.end === placed[result.used - 1]!.end) {
    const end = placed[result.used - 1]!.end;
    count = placed.findIndex((entry) => entry.end === end);
    result = evaluate(placed.slice(0, count), options);
  }
  if (result.used === 0) {
    // "un sur trois", "négatif un", "um vinte e um avos": an article that is also "one" is the
    // number in numeric company.
    const first = placed[0];
    const numericContext =
      lexicon.fractionOver.match(tokens, at + 1) !== undefined || lexicon.minusWords.match(tokens, at - 1) !== undefined || markedDenominator(tokens, at + 1, lexicon) !== undefined;
    if (!first?.numeral || !numericContext || first.piece.kind !== 'add') return undefined;
    return withMarkedDenominator(tokens, withFractionOver(tokens, { ...base(at, at + 1, first.piece.value), words: true }, lexicon), lexicon);
  }
  const to = placed[result.used - 1]!.end;
  // "a third-party vendor", "a half-hearted attempt": a fraction word that begins a compound.
  if (result.hasFraction && tokens[to]?.text === '-' && tokens[to]!.gap === '' && tokens[to + 1]?.kind === 'word' && tokens[to + 1]!.gap === '' && !piecesAt(tokens, to + 1, lexicon)) return undefined;
  const firstToken = tokens[at]!;
  const onlyDigits = placed.slice(0, result.used).every((entry) => entry.digits);
  if (!result.counted) {
    // A bare multiplier is a number only where the language says so ("hundert", "mille").
    if (!(result.used === 1 && lexicon.standalone.has(firstToken.key))) return undefined;
  }
  let reading: NumberReading = {
    ...base(at, to, result.value),
    words: !onlyDigits,
    scaled: result.hasScale,
    fraction: result.hasFraction,
  };
  const scale = result.hasScale ? lastScaleOf(placed.slice(0, result.used)) : undefined;
  if (scale !== undefined) reading.scale = scale;
  reading = withDecimalWords(tokens, reading, lexicon, options);
  const ordinal = withOrdinalUnit(tokens, reading, lexicon);
  if (ordinal) return ordinal;
  if (!markers) return reading;
  return withMarkedDenominator(tokens, withFractionOver(tokens, reading, lexicon), lexicon);
}

/**
 * "двадцать первый", "сто второй", "twenty-first", "vingt et unième", "dix-septième": tens or
 * hundreds, then a unit ordinal (after a space, a hyphen or a connector), are one ordinal.
 * Digits never do ("60 segundos", "60 secondi": seconds).
 */
function withOrdinalUnit(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon): NumberReading | undefined {
  // Only tens said in words take a unit ordinal: "60 segundos" is sixty seconds, never the 62nd.
  if (!reading.words) return undefined;
  if (reading.fraction || reading.scaled || !Number.isInteger(reading.value) || reading.value < 10) return undefined;
  let at = reading.to;
  const glue = (k: number) => tokens[k]?.gap === '' && (tokens[k]!.text === '-' || tokens[k]!.text === '‐');
  const hyphen = glue(at) && tokens[at + 1]?.gap === '';
  if (hyphen) at++;
  else if (tokens[at]?.gap === '') return undefined;
  // Ten joins a unit only in one word ("dix-septième"): "десять первых" are the first ten.
  if (reading.value < 20 && !hyphen) return undefined;
  if (tokens[at] && lexicon.connectors.has(tokens[at]!.key)) at += glue(at + 1) ? 2 : 1;
  const unit = lexicon.ordinals.match(tokens, at);
  if (!unit) return undefined;
  const room = reading.value % 100 === 0 ? 100 : reading.value % 10 === 0 ? 10 : 0;
  if (!(unit.value < room)) return undefined;
  return { ...reading, to: unit.end, value: reading.value + unit.value, ordinal: true };
}

/** "vinte e um avos": a cardinal followed by a fraction marker is a denominator. */
function markedDenominator(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  if (tokens[at]?.kind !== 'word') return undefined;
  const denominator = readWords(tokens, at, lexicon, [], false);
  if (!denominator || !denominator.value) return undefined;
  const marker = lexicon.fractionMarkers.match(tokens, denominator.to);
  return marker ? { ...denominator, to: marker.end } : undefined;
}

function withMarkedDenominator(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon): NumberReading {
  if (reading.fraction || !Number.isInteger(reading.value)) return reading;
  const denominator = markedDenominator(tokens, reading.to, lexicon);
  if (!denominator) return reading;
  return { ...reading, to: denominator.to, value: reading.value / denominator.value, fraction: true };
}

function lastScaleOf(placed: readonly PlacedPiece[]): number | undefined {
  for (let k = placed.length - 1; k >= 0; k--) {
    const piece = placed[k]!.piece;
    if (piece.kind === 'scale') return piece.value;
  }
  return undefined;
}

/** "zwei Komma drei", "two hundred point zero three", "siete con cincuenta". */
function withDecimalWords(tokens: readonly Token[], reading: NumberReading, lexicon: Lexicon, options: Parameters<typeof evaluate>[1]): NumberReading {
  if (reading.fraction || !Number.isInteger(reading.value)) return reading;
  const mark = lexicon.decimalWords.match(tokens, reading.to);
  if (!mark) return reading;
  let digits = '';
  let k = mark.end;
  while (k < tokens.length && tokens[k]!.kind === 'word') {
    const placed = collectPieces(tokens, k, lexicon, []);
    if (placed.length === 0) break;
    const part = evaluate(placed, { ...options, connectorAfter: new Set(lexicon.data.connectorAfter) });
    if (part.used === 0 || part.hasFraction || !part.counted) {
      if (part.used > 0 && part.hasFraction && digits === '') {
        // "ciento treinta con tres quintos": a mixed number; after a scale, a share of it
        // ("cinco billones con tres cuartos").
        const share = reading.scale !== undefined && !part.hasScale ? part.value * reading.scale : part.value;
        return { ...reading, to: placed[part.used - 1]!.end, value: reading.value + share, fraction: true };
      }
      break;
    }
    digits += String(part.value);
    k = placed[part.used - 1]!.end;
  }
  if (!digits) return reading;
  const fraction = Number(`0.${digits}`);
  return { ...reading, to: k, value: reading.value + (reading.value < 0 ? -fraction : fraction), decimals: digits.length };
}

/**
 * A qualifier or "one in" before, or after it more number words ("venti e tre quinti") or a
 * scale, percent, currency or unit word: the word is a number here.
 */
function plainlyNumber(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  if (lexicon.qualifiers.matchBefore(tokens, at) || lexicon.fractionOver.matchBefore(tokens, at) || lexicon.fractionOf.matchBefore(tokens, at)) return true;
  let k = at + 1;
  if (tokens[k] && lexicon.connectors.has(tokens[k]!.key)) k++;
  const more = piecesAt(tokens, k, lexicon);
  if (more && more[0]!.piece.kind !== 'connector') return true;
  k = at + 1;
  return Boolean(lexicon.scales.match(tokens, k) ?? lexicon.percent.match(tokens, k) ?? lexicon.currencyWords.match(tokens, k) ?? lexicon.unitWords.match(tokens, k) ?? lexicon.unitSymbols.match(tokens, k));
}

/** A reading read as a calendar year, like a year written with digits. */
function asYear(reading: NumberReading): NumberReading {
  return { ...reading, ordinal: false, year: true, words: false };
}

/**
 * A Roman numeral as a number where the language writes numbers so ("MCMXC", "XXVI"): two
 * letters or more, or one after a year word; a year after a year word or from 1000 on.
 */
function readRomanCardinal(tokens: readonly Token[], at: number, lexicon: Lexicon): NumberReading | undefined {
  const token = tokens[at]!;
  const value = romanValue(token.text);
  if (value === undefined) return undefined;
  const yearWord = lexicon.yearWords.matchBefore(tokens, at) !== undefined;
  if (token.text.length < 2 && !yearWord) return undefined;
  // A word glued to it is no numeral ("XXL-Format" aside, "CD-ROM").
  const next = tokens[at + 1];
  if (next && next.gap === '' && (next.kind !== 'sym' || (next.text === '-' && tokens[at + 2]?.kind === 'word' && tokens[at + 2]!.gap === ''))) return undefined;
  const reading: NumberReading = { ...base(at, at + 1, value) };
  return yearWord || (value >= 1000 && value <= 2100) ? asYear(reading) : reading;
}
