// What a run says about each article and language: the run table's rows (`newsdesk run`,
// `--json`), also what the manifest keeps so an unchanged article needs no work to report.

import type { Article } from '../article/types.js';
import type { LanguageCode } from '../lang/codes.js';
import type { LanguageVersion } from '../publish/index.js';

export interface LanguageResult {
  lang: LanguageCode;
  /** The article's own language: its keys are the reference (counted as reviewed). */
  source?: true;
  /** Locale keys of the article (sentences and translatable front matter). */
  segments: number;
  /** Keys with a translation. */
  translated: number;
  /** Keys a translator marked reviewed (review state beside the locale file). */
  reviewed: number;
  /** Human translations whose source sentence changed since: shown, flagged for the translator. */
  stale: number;
  /** Rendered and written to output/<slug>/ (complete locale file). */
  rendered: boolean;
  /** Complete, validated and QA-clean: may go to a publish target. */
  publishable: boolean;
  /** Why a language is held back: missing keys, validation errors, QA errors. */
  held?: string;
  /**
   * What output/<slug>/<lng>.* holds now: `current` (publishable), `held` (written as a
   * preview marked held at its top), `removed` (not rendered: earlier outputs deleted).
   */
  output: 'current' | 'held' | 'removed';
  missing: string[];
  qa: { errors: number; warnings: number };
}

export interface ValidationSummary {
  errors: number;
  warnings: number;
  blocking: boolean;
}

export interface ArticleResult {
  slug: string;
  path: string;
  /** Nothing changed since the last run (inputs and outputs as the manifest says): no work done. */
  unchanged: boolean;
  /** Digest over the fingerprints of every input. */
  digest: string;
  validation: ValidationSummary;
  /** The languages asked for (`--lang`, else the article's language bar). */
  languages: LanguageResult[];
  /** Languages rendered this run (the others were current); absent when unchanged. */
  redone?: LanguageCode[];
  /** Present when the article was processed this run (not `unchanged`). */
  article?: Article;
  /** The versions rendered this run (those of `redone`). */
  versions?: LanguageVersion[];
}
