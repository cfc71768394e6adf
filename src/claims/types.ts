// Shapes of the claims stage: the term base (glossary) and the per-language data that
// src/lang/<code>/claims.ts provides (speech verbs, attribution patterns, ranking words).

import type { LanguageCode } from '../lang/codes.js';

export const ENTITY_TYPES = ['city', 'district', 'country', 'region', 'company', 'organisation', 'plan', 'report', 'person', 'product', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Types that name places: they are never speakers. */
export const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['city', 'district', 'country', 'region']);

export interface Variant {
  text: string;
  /** Only in this language; all languages when absent. */
  lang?: LanguageCode;
  /** A known error (mistranslation, misspelling) that validation flags. */
  wrong: boolean;
  note?: string;
}

export interface GlossaryEntity {
  id: string;
  type: EntityType;
  names: Record<LanguageCode, string>;
  variants: Variant[];
  /** False when the names have not been checked against a primary source. */
  verified: boolean;
  /** Languages whose name is our own rendering, to be checked. */
  unverified: LanguageCode[];
  note?: string;
  /** Position of the entity in the glossary file. */
  line: number;
  column: number;
}

export interface Glossary {
  /** The file it was read from (for messages), or '' for an empty glossary. */
  file: string;
  entities: GlossaryEntity[];
  byId: ReadonlyMap<string, GlossaryEntity>;
}

/** One place in a text where a glossary entity is named. */
export interface Mention {
  entity: GlossaryEntity;
  /** Offsets into the text searched. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /**
   * How it is named: the language's own name, the English name (sources often keep
   * proper names in English), an accepted variant, or a known wrong variant.
   */
  form: 'name' | 'english' | 'variant' | 'wrong';
  /** For wrong variants: why, from the glossary. */
  note?: string;
}

/**
 * What the claims stage knows about one language. Patterns are small templates, compiled
 * once per language and glossary:
 *   {speaker}  a person or organisation (a glossary name, or two or three capitalised words)
 *   {source}   a non-place glossary entity or a quoted title („Research Report“)
 *   {role}     the speaker's role, up to the next comma or the sentence end
 *   {verb}     one of `speechVerbs`
 *   {pronoun}  one of `pronouns` (the speaker is taken from the sentences before)
 *   {quote}    a closing quotation mark
 *   {end}      the end of the sentence
 * Spaces match any whitespace, a comma matches a comma with optional spaces.
 */
export interface ClaimsLanguage {
  /** Verbs of saying and believing as the text writes them; "gab … bekannt" for split verbs. */
  speechVerbs: readonly string[];
  /** Attribution templates, most specific first. */
  attributions: readonly string[];
  pronouns: readonly string[];
  /** Capitalised words that start no name (articles and determiners at a sentence start). */
  notNames: readonly string[];
  /** Ranking expressions as regular-expression sources; a `(?<count>…)` group names how many. */
  rankings: readonly string[];
  /** Count words used in rankings, lower case: "drei" → 3, "erster" → 1. */
  counts: Readonly<Record<string, number>>;
  /** Endings a name takes in running text ("Pekings"); matched after a glossary name. */
  nameEndings: readonly string[];
}
