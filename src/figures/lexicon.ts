// One compiled lexicon per language, built once from src/lang/<code>/ data: phrase tables
// over tokens, and the morpheme dictionary that splits one-word compounds
// ("zweihundertsechsundfünfzig", "tremilanovecento", "kaksikymmentäyksi").

import type { Qualifier } from '../article/types.js';
import type { DateLanguage, NumberLanguage, TimeWords } from '../lang/number-data.js';
import { CURRENCIES, familyMembers, MILLION_PREFIX } from './currencies.js';
import { fold } from './fold.js';
import { wordData } from './languages.js';
import { phraseKeys, PhraseTable, type Token } from './tokens.js';
import { UNITS } from './units.js';

/** A piece of a number written in words, after compounds are split. */
export type Piece =
  | { kind: 'add'; value: number }
  | { kind: 'hundred' }
  | { kind: 'tens' }
  | { kind: 'teens' }
  | { kind: 'scale'; value: number }
  | { kind: 'connector' }
  | { kind: 'half'; value: number }
  | { kind: 'fraction'; value: number }
  | { kind: 'dozen'; value: number };

export interface CurrencyHit {
  code: string;
  /** "MUSD" is a million dollars. */
  scale?: number;
}

export interface Lexicon {
  lang: string;
  data: NumberLanguage;
  dates: DateLanguage;
  words: PhraseTable<number>;
  vigesimal: Set<number>;
  hundreds: PhraseTable<true>;
  tens: PhraseTable<true>;
  teens: PhraseTable<true>;
  scales: PhraseTable<number>;
  scaleSymbols: PhraseTable<number>;
  standalone: Set<string>;
  morphemes: Map<string, Piece>;
  longestMorpheme: number;
  connectors: Set<string>;
  indefinite: Set<string>;
  pronounNumbers: Set<string>;
  pronounDeterminers: Set<string>;
  pronounFollowers: PhraseTable<true>;
  fractions: PhraseTable<number>;
  pluralFractions: Set<string>;
  halves: PhraseTable<number>;
  addedHalves: PhraseTable<number>;
  fractionSuffixes: string[];
  fractionOver: PhraseTable<true>;
  fractionOf: PhraseTable<true>;
  fractionMarkers: PhraseTable<true>;
  dozens: PhraseTable<number>;
  approxCollectives: PhraseTable<number>;
  unitHalves: PhraseTable<true>;
  unitsBeforeTens: PhraseTable<true>;
  decimalWords: PhraseTable<true>;
  minusWords: PhraseTable<true>;
  percent: PhraseTable<true>;
  percentPoints: PhraseTable<true>;
  percentBefore: PhraseTable<true>;
  digitQualifiers: Set<string>;
  articles: Set<string>;
  qualifiers: PhraseTable<Qualifier>;
  postQualifiers: PhraseTable<Qualifier>;
  uncertainQualifiers: PhraseTable<true>;
  comparativesAfter: PhraseTable<true>;
  yearQualifiers: PhraseTable<Qualifier>;
  eraAfter: PhraseTable<true>;
  durationBounds: PhraseTable<true>;
  rangeFrom: PhraseTable<true>;
  rangeBetween: PhraseTable<true>;
  rangeTo: PhraseTable<true>;
  rangeAnd: PhraseTable<true>;
  boundJoiners: PhraseTable<true>;
  scaleLinkers: PhraseTable<true>;
  currencyWords: PhraseTable<string>;
  /** Currency words naming a family ("francs", "Kronen") → every currency they may name, their reading first. */
  currencyFamilies: PhraseTable<readonly string[]>;
  scaledCurrencies: PhraseTable<readonly [string, number]>;
  currencySymbols: PhraseTable<CurrencyHit>;
  unitWords: PhraseTable<string>;
  unitSymbols: PhraseTable<string>;
  magnitudes: PhraseTable<number>;
  magnitudeLinkers: Set<string>;
  months: PhraseTable<number>;
  yearLinks: PhraseTable<true>;
  times: {
    hourWords: PhraseTable<true>;
    zones: PhraseTable<true>;
    weakHourWords: PhraseTable<true>;
    markers: PhraseTable<true>;
    strongMarkers: PhraseTable<true>;
    bareHourMarkers: PhraseTable<true>;
    commaMarkers: PhraseTable<true>;
    approx: PhraseTable<true>;
    dayHalves: PhraseTable<'am' | 'pm'>;
    ordinalHourWords: PhraseTable<true>;
    minutesPast: PhraseTable<true>;
    minutesTo: PhraseTable<true>;
    named: PhraseTable<string>;
  };
  stopWords: Set<string>;
  durationAfter: Set<string>;
  vagueQuantities: PhraseTable<true>;
  ordinalSuffixes: Set<string>;
  ordinals: PhraseTable<number>;
  changeWords: PhraseTable<true>;
  romanBefore: PhraseTable<true>;
  ordinalTitles: PhraseTable<true>;
  hyphenUnits: PhraseTable<string>;
  capitalNames: Set<string>;
  yearAfter: PhraseTable<true>;
  yearBefore: PhraseTable<true>;
  yearPrepositions: PhraseTable<true>;
  quantityWords: PhraseTable<readonly [number, string]>;
  rangeAfterFrom: Set<string>;
  ordinalPrefixes: PhraseTable<true>;
  digitEndings: PhraseTable<'ordinal' | 'cardinal' | 'decade'>;
  ambiguousOrdinals: Set<string>;
  /** Ordinals only after the noun they rank (`ordinalsAfterNoun`), and the words besides nouns they may follow. */
  ordinalsAfterNoun: { words: Set<string>; after: Set<string> };
  determiners: Set<string>;
  romanAfter: PhraseTable<true>;
  dotOrdinals: { nouns: Set<string>; before: Set<string>; anyWord: boolean } | undefined;
  homographs: Set<string>;
  /** Folded key → the accented spelling a number word needs ("meta" → "metà"). */
  accentedWords: Map<string, string>;
  /** Number words that are also a verb form, and what after them makes them the verb (`verbHomographs`). */
  verbHomographs: { words: Set<string>; next: Set<string>; nextEndings: readonly string[] };
  yearWords: PhraseTable<true>;
  qualifierBlockers: PhraseTable<true>;
  decadeBefore: PhraseTable<true>;
  decadeArticles: PhraseTable<true>;
  decadeEndings: PhraseTable<true>;
  yearDecadeEndings: PhraseTable<true>;
  ageDecadeAfter: Set<string>;
  rankPrefixes: PhraseTable<true>;
  dayOnlyBefore: PhraseTable<true>;
}

