// The stages that decide what may be published, in order: segment → figures → claims →
// validate → locale files → render every language → QA of every translation. The result is
// the article's language versions (src/publish/versions.ts shapes them), each held back with
// its reason when the render stage, validation or QA says so. `newsdesk run`, `newsdesk
// publish` and the scheduler all come through here.

import { existsSync } from 'node:fs';
import type { Article } from '../article/types.js';
import { extractClaims, loadGlossary, type Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { Errors, NewsdeskError } from '../errors/index.js';
import { extractArticleFigures } from '../figures/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, loadResources, localizerFor, readLocaleText, resourcePath, type Resources } from '../localize/index.js';
import { versionsFromRendered, type HeldReason, type LanguageVersion } from '../publish/index.js';
import { qaArticle, type QaResult } from '../qa/index.js';
import { articleLanguages, COMMON_NS, renderArticle } from '../render/index.js';
import { segmentArticle } from '../segment/index.js';
import { loadReview, reviewPath, validateArticle, type ReviewEntry, type ValidationResult } from '../validate/index.js';
import { timed } from './clock.js';

/** A QA check of one translated language (the QA stage plugs in here). */
export type QaCheck = (article: Article, lng: LanguageCode, resources: Resources) => { blocking: boolean; detail?: string };

export interface BuildVersionsOptions {
  cwd?: string;
  glossary?: Glossary;
  /** Restrict to these languages (default: the article's language bar). */
  languages?: readonly LanguageCode[];
  /** Absolute base URL of the site, for canonical links and JSON-LD ids. */
  baseUrl?: string;
  publisher?: string;
  /** Fill segments, figures and claims before validation (default: the segment, figures and claims stages). */
  analyse?: (article: Article, glossary: Glossary) => void;
  /** QA of each translated language (default: the QA stage, with review.yaml acknowledgements); `false`: none. */
  qa?: QaCheck | false;
  /** Told every result of the default QA stage (the pipeline keeps them for report.html). */
  onQa?: (lng: LanguageCode, result: QaResult) => void;
  /** Resources already loaded (tests, the pipeline); default: read locales/. */
  resources?: Resources;
}

export interface BuiltVersions {
  versions: LanguageVersion[];
  validation: ValidationResult;
}

/** Segments, figures and claims: each stage once, each on the clock under its own name. */
export function analyseArticle(article: Article, glossary: Glossary): void {
  if (article.segments.length === 0) timed('segment', () => segmentArticle(article));
  if (article.figures.length === 0) timed('figures', () => extractArticleFigures(article));
  article.claims = timed('claims', () => extractClaims(article, glossary));
}

/**
 * The source language's resource comes from the article itself, not from a locale file that
 * may lag behind an edit (the pipeline writes that file; publishing never depends on it).
 */
export function sourceFromArticle(article: Article, resources: Resources): Resources {
  const src = article.frontmatter.lang;
  resources[src] = { ...(resources[src] ?? {}), [article.slug]: buildSourceResource(article).resource };
  return resources;
}

/** The QA stage: every figure of a translation checked by value against the source. */
function stageQa(config: PipelineConfig, glossary: Glossary, review: readonly ReviewEntry[], onQa?: (lng: LanguageCode, result: QaResult) => void): QaCheck {
  return (article, lng, resources) => {
    const localePath = resourcePath(projectPath(config, config.paths.locales), lng, article.slug);
    const qa = qaArticle(article, lng, resources, glossary, { review, rules: config.rules, ...(existsSync(localePath) ? { localeText: readLocaleText(localePath)! } : {}) });
    onQa?.(lng, qa);
    const errors = qa.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
    const first = errors[0];
    const where = first ? `${first.segment ? `in ${first.segment} ` : ''}at ${first.line}:${first.column}` : '';
    return { blocking: qa.blocking, ...(first ? { detail: `${errors.length} QA error${errors.length === 1 ? '' : 's'}, first ${where} ${first.ruleId}: ${first.message}` } : {}) };
  };
}

/** Why a language that rendered is held back. */
export type Holds = Map<LanguageCode, { reason: HeldReason; detail: string }>;

/** Each language's locale files; an unreadable one leaves its language empty and held. */
export function loadLanguages(localesDir: string, languages: readonly LanguageCode[], slug: string, held: Holds): Resources {
  const resources: Resources = {};
  for (const lng of languages) {
    try {
      Object.assign(resources, loadResources(localesDir, [lng], [slug, COMMON_NS]));
    } catch (error) {
      if (!(error instanceof NewsdeskError) || error.data.name !== Errors.InvalidLocaleFile.name) throw error;
      resources[lng] = {};
      held.set(lng, { reason: 'translation', detail: `unreadable locale file ${error.toLine()}` });
    }
  }
  return resources;
}

/** Run validation, render every language and turn the result into versions. */
export function buildVersions(article: Article, config: PipelineConfig, options: BuildVersionsOptions = {}): BuiltVersions {
  const cwd = options.cwd ?? config.root;
  const glossary = options.glossary ?? loadGlossary(config, undefined, cwd);
  (options.analyse ?? analyseArticle)(article, glossary);
  const validation = timed('validate', () => validateArticle(article, config, { glossary, cwd }));
  const bar = articleLanguages(article);
  const languages = (options.languages ?? bar).filter((lng) => bar.includes(lng));
  // A language whose locale file cannot be read is held alone (its file, line and column
  // said); the others go on.
  const held: Holds = new Map();
  const resources = timed('localize', () => options.resources ?? sourceFromArticle(article, loadLanguages(projectPath(config, config.paths.locales), languages, article.slug, held)));
  const localizer = timed('localize', () => localizerFor(resources));
  const rendered = timed('render', () =>
    renderArticle(article, localizer, {
      languages,
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
    }),
  );
  const qa = options.qa === false ? undefined : (options.qa ?? defaultQa(article, config, glossary, cwd, options.onQa));
  for (const version of rendered) {
    if (!version.publishable) continue;
    // QA runs even when validation holds the article: translators see their findings early.
    const qaResult = qa && version.lang !== article.frontmatter.lang ? timed('qa', () => qa(article, version.lang, resources)) : undefined;
    const hold = validationHold(validation);
    if (hold) {
      held.set(version.lang, { reason: 'validation', detail: hold });
    } else if (qaResult?.blocking) {
      held.set(version.lang, { reason: 'qa', detail: qaResult.detail ?? 'QA found errors' });
    }
  }
  const versions = timed('render', () => versionsFromRendered(article, rendered, held, { localizer, glossary }));
  return { versions, validation };
}

/** Why validation holds every language of the article, if it does. */
export function validationHold(validation: ValidationResult): string | undefined {
  if (!validation.blocking) return undefined;
  const errors = validation.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
  const first = errors[0];
  return `${errors.length} validation error${errors.length === 1 ? '' : 's'} in the source${first ? ` (${first.line}:${first.column} ${first.ruleId})` : ''}`;
}

/** The QA stage with the article's review.yaml acknowledgements, read once for every language. */
export function defaultQa(article: Article, config: PipelineConfig, glossary: Glossary, cwd: string, onQa?: (lng: LanguageCode, result: QaResult) => void): QaCheck {
  const file = reviewPath(article, config, cwd);
  const review = file ? loadReview(file, cwd) : [];
  return stageQa(config, glossary, review, onQa);
}
