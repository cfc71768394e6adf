// One article through every offline stage: parse → segment → figures → claims → validate →
// source locale file → render 14 languages → QA → outputs. Stages talk through the article
// object; this file only orders them and decides what may be published.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Figure, Message } from '../article/types.js';
import { extractClaims, type Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { extractArticleFigures } from '../figures/index.js';
import { readArticle } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, loadResources, resourcePath, serializeResource, writeFileAtomic, type Resources } from '../localize/index.js';
import { qaArticle, qaReportSection } from '../qa/index.js';
import { articleLanguages, COMMON_NS, renderArticle, writeLanguageOutputs, type RenderedLanguage } from '../render/index.js';
import { segmentArticle } from '../segment/index.js';
import { articleSource, viewLanguage } from '../translate/workflow/index.js';
import { validateArticle, type ValidationResult } from '../validate/index.js';
import { loadReview, reviewPath } from '../validate/index.js';
import { renderReportHtml, type QaReportSection } from '../validate/reporters/index.js';

export interface LanguageResult {
  lang: LanguageCode;
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
  missing: string[];
  qa: Message[];
}

export interface ArticleResult {
  slug: string;
  path: string;
  /** Nothing changed since the last run (inputs' digest equal): no work done. */
  unchanged: boolean;
  digest: string;
  validation: { errors: number; warnings: number; blocking: boolean };
  languages: LanguageResult[];
  article?: Article;
  versions?: RenderedLanguage[];
}

const MANIFEST = 'manifest.json';

/**
 * Digest of everything an article's outputs depend on: its file, its locale files, the
 * shared labels, the glossary, the review file and the pipeline configuration. Equal
 * digests mean the outputs on disk are current.
 */