const cache = new Map<string, Lexicon>();

/** Time zones after a clock time confirm it in any language ("15.00 CET", "9:30 GMT"). */
const TIME_ZONES = ['UTC', 'GMT', 'CET', 'CEST', 'MEZ', 'MESZ', 'EET', 'EEST', 'WET', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'MSK', 'JST', 'KST', 'IST', 'HKT', 'SGT', 'AEST', 'WIB', 'WITA', 'WIT'];

function timeTables(lang: string, words: TimeWords = {}): Lexicon['times'] {
  const halves = new PhraseTable<'am' | 'pm'>(lang);
  for (const phrase of words.am ?? []) halves.add(phrase, 'am');
  for (const phrase of words.pm ?? []) halves.add(phrase, 'pm');
  return {
    hourWords: flags(lang, words.hourWords),
    // Case-sensitive: "IST" is a zone, "ist" is German for "is".
    zones: new PhraseTable<true>(lang, true).addAll(TIME_ZONES.map((zone): [string, true] => [zone, true])),
    weakHourWords: flags(lang, words.weakHourWords),
    markers: flags(lang, words.markers),
    strongMarkers: flags(lang, words.strongMarkers),
    bareHourMarkers: flags(lang, words.bareHourMarkers),
    commaMarkers: flags(lang, words.commaMarkers),
    approx: flags(lang, words.approx),
    dayHalves: halves,
    ordinalHourWords: flags(lang, words.ordinalHourWords),
    minutesPast: flags(lang, words.minutesPast),
    minutesTo: flags(lang, words.minutesTo),
    named: new PhraseTable<string>(lang).addAll(words.named ?? {}),
  };
}

