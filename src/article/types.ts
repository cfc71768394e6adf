// The article object: the one unit of work every stage reads and extends (the VFile model).
// Stages add segments, figures, claims and messages; they never throw for content problems.

import type { Root } from 'mdast';
import type { ArticleLimits } from '../config/index.js';
import type { FigureReading } from '../figures/types.js';
import type { LanguageCode } from '../lang/codes.js';

export type Severity = 'error' | 'warning' | 'info';

/** A positioned message, the vfile-message / ESLint shape (design.md contract). */
export interface Message {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Where the message was raised: 'parse', 'segment', 'figures', 'validate', 'qa', … */
  source: string;
  file?: string;
  actual?: string;
  expected?: string;
  /** The segment key the message belongs to, if any. */
  segment?: string;
  /** Language of the text the message is about, when not the source language. */
  lang?: LanguageCode;
  /** A fix as data, applied only on request (`validate --fix`). Offsets into Article.source. */
  fix?: { range: [number, number]; text: string };
  /** Accepted by an editor in content/<slug>/review.yaml: kept and shown, but not blocking. */ acknowledged?: boolean;
}

export interface Credits {
  editor?: string;
  proofreading?: string;
  author?: string;
  [role: string]: string | undefined;
}

/** Front matter after defaults are applied. Unknown keys are kept in `extra` and passed on. */
export interface FrontMatter {
  title: string;
  lang: LanguageCode;
  date?: string;
  /** Target languages (the language bar); defaults to the pipeline's languages. */
  languages: LanguageCode[];
  section?: string;
  category?: string;
  sourceLine?: string;
  credits: Credits;
  slug?: string;
  extra: Record<string, unknown>;
}

export interface Span {
  /** Offsets into Article.source (the whole file, front matter included). */
  start: number;
  end: number;
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type BlockType = 'heading' | 'paragraph' | 'blockquote' | 'listItem' | 'tableCell' | 'title';

/** One sentence of one block. `id` is the stable locale key. */
export interface Segment {
  id: string;
  /** Index of the block in document order, and of the sentence within the block. */
  block: number;
  index: number;
  blockType: BlockType;
  /** Plain text of the sentence as written in the source (markup removed). */
  text: string;
  span: Span;
  position: Position;
}

export type FigureKind = 'number' | 'quantity' | 'percent' | 'money' | 'range' | 'date' | 'year' | 'ordinal' | 'time';
export type Qualifier = 'exact' | 'approx' | 'min' | 'max' | 'over' | 'under';

/** What a figure says, whatever language it was written in: the value fields every stage shares. */
export interface FigureValueFields {
  kind: FigureKind;
  value?: number;
  min?: number;
  max?: number;
  /** ISO date (YYYY-MM-DD, or YYYY-MM for a month). */
  date?: string;
  /** For date ranges. */
  endDate?: string;
  /** Parts of the date not written but taken from the publication date ("26. Juli" → the year). */
  inferred?: 'year' | 'year-month';
  /** A clock time, 24-hour "HH:MM" ("gegen 12.40 Uhr" → "12:40", "3 p.m." → "15:00"). */
  time?: string;
  /** A clock time written without day half in 12-hour terms ("3 o'clock", "3時"): it may be 3:00 or 15:00. */
  halfUnknown?: boolean;
  unit?: string;
  /** ISO 4217 code for money. */
  currency?: string;
  /** Every currency the word may name when it names a family ("francs", "Kronen"), `currency` first. */
  currencyFamily?: readonly string[];
  qualifier: Qualifier;
  /** Decimal places as written (0,7449 → 4), kept through formatting. */
  decimals?: number;
  /** 'Prozentpunkte' and friends: a percent-point difference, not a share. */
  percentPoints?: boolean;
}

/** A figure as read by a native reader (design.md contract for `newsdesk extract`). */
export interface Figure extends FigureValueFields {
  id: string;
  segment: string;
  /** The exact span of the source text. */
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  span: Span;
}

export interface Attribution {
  speaker: string;
  role?: string;
}

export interface Claim {
  id: string;
  segment: string;
  text: string;
  figures: string[];
  entities: string[];
  attribution?: Attribution;
  /** Ranking language ("unter den ersten drei") if present. */
  ranking?: { text: string; count?: number };
  line: number;
  column: number;
}

export interface Article {
  /** Path of the markdown file as given (relative paths stay relative, for messages). */
  path: string;
  slug: string;
  /** The whole file text. */
  source: string;
  /** Offset of the markdown body after the front matter. */
  bodyOffset: number;
  /** sha256 of the file, for skipping unchanged work. */
  digest: string;
  frontmatter: FrontMatter;
  tree: Root;
  segments: Segment[];
  figures: Figure[];
  /**
   * The figures stage's readings of each segment (key: segment id), in offsets of the segment
   * text: derived once, so QA compares every translation against them without reading the
   * source again.
   */
  readings?: ReadonlyMap<string, readonly FigureReading[]>;
  claims: Claim[];
  messages: Message[];
  /** The work limits of pipeline/config.yaml, for the stages that count sentences and figures. */
  limits?: ArticleLimits;
}