export function inputsDigest(config: PipelineConfig, article: Article, languages: readonly LanguageCode[]): string {
  const hash = createHash('sha256').update(article.digest);
  const locales = projectPath(config, config.paths.locales);
  const files = [
    ...languages.flatMap((lng) => [join(locales, lng, `${article.slug}.json`), join(locales, lng, `${article.slug}.state.json`), join(locales, lng, `${COMMON_NS}.json`)]),
    projectPath(config, config.paths.content, 'glossary.yaml'),
    projectPath(config, config.paths.content, article.slug, 'review.yaml'),
    projectPath(config, 'pipeline', 'config.yaml'),
  ];
  for (const file of files) {
    hash.update(`\0${file}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function readManifest(dir: string): { digest?: string; result?: Omit<ArticleResult, 'article' | 'versions'> } {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { digest?: string; result?: Omit<ArticleResult, 'article' | 'versions'> };
  } catch {
    return {};
  }
}

export interface ArticleRunOptions {
  config: PipelineConfig;
  glossary: Glossary;
  cwd: string;
  /** Restrict to these languages (default: the article's language bar). */
  languages?: readonly LanguageCode[];
  /** Run even when nothing changed. */
  force?: boolean;
  /** Write the source language's locale file from the article (default true). */
  writeSource?: boolean;
}

/** Every offline stage on one article, in memory; nothing is written. */
export function analyseArticle(article: Article, glossary: Glossary, config: PipelineConfig, cwd: string): ValidationResult {
  segmentArticle(article);
  extractArticleFigures(article);
  extractClaims(article, glossary);
  return validateArticle(article, config, { glossary, cwd });
}

function countSeverity(messages: readonly Message[], severity: Message['severity']): number {
  return messages.filter((m) => m.severity === severity && !m.acknowledged).length;
}

export function runArticle(ref: string, options: ArticleRunOptions): ArticleResult {
  const { config, glossary, cwd } = options;
  const article = readArticle(ref, config, cwd);
  const languages = (options.languages ?? articleLanguages(article)).filter((lng) => articleLanguages(article).includes(lng));
  const outputDir = projectPath(config, config.paths.output);
  const articleDir = join(outputDir, article.slug);
  const localesDir = projectPath(config, config.paths.locales);

  const validation = analyseArticle(article, glossary, config, cwd);
  if (options.writeSource !== false) writeSourceIfChanged(localesDir, article);

  const digest = inputsDigest(config, article, languages);
  const manifest = readManifest(articleDir);
  if (!options.force && manifest.digest === digest && manifest.result) {
    return { ...manifest.result, unchanged: true, article };
  }

  const resources: Resources = loadResources(localesDir, languages, [article.slug, COMMON_NS]);
  const versions = renderArticle(article, resources, { languages });
  const results: LanguageResult[] = [];
  const qaSections: QaReportSection[] = [];
  const reviewFile = reviewPath(article, config, cwd);
  const review = reviewFile ? loadReview(reviewFile, cwd) : [];
  const reviewSource = articleSource(article);
  for (const version of versions) {
    const counts = version.lang === article.frontmatter.lang ? undefined : viewLanguage(reviewSource, version.lang, localesDir).counts;
    const localePath = resourcePath(localesDir, version.lang, article.slug);
    const qa =
      version.publishable && version.lang !== article.frontmatter.lang
        ? qaArticle(article, version.lang, resources, glossary, { review, rules: config.rules, ...(existsSync(localePath) ? { localeText: readFileSync(localePath, 'utf8') } : {}) })
        : undefined;
    const segments = reviewSource.keys.length;
    const missing = version.missing;
    const qaErrors = qa?.messages.filter((m) => m.severity === 'error' && !m.acknowledged) ?? [];
    const held = !version.publishable
      ? `${missing.length || version.problems.length} ${missing.length ? 'missing' : 'invalid'} key${(missing.length || version.problems.length) === 1 ? '' : 's'} in locales/${version.lang}/${article.slug}.json`
      : validation.blocking
        ? `validation errors in the source (${countSeverity(validation.messages, 'error')})`
        : qaErrors.length > 0
          ? `QA: ${qaErrors.length} error${qaErrors.length === 1 ? '' : 's'}, first ${qaErrors[0]!.segment ?? ''}: ${qaErrors[0]!.message}`
          : undefined;
    if (version.publishable) writeLanguageOutputs(outputDir, article.slug, version.lang, version);
    if (qa) qaSections.push(qaReportSection(version.lang, qa.messages, qa.checked));
    results.push({
      lang: version.lang,
      segments,
      translated: counts ? reviewSource.keys.length - counts.missing : reviewSource.keys.length,
      reviewed: counts?.reviewed ?? 0,
      stale: counts?.stale ?? 0,
      rendered: version.publishable,
      publishable: held === undefined,
      ...(held ? { held } : {}),
      missing,
      qa: qa?.messages ?? [],
    });
  }

  writeFileAtomic(join(articleDir, 'claims.json'), `${JSON.stringify(claimsDocument(article), null, 2)}\n`);
  writeFileAtomic(join(articleDir, 'report.html'), renderReportHtml(article, validation.messages, { qa: qaSections, acknowledgements: validation.acknowledgements }));

  const result: ArticleResult = {
    slug: article.slug,
    path: article.path,
    unchanged: false,
    digest,
    validation: { errors: countSeverity(validation.messages, 'error'), warnings: countSeverity(validation.messages, 'warning'), blocking: validation.blocking },
    languages: results,
  };
  writeFileAtomic(join(articleDir, MANIFEST), `${JSON.stringify({ digest, result }, null, 2)}\n`);
  return { ...result, article, versions };
}

/** Write the source language's locale file, only when its content changed. */
function writeSourceIfChanged(localesDir: string, article: Article): void {
  const path = resourcePath(localesDir, article.frontmatter.lang, article.slug);
  const text = serializeResource(buildSourceResource(article).resource);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
}

/** A figure in the contract's field order: id, segment, text, kind, the value fields, then the rest. */
function printableFigure(figure: Figure): Record<string, unknown> {
  const { id, segment, text, kind, value, min, max, date, endDate, unit, currency, qualifier, decimals, percentPoints, line, column, endLine, endColumn } = figure;
  const out: Record<string, unknown> = { id, segment, text, kind };
  for (const [key, field] of Object.entries({ value, min, max, date, endDate, unit, currency })) if (field !== undefined) out[key] = field;
  out.qualifier = qualifier;
  if (decimals !== undefined) out.decimals = decimals;
  if (percentPoints) out.percentPoints = true;
  return Object.assign(out, { line, column, endLine, endColumn });
}

/** The `claims.json` document (design.md contract of `newsdesk extract --json`). */
export function claimsDocument(article: Article) {
  return {
    article: article.slug,
    lang: article.frontmatter.lang,
    ...(article.frontmatter.date ? { date: article.frontmatter.date } : {}),
    figures: article.figures.map(printableFigure),
    claims: article.claims,
  };
}