const phraseKeysOf = (phrase: string, lang: string) => phraseKeys(phrase, lang).join(' ');

const flags = (lang: string, list: readonly string[] = []) => new PhraseTable<true>(lang).addAll(list.map((item): [string, true] => [item, true]));

/** A pack's family words with the currencies they may name: the word's code in `currencies` first. */
function currencyFamilies(lang: string, data: NumberLanguage): PhraseTable<readonly string[]> {
  const table = new PhraseTable<readonly string[]>(lang);
  for (const [word, families] of Object.entries(data.currencyFamilies ?? {})) {
    const code = data.currencies[word];
    if (code === undefined) throw new Error(`${lang}: the currency family word "${word}" is not one of its currencies`);
    table.add(word, familyMembers(code, typeof families === 'string' ? [families] : families));
  }
  return table;
}

/** Symbols of the catalogues, shared by all languages, matched case-sensitively. */
function currencySymbols(lang: string): PhraseTable<CurrencyHit> {
  const table = new PhraseTable<CurrencyHit>(lang, true);
  for (const [code, currency] of Object.entries(CURRENCIES)) {
    if (!currency.minor && !currency.noCode) {
      table.add(code, { code });
      table.add(`${MILLION_PREFIX}${code}`, { code, scale: 1e6 });
    }
    for (const symbol of currency.symbols) table.add(symbol, { code });
  }
  return table;
}

function unitSymbols(lang: string): PhraseTable<string> {
  const table = new PhraseTable<string>(lang, true);
  for (const [id, unit] of Object.entries(UNITS)) for (const symbol of unit.symbols) table.add(symbol, id);
  return table;
}

function morphemesOf(lang: string, data: NumberLanguage): Map<string, Piece> {
  const pieces = new Map<string, Piece>();
  // Phrases and stems ("процент*") are matched over tokens, never inside a compound.
  const single = (phrase: string) => !/[\s.\-*]/.test(phrase);
  for (const [word, value] of Object.entries(data.words)) if (single(word)) pieces.set(fold(word, lang), { kind: 'add', value });
  for (const [word, value] of Object.entries(data.morphemes ?? {})) pieces.set(fold(word, lang), { kind: 'add', value });
  for (const word of data.hundreds) pieces.set(fold(word, lang), { kind: 'hundred' });
  for (const word of data.tens ?? []) pieces.set(fold(word, lang), { kind: 'tens' });
  for (const word of data.teens ?? []) pieces.set(fold(word, lang), { kind: 'teens' });
  for (const [word, value] of Object.entries(data.scales)) if (single(word)) pieces.set(fold(word, lang), { kind: 'scale', value });
  for (const word of data.connectors) pieces.set(fold(word, lang), { kind: 'connector' });
  for (const [word, value] of Object.entries(data.halves ?? {})) if (single(word)) pieces.set(fold(word, lang), { kind: 'half', value });
  for (const [word, value] of Object.entries(data.fractions)) if (single(word)) pieces.set(fold(word, lang), { kind: 'fraction', value });
  return pieces;
}

/**
 * The range joiner at token `at` ("bis", "to", "-"), for a range whose start is at token
 * `start`; a joiner that needs an opener ("по" after "с") only counts with one before `start`.
 */

/** Signs of approximation written before a number in every language ("~500", "≈ 3,2 Mio."). */
const SIGN_QUALIFIERS: Readonly<Record<string, Qualifier>> = { '~': 'approx', '∼': 'approx', '≈': 'approx' };

export function rangeJoiner(tokens: readonly Token[], at: number, start: number, lexicon: Lexicon, end?: number): { end: number } | undefined {
  const joiner = lexicon.rangeTo.match(tokens, at, end === undefined ? {} : { end });
  if (!joiner) return undefined;
  if (lexicon.rangeAfterFrom.size > 0 && lexicon.rangeAfterFrom.has(tokens.slice(at, joiner.end).map((t) => t.key).join(' ')) && !lexicon.rangeFrom.matchBefore(tokens, start)) return undefined;
  return joiner;
}

