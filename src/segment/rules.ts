// The shape of per-language segmentation knowledge (each language pack's `segmentation`, src/lang/<code>/segmentation.ts)
// and its compiled form: the regular expressions and sets the boundary filter reads.

import { packOf, type LanguageCode } from '../lang/index.js';

/** What one language needs beyond Unicode's sentence rules (UAX #29, as Intl.Segmenter applies them). */
export interface SegmentationRules {
  /**
   * Marks that end a sentence besides the period: `!`, `?` and the language's own (`。` `！` `？`,
   * `।` `॥`, Greek `;`). The period is not listed: whether it ends a sentence is what the
   * abbreviation and ordinal rules decide.
   */
  terminals: string[];
  /**
   * Abbreviations that never end a sentence, written as in text with their dots: titles before a
   * name ("Dr.", "Mr."), and words that always introduce something ("z. B.", "bzw.", "ca.").
   * Parts may be written with or without the space ("z. B." also matches "z.B.").
   */
  nonFinalAbbreviations: string[];
  /**
   * Abbreviations that may end a sentence ("usw.", "etc.", "Co."): after them a sentence ends only
   * when the next word is one of `sentenceStarters`.
   */
  abbreviations: string[];
  /** Abbreviations that stand before a number ("Nr. 5", "p. 55", "No. 3"): no sentence end when a digit follows. */
  numberAbbreviations: string[];
  /**
   * Capitalised words that usually open a sentence (pronouns, articles, sentence adverbs). They
   * tell "I live in the U.S. How about you?" (two sentences) from "the U.S. Government" (one).
   */
  sentenceStarters: string[];
  /**
   * Ordinals written as a number with a dot ("am 26. Juli", "den 1. Platz"): a dot after a number
   * does not end the sentence when the next word is a month or a noun that follows ordinals, or when
   * the word before the number is one that precedes ordinals ("am", "dem"). Compared case-insensitively.
   */
  ordinals?: { months: string[]; nouns: string[]; before: string[] };
  /** Quotation mark pairs [opener, closer]; an opener may have several closers (German „…“ and „…”). */
  quotes: Array<[string, string]>;
  /** What continues a sentence right after a closing quotation (the Japanese quotative particle と). */
  quoteContinuations?: string[];
}

/** Brackets pair up in every language; a sentence does not end inside them. */
const BRACKETS: Array<[string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['（', '）'],
];

export interface CompiledRules {
  readonly lang: LanguageCode;
  readonly data: SegmentationRules;
  readonly terminals: ReadonlySet<string>;
  /** Each matches at the end of the text before a candidate sentence end. */
  readonly nonFinal: RegExp | undefined;
  readonly abbreviation: RegExp | undefined;
  readonly numberAbbreviation: RegExp | undefined;
  readonly starters: ReadonlySet<string>;
  readonly ordinals: { months: ReadonlySet<string>; nouns: ReadonlySet<string>; before: ReadonlySet<string> } | undefined;
  /** Opener → the closers that may end it. */
  readonly openers: ReadonlyMap<string, ReadonlySet<string>>;
  readonly closers: ReadonlySet<string>;
  /** Each way to cut a multi-part abbreviation in two ("EE. | UU."): the end of the left part, the start of the right. */
  readonly abbreviationSplits: ReadonlyArray<{ left: RegExp; right: RegExp }>;
  /** Openers of quotations only (not brackets): a sentence may start with one. */
  readonly quoteOpeners: ReadonlySet<string>;
  readonly quoteContinuations: readonly string[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const partsOf = (entry: string): string[] => entry.trim().split(/\s+/).map(escape);

/**
 * One regular expression for a list of abbreviations, anchored at the end of the text. Parts of a
 * multi-part abbreviation may be separated by any whitespace or none; the abbreviation must start a
 * word (so "ca." does not match the end of "Amerika.").
 */
function endingWith(list: readonly string[]): RegExp | undefined {
  if (list.length === 0) return undefined;
  const alternatives = [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((entry) => partsOf(entry).join('\\s*'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}.])(?:${alternatives.join('|')})$`, 'iu');
}

/** Multi-part abbreviations ("EE. UU.", "z. B.") cut at each inner space, as a break there would cut them. */
function splitsOf(lists: ReadonlyArray<readonly string[]>): Array<{ left: RegExp; right: RegExp }> {
  const splits: Array<{ left: RegExp; right: RegExp }> = [];
  for (const entry of new Set(lists.flat())) {
    const parts = partsOf(entry);
    for (let cut = 1; cut < parts.length; cut++) {
      splits.push({
        left: new RegExp(`(?:^|[^\\p{L}\\p{N}.])${parts.slice(0, cut).join('\\s*')}$`, 'iu'),
        right: new RegExp(`^${parts.slice(cut).join('\\s*')}`, 'iu'),
      });
    }
  }
  return splits;
}

function compile(lang: LanguageCode, data: SegmentationRules): CompiledRules {
  const openers = new Map<string, Set<string>>();
  const closers = new Set<string>();
  for (const [open, close] of [...BRACKETS, ...data.quotes]) {
    const set = openers.get(open) ?? new Set<string>();
    set.add(close);
    openers.set(open, set);
    closers.add(close);
  }
  const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase()));
  return {
    lang,
    data,
    terminals: new Set(data.terminals),
    nonFinal: endingWith(data.nonFinalAbbreviations),
    abbreviation: endingWith(data.abbreviations),
    numberAbbreviation: endingWith(data.numberAbbreviations),
    starters: new Set(data.sentenceStarters),
    ordinals: data.ordinals && {
      months: lower(data.ordinals.months),
      nouns: lower(data.ordinals.nouns),
      before: lower(data.ordinals.before),
    },
    openers,
    closers,
    abbreviationSplits: splitsOf([data.nonFinalAbbreviations, data.abbreviations, data.numberAbbreviations]),
    quoteOpeners: new Set(data.quotes.map(([open]) => open)),
    quoteContinuations: data.quoteContinuations ?? [],
  };
}

const compiled = new Map<LanguageCode, CompiledRules>();

export function rulesFor(lang: LanguageCode): CompiledRules {
  let rules = compiled.get(lang);
  if (!rules) {
    rules = compile(lang, packOf(lang).segmentation);
    compiled.set(lang, rules);
  }
  return rules;
}
