// Shapes of the QA stage: a translation unit (one sentence in the source and the target
// language, as written in the locale file and as a reader reads it), the checks run on it
// (one per file under checks/, the ESLint model: `meta` plus `check(context)`), and the
// per-language QA data each language supplies in src/lang/<code>/qa.ts.

import type { Message, Severity } from '../article/types.js';
import type { RuleMeta, RuleOptions } from '../validate/types.js';
import type { Glossary } from '../claims/index.js';
import type { LanguageCode } from '../lang/codes.js';
import type { FigureComparison, QaFigure } from './compare.js';

/** One side of a unit: the locale value and the text a reader sees. */
export interface QaText {
  lang: LanguageCode;
  /** The value as written in the locale file: `{{fN, figure}}` placeholders and `<n>` tags. */
  raw: string;
  /** What a reader reads: figures formatted for `lang`, tags removed. */
  text: string;
  /** Offset in `text` → offset in `raw` (a formatted figure maps to its placeholder). */
  toRaw(offset: number, edge?: 'start' | 'end'): number;
}

/** A sentence and its translation. */
export interface QaUnit {
  /** The locale key, when the unit comes from an article. */
  key?: string;
  source: QaText;
  target: QaText;
  /** Tag numbers that wrap inline code: their content is code, not text. */
  codeTags?: ReadonlySet<number>;
  /** The source sentence's figures as the figures stage read them (an article's unit): QA does not read the source again. */
  sourceFigures?: readonly QaFigure[];
}

/**
 * A QA check's meta is a rule's meta (src/validate/types.ts): `qa/<name>` id, type,
 * description, docs, default severity, message templates and options schema. Severities and
 * options come from pipeline/config.yaml `rules:` through the same resolver as the validation
 * rules'.
 */
export type QaCheckMeta = RuleMeta;

export interface QaReport {
  message: string;
  /** Offsets into `target.text`, or into `target.raw` when `raw` is set. */
  start: number;
  end: number;
  raw?: boolean;
  actual?: string;
  expected?: string;
  /**
   * A finding the check is less sure of (a number word, a qualifier a reader may have
   * missed): reported one severity lower than the check's (error → warning → info).
   */
  weak?: boolean;
}

export interface QaCheckContext {
  readonly unit: QaUnit;
  /** The check's options: its schema's defaults under pipeline/config.yaml's. */
  readonly options: RuleOptions;
  readonly glossary: Glossary;
  /** Names that may stay as they are in any language (entities, speakers, credits). */
  readonly names: readonly string[];
  readonly referenceDate: string | undefined;
  /** The figures of both sides, read and matched by value (computed once per unit). */
  figures(): FigureComparison;
  report(report: QaReport): void;
}

export interface QaCheck {
  meta: QaCheckMeta;
  check(context: QaCheckContext): void;
}

/** A finding positioned in the target text of one unit, before it becomes a Message. */
export interface QaFinding extends QaReport {
  ruleId: string;
  severity: Severity;
}

/** A QA message: the project's Message with the language it is about always set. */
export type QaMessage = Message & { lang: LanguageCode };

/** Per-language QA knowledge (src/lang/<code>/qa.ts). */
export interface QaLanguage {
  /** Unicode scripts the language is written in (`\p{Script=…}` names). */
  scripts: readonly string[];
  /** Scripts a text may contain besides (Latin brand names in Russian or Chinese text). */
  tolerated: readonly string[];
  quotes: {
    /** The language's quotation marks, opening and closing. */
    primary: readonly [string, string];
    /** The marks for a quotation inside a quotation. */
    nested?: readonly [string, string];
    /** Other pairs good writers of the language use. */
    others?: ReadonlyArray<readonly [string, string]>;
    /** Straight quotes (") are acceptable in running text. */
    straight: boolean;
  };
  /**
   * Characters per English character (letters, digits and punctuation; spaces not counted),
   * measured on the translations of the sample article (content/ki-stadt, 12 languages;
   * Sanskrit estimated): the expected length of a translation from X into Y is
   * length(X) × factor(Y) / factor(X).
   */
  lengthFactor: number;
  /** Letters at the end of a name that inflection may replace (Πεκίνο → Πεκίνου: 1). */
  nameEnding: number;
  /** Words are not separated by spaces (Chinese, Japanese). */
  unspaced?: boolean;
  /**
   * Words for "both" (beide, les deux, оба, 両方): a translation may count the two ("2本の塔"),
   * so a 2 it adds where the source says one of these is not read for certain as a new figure.
   */
  pairWords?: readonly string[];
  /**
   * Other names of each weekday, Sunday first, besides the validation weekdays or CLDR's long
   * names (周五 and 星期五, 週五): qa/figure-weekday reads them too.
   */
  weekdayForms?: ReadonlyArray<readonly string[]>;
  /**
   * Words for a time of day written before an hour in one word ("aamuseitsemää": morning seven,
   * "iltakahdeksalta"): a clock time of the other side may be said so, not read as a figure.
   */
  timeOfDayPrefixes?: readonly string[];
  /**
   * Names of the places whose currency a bare "$" or dollar word may name, by currency code
   * (beginnings of words, case-insensitive; anywhere in unspaced text): "$100 Kanada" and
   * "カナダの新100ドル紙幣" are Canadian dollars. USD and CNY, which a bare "$" and "元" are read
   * as, are listed too, so a sentence naming their places says nothing.
   */
  currencyPlaces?: Readonly<Record<string, readonly string[]>>;
  /**
   * Words for "full", "complete", "total" (πλήρης, vollständig, 完全): a translation may say a
   * hundred percent so ("100%の確率で" → "με πλήρη σιγουριά"), so a 100 % it drops where it says one
   * of these is not certainly lost. Beginnings of words in unspaced text, whole words elsewhere.
   */
  wholeWords?: readonly string[];
  /** Words for the money of any country (Chinese 元: 加元, 港元, 美元): a bare one may be in the currency of the place named. */
  anyCurrencyWords?: readonly string[];
}
