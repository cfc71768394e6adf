// The shapes of the rule engine (the ESLint / textlint model): a rule is `meta` plus
// `create(context)` returning a visitor; all rules share one traversal of the article.

import type { Article, BlockType, Claim, Figure, Message, Segment, Severity, Span } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import type { Glossary } from './glossary.js';
import type { ValidationLanguage } from './lang/types.js';
import type { TextView } from './text.js';

export type RuleSeverity = Severity | 'off';

/** A fix as data: replace article.source[range[0], range[1]) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** A small JSON-schema subset, enough to check rule options from pipeline/config.yaml. */
export type OptionSchema =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; minimum?: number; maximum?: number; description: string }
  | { type: 'string'; default: string; enum?: string[]; description: string }
  | { type: 'array'; default: string[]; description: string };

export interface RuleMeta {
  id: string;
  /** problem: likely wrong facts; suggestion: style and typography (ESLint's `type`). */
  type: 'problem' | 'suggestion';
  description: string;
  /** What the rule catches and what it leaves alone, for editors (shown by `validate --help`). */
  docs: string;
  defaultSeverity: RuleSeverity;
  /** Message templates keyed by message id; `{{name}}` is filled from `data`. */
  messages: Record<string, string>;
  /** Options, each with its default. */
  schema: Record<string, OptionSchema>;
  /** Whether the rule offers fixes (applied only by `validate --fix`). */
  fixable?: boolean;
}

export type RuleOptions = Record<string, unknown>;

/** A block of the article (heading, paragraph, …) as rules see it. */
export interface BlockNode {
  index: number;
  type: BlockType;
  view: TextView;
  /** Markdown heading depth, when a heading. */
  depth?: number;
  segments: SegmentNode[];
}

/** A figure placed in the text of its sentence. */
export interface PlacedFigure {
  figure: Figure;
  /** Indices into the segment text. */
  start: number;
  end: number;
}

/** One sentence with its figures and claims, in text coordinates. */
export interface SegmentNode {
  segment: Segment;
  view: TextView;
  /** Same as view.text. */
  text: string;
  block: BlockNode;
  figures: PlacedFigure[];
  claims: Claim[];
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where: a source span, or a segment/block (optionally `range` of its text), or a figure. */
  span?: Span;
  segment?: SegmentNode;
  block?: BlockNode;
  range?: [number, number];
  figure?: Figure;
  actual?: string;
  expected?: string;
  fix?: Fix;
}

export interface RuleContext {
  readonly id: string;
  readonly options: RuleOptions;
  readonly article: Article;
  readonly lang: LanguageCode;
  readonly words: ValidationLanguage;
  readonly glossary: Glossary | undefined;
  /** Messages other stages put on the article (the figure reader's, say). */
  readonly upstream: readonly Message[];
  /** All sentences in order (available from the start, for rules that look across the article). */
  readonly segments: readonly SegmentNode[];
  /** The sentence a figure belongs to. */
  segmentOf(figure: Figure): SegmentNode | undefined;
  report(descriptor: ReportDescriptor): void;
}

export interface Visitor {
  article?(article: Article): void;
  block?(block: BlockNode): void;
  segment?(segment: SegmentNode): void;
  figure?(figure: Figure, segment: SegmentNode | undefined): void;
  claim?(claim: Claim, segment: SegmentNode | undefined): void;
  end?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): Visitor;
}

/** A rule id with its configured severity and options, after defaults. */
export interface RuleSetup {
  rule: Rule;
  severity: Severity;
  options: RuleOptions;
}
