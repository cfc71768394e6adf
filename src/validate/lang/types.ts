// What the validation rules need to know about a language. One file per language holds
// the data (each language pack's `validation`, src/lang/<code>/validation.ts); rules never test a language code.

export interface RankingPattern {
  /** A phrase whose named group `n` is the count, as digits or a count word. */
  pattern: RegExp;
  /**
   * top: "unter den ersten drei" — the named items and the values must add up to n.
   * group: "unter den fünf Startups" — naming more than n is a contradiction, fewer is a selection.
   */
  kind: 'top' | 'group';
}

export interface QuoteStyle {
  /** Opening and closing marks, first the primary pair of the language. */
  pairs: Array<[string, string]>;
  /** The pair for a quotation inside a quotation, when the language has one. */
  nested?: [string, string];
  /** Characters that are apostrophes, never quote marks, in this language. */
  apostrophes: string;
  /** Marks too ambiguous to pair (English ‘ ’ doubles as apostrophe). */
  ignore: string;
}

export interface ValidationLanguage {
  /** Words that mark a respectively construction ("bzw.", "respectively"). */
  respectively: string[];
  /** List conjunctions ("und", "and"). */
  conjunctions: string[];
  /** Lower-case words allowed inside a name between capitalised words ("Dark Side of the Moon"). */
  nameConnectors: string[];
  /**
   * Articles and determiners: a single capitalised word after one is a common noun heading an
   * apposition ("die beiden Unternehmen, Siemens und Bosch"), not the first name of a list.
   */
  determiners: string[];
  /** Words that cannot open an enumeration after a counted noun (articles, prepositions, verbs…). */
  enumerationStops: string[];
  /** Words that make a list open-ended ("und andere", "etc."): its items cannot be counted. */
  openEnded: string[];
  /** Words that may stand between a counted noun and its enumeration ("the three cities of …"). */
  enumerationIntroducers: string[];
  /** The word before a range of bare numbers ("von 0 bis 1", "from 0 to 1"). */
  rangeOpeners: string[];
  /**
   * Words that make two numbers a range and nothing else ("zwischen … und"); "from … to"
   * is missing on purpose: it also describes a change ("fell from 100 to 10").
   */
  rangeWords: Array<[string, string]>;
  /** Phrases that define a short name ("im Folgenden als „X“ bezeichnet"); group `term` is the name. */
  definitions: RegExp[];
  /** Number words used for counts, lower case. */
  countWords: Record<string, number>;
  rankings: RankingPattern[];
  quotes: QuoteStyle;
  /** Punctuation that takes a space before it in this language (French ; : ! ?). */
  spacedPunctuation: string;
  /** Weekday names, Sunday first, lower case; defaults to CLDR's (Intl) names. */
  weekdays?: string[];
  /** Word stems that announce what lies ahead ("nächste", "will"): a later date is then no slip. */
  futureStems: string[];
  /** Word stems of change ("gestiegen", "increase"): a percentage above 100 is then a change, not a share. */
  changeStems: string[];
  /**
   * The language writes compounds as one word ("Gesamtjahresplus", "Umsatzwachstum"): the stems
   * above are found inside a word, not only at its start.
   */
  compoundWords?: boolean;
  /** Word stems saying percentages are shares of one whole ("Anteil", "of respondents"). */
  shareStems: string[];
}