export function lexiconOf(lang: string): Lexicon | undefined {
  const cached = cache.get(lang);
  if (cached) return cached;
  const entry = wordData(lang);
  if (!entry) return undefined;
  const data = entry.numbers;
  const keys = (list: readonly string[] = []) => new Set(list.map((item) => fold(item, lang)));
  const morphemes = morphemesOf(lang, data);
  const lexicon: Lexicon = {
    lang,
    data,
    dates: entry.dates,
    words: new PhraseTable<number>(lang).addAll(data.words).addAll(data.multiples ?? {}),
    vigesimal: new Set((data.vigesimal ?? []).map((word) => data.words[word] ?? 0)),
    hundreds: flags(lang, data.hundreds),
    tens: flags(lang, data.tens),
    teens: flags(lang, data.teens),
    scales: new PhraseTable<number>(lang).addAll(data.scales),
    scaleSymbols: new PhraseTable<number>(lang, true).addAll(data.scaleSymbols ?? {}),
    standalone: keys(data.standalone),
    morphemes,
    longestMorpheme: Math.max(0, ...[...morphemes.keys()].map((key) => key.length)),
    connectors: keys(data.connectors),
    indefinite: keys(data.indefinite),
    pronounNumbers: keys(data.pronounNumbers),
    pluralFractions: keys(data.pluralFractions),
    capitalNames: keys(data.capitalNames),
    pronounDeterminers: keys(data.pronounDeterminers),
    pronounFollowers: flags(lang, data.pronounFollowers),
    fractions: new PhraseTable<number>(lang).addAll(data.fractions),
    halves: new PhraseTable<number>(lang).addAll(data.halves ?? {}),
    addedHalves: new PhraseTable<number>(lang).addAll(data.addedHalves ?? {}),
    fractionSuffixes: (data.fractionSuffixes ?? []).map((suffix) => fold(suffix, lang)),
    fractionOver: flags(lang, data.fractionOver),
    fractionOf: flags(lang, data.fractionOf),
    fractionMarkers: flags(lang, data.fractionMarkers),
    dozens: new PhraseTable<number>(lang).addAll(data.dozens ?? {}).addAll(data.approxCollectives ?? {}),
    approxCollectives: new PhraseTable<number>(lang).addAll(data.approxCollectives ?? {}),
    unitHalves: flags(lang, data.unitHalves),
    unitsBeforeTens: flags(lang, data.unitsBeforeTens),
    decimalWords: flags(lang, data.decimalWords),
    minusWords: flags(lang, data.minusWords),
    percent: flags(lang, data.percent),
    percentPoints: flags(lang, data.percentPoints),
    percentBefore: flags(lang, data.percentBefore),
    articles: new Set((data.articles ?? []).map((a) => phraseKeysOf(a, lang))),
    digitQualifiers: new Set((data.digitQualifiers ?? []).map((q) => phraseKeysOf(q, lang))),
    qualifiers: new PhraseTable<Qualifier>(lang).addAll(SIGN_QUALIFIERS).addAll(data.qualifiers),
    postQualifiers: new PhraseTable<Qualifier>(lang).addAll(data.postQualifiers),
    uncertainQualifiers: flags(lang, data.uncertainQualifiers),
    comparativesAfter: flags(lang, data.comparativesAfter),
    yearQualifiers: new PhraseTable<Qualifier>(lang).addAll(data.yearQualifiers ?? {}),
    eraAfter: flags(lang, data.eraAfter),
    durationBounds: flags(lang, data.durationBounds),
    rangeFrom: flags(lang, data.range.from),
    rangeBetween: flags(lang, data.range.between),
    rangeTo: flags(lang, data.range.to),
    rangeAnd: flags(lang, data.range.and),
    boundJoiners: flags(lang, data.boundJoiners),
    scaleLinkers: flags(lang, data.scaleLinkers),
    currencyWords: new PhraseTable<string>(lang).addAll(data.currencies),
    currencyFamilies: currencyFamilies(lang, data),
    scaledCurrencies: new PhraseTable<readonly [string, number]>(lang).addAll(data.scaledCurrencies ?? {}),
    currencySymbols: currencySymbols(lang),
    unitWords: new PhraseTable<string>(lang).addAll(data.units),
    unitSymbols: unitSymbols(lang),
    magnitudes: new PhraseTable<number>(lang).addAll(data.magnitudes ?? {}),
    magnitudeLinkers: keys(data.magnitudeLinkers),
    months: new PhraseTable<number>(lang).addAll(entry.dates.months),
    yearLinks: flags(lang, entry.dates.yearLinks),
    times: timeTables(lang, entry.dates.times),
    stopWords: keys(data.stopWords),
    durationAfter: keys(data.durationAfter),
    vagueQuantities: flags(lang, data.vagueQuantities),
    ordinalSuffixes: keys(data.ordinalSuffixes),
    ordinals: new PhraseTable<number>(lang).addAll({ ...data.ordinals, ...data.ordinalsAfterNoun?.words }),
    changeWords: flags(lang, data.changeWords),
    romanBefore: flags(lang, data.romanBefore),
    ordinalTitles: flags(lang, data.ordinalTitles),
    hyphenUnits: new PhraseTable<string>(lang).addAll(data.hyphenUnits ?? {}),
    yearAfter: flags(lang, data.yearAfter),
    // "noin vuonna 1000", "cerca del año 1000": the words a qualifier may stand before.
    yearBefore: flags(lang, [...(data.yearBefore ?? []), ...(data.yearWords ?? [])]),
    yearPrepositions: flags(lang, data.yearPrepositions),
    quantityWords: new PhraseTable<readonly [number, string]>(lang).addAll(data.quantityWords ?? {}),
    rangeAfterFrom: new Set((data.range.afterFrom ?? []).map((w) => phraseKeysOf(w, lang))),
    ordinalPrefixes: flags(lang, data.ordinalPrefixes),
    digitEndings: new PhraseTable<'ordinal' | 'cardinal' | 'decade'>(lang).addAll(data.digitEndings ?? {}),
    ambiguousOrdinals: new Set((data.ambiguousOrdinals ?? []).map((word) => phraseKeysOf(word, lang))),
    ordinalsAfterNoun: { words: new Set(Object.keys(data.ordinalsAfterNoun?.words ?? {}).map((word) => phraseKeysOf(word, lang))), after: keys(data.ordinalsAfterNoun?.after) },
    determiners: keys(data.determiners),
    romanAfter: flags(lang, data.romanAfter),
    dotOrdinals: data.dotOrdinals ? { nouns: keys(data.dotOrdinals.nouns), before: keys(data.dotOrdinals.before), anyWord: data.dotOrdinals.anyWord === true } : undefined,
    homographs: keys(data.homographs),
    verbHomographs: { words: keys(data.verbHomographs?.words), next: keys(data.verbHomographs?.next), nextEndings: data.verbHomographs?.nextEndings ?? [] },
    accentedWords: new Map((data.accentedWords ?? []).map((word) => [fold(word, lang), word.normalize('NFC').toLowerCase()])),
    yearWords: flags(lang, data.yearWords),
    qualifierBlockers: flags(lang, data.qualifierBlockers),
    decadeBefore: flags(lang, data.decadeBefore),
    decadeArticles: flags(lang, data.decadeArticles),
    decadeEndings: flags(lang, data.decadeEndings),
    yearDecadeEndings: flags(lang, data.yearDecadeEndings),
    ageDecadeAfter: keys(data.ageDecadeAfter),
    dayOnlyBefore: flags(lang, entry.dates.dayOnlyBefore),
    rankPrefixes: new PhraseTable<true>(lang, true).addAll((data.rankPrefixes ?? []).map((item): [string, true] => [item, true])),
  };
  cache.set(lang, lexicon);
  return lexicon;
}
