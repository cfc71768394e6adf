// Stage `validate`: the rules a careful editor applies, run over one shared traversal of
// the article, as positioned messages (the ESLint / textlint model). Severities and
// options come from pipeline/config.yaml `rules:`; editors accept findings in
// content/<slug>/review.yaml; fixes are data, applied only by `newsdesk validate --fix`.

import type { Article, Message } from '../article/types.js';
import { loadGlossary } from '../claims/index.js';
import { loadConfig, type PipelineConfig, type RuleSetting } from '../config/index.js';
import { parseArticle } from '../ingest/index.js';
import { runRules } from './engine.js';
import type { Glossary } from './glossary.js';
import { acknowledge, loadReview, reviewPath, type Acknowledgement, type ReviewEntry } from './review.js';
import { RULES } from './rules/index.js';
import { resolveRules } from './settings.js';
import { prepareArticle } from './prepare.js';

export type { Glossary, GlossaryEntity } from './glossary.js';
export type { Acknowledgement, ReviewEntry } from './review.js';
export type { Rule, RuleContext, RuleMeta, Visitor, Fix } from './types.js';
export { RULES, ruleById } from './rules/index.js';
export { applyFixes, writeFileAtomic } from './fix.js';
export { addAcknowledgement, loadReview, parseReview, reviewPath } from './review.js';
export { resolveRules } from './settings.js';
export { runRules } from './engine.js';
export { caseArticle, RuleTester, ruleCaseProblems, runRuleCase, type ExpectedMessage, type InvalidRuleTestCase, type RuleTestCase, type RuleTestCases, type RuleTesterSetup } from './tester.js';

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

export interface ValidateTextOptions extends ValidateOptions {
  /** How the article is named in messages (and its slug); default `article.md`. */
  path?: string;
  /** The pipeline configuration; default: the project in `cwd` (or the working folder). */
  config?: PipelineConfig;
}

/**
 * Validate an article given as markdown text, as `newsdesk validate` does a file: parsed,
 * segmented, figures and claims read, every configured rule run. Acknowledgements only from
 * `review` (no review.yaml is looked for). Bad front matter throws a NewsdeskError.
 */
export function validate(markdown: string, options: ValidateTextOptions = {}): ValidationResult & { article: Article } {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(cwd);
  const article = parseArticle(markdown, options.path ?? 'article.md', config);
  const { glossary } = prepareArticle(article, config, cwd, options.glossary ?? loadGlossary(config, undefined, cwd));
  const result = validateArticle(article, config, { ...options, cwd, glossary, review: options.review ?? null });
  return { ...result, article };
}
