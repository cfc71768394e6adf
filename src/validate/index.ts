// Stage `validate`: the rules a careful editor applies, run over one shared traversal of
// the article, as positioned messages (the ESLint / textlint model). Severities and
// options come from pipeline/config.yaml `rules:`; editors accept findings in
// content/<slug>/review.yaml; fixes are data, applied only by `newsdesk validate --fix`.

import type { Article, Message } from '../article/types.js';
import { loadGlossary } from '../claims/index.js';
import type { RuleSetting } from '../config/index.js';
import type { PipelineConfig } from '../config/index.js';
import { runRules } from './engine.js';
import type { Glossary } from './glossary.js';
import { acknowledge, loadReview, reviewPath, type Acknowledgement, type ReviewEntry } from './review.js';
import { RULES } from './rules/index.js';
import { resolveRules } from './settings.js';

export type { Glossary, GlossaryEntity } from './glossary.js';
export type { Acknowledgement, ReviewEntry } from './review.js';
export type { Rule, RuleContext, RuleMeta, Visitor, Fix } from './types.js';
export { RULES, ruleById } from './rules/index.js';
export { applyFixes, writeFileAtomic } from './fix.js';
export { addAcknowledgement, loadReview, parseReview, reviewPath } from './review.js';
export { resolveRules } from './settings.js';
export { runRules } from './engine.js';

export interface ValidateOptions {
  /** The glossary (glossary-spelling, consistent-values); default: content/glossary.yaml. */
  glossary?: Glossary | undefined;
  /** Acknowledgements; default: read content/<slug>/review.yaml. `null`: none. */
  review?: ReviewEntry[] | null;
  /** Rule settings over those of the configuration (tests, `--rule`). */
  rules?: Record<string, RuleSetting>;
  /** For relative article paths and the review file name in messages. */
  cwd?: string;
}

export interface ValidationResult {
  /** Sorted by position; acknowledged ones marked. Stale acknowledgements come last. */
  messages: Message[];
  /** An error that nobody acknowledged: the article must not be published as it is. */
  blocking: boolean;
  acknowledgements: Acknowledgement[];
  reviewFile?: string;
}

/** Validate an article that has been segmented and whose figures and claims are extracted. */
export function validateArticle(article: Article, config: PipelineConfig, options: ValidateOptions = {}): ValidationResult {
  const cwd = options.cwd ?? process.cwd();
  const setups = resolveRules(RULES, { ...config.rules, ...options.rules });
  const glossary = options.glossary ?? loadGlossary(config, undefined, cwd);
  const messages = runRules(article, setups, { glossary });
  let entries: ReviewEntry[] = [];
  let reviewFile: string | undefined;
  if (options.review !== undefined && options.review !== null) entries = options.review;
  else if (options.review === undefined) {
    reviewFile = reviewPath(article, config, cwd);
    if (reviewFile) entries = loadReview(reviewFile, cwd);
  }
  const { acknowledgements, unused } = acknowledge(article, messages, entries);
  const all = [...messages, ...unused];
  // The article carries its messages (the VFile model); a re-run replaces this stage's.
  article.messages = [...article.messages.filter((message) => message.source !== 'validate'), ...all];
  const blocking = all.some((message) => message.severity === 'error' && !message.acknowledged);
  return { messages: all, blocking, acknowledgements, ...(reviewFile ? { reviewFile } : {}) };
}
