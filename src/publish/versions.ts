// The language versions of an article, as the publish targets receive them: rendered by the
// render stage from the locale files, held back when the render stage, validation or QA
// says so, with the figures (values, never spellings), claims and a digest over everything
// a target is sent.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { Article, Claim, Figure } from '../article/types.js';
import { extractClaims, EMPTY_GLOSSARY, loadGlossary, type Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { Errors, NewsdeskError } from '../errors/index.js';
import { extractArticleFigures } from '../figures/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { buildSourceResource, loadResources, localizerFor, resourcePath, stripTags, type FigureValue as FigureArgs, type Localizer, type Resources } from '../localize/index.js';
import { qaArticle, type QaResult } from '../qa/index.js';
import { articleLanguages, COMMON_NS, renderArticle, type RenderedLanguage } from '../render/index.js';
import { stringifyHast } from '../render/html.js';
import { segmentArticle } from '../segment/index.js';
import { loadReview, reviewPath, validateArticle, type ValidationResult } from '../validate/index.js';
import type { ClaimValue, FigureValue, HeldReason, LanguageVersion } from './types.js';

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

/** Segments, figures and claims, as the pipeline's `analyseArticle` fills them. */
function defaultAnalyse(article: Article, glossary: Glossary): void {
  if (article.segments.length === 0) segmentArticle(article);
  if (article.figures.length === 0) extractArticleFigures(article);
  article.claims = extractClaims(article, glossary);
}

/**
 * The source language's resource comes from the article itself, not from a locale file that
 * may lag behind an edit (the pipeline writes that file; publishing never depends on it).
 */
function sourceFromArticle(article: Article, resources: Resources): Resources {
  const src = article.frontmatter.lang;
  resources[src] = { ...(resources[src] ?? {}), [article.slug]: buildSourceResource(article).resource };
  return resources;
}

/** The QA stage: every figure of a translation checked by value against the source. */
function stageQa(config: PipelineConfig, glossary: Glossary, cwd: string, onQa?: (lng: LanguageCode, result: QaResult) => void): QaCheck {
  return (article, lng, resources) => {
    const file = reviewPath(article, config, cwd);
    const review = file ? loadReview(file, cwd) : [];
    const localePath = resourcePath(projectPath(config, config.paths.locales), lng, article.slug);
    const qa = qaArticle(article, lng, resources, glossary, { review, rules: config.rules, ...(existsSync(localePath) ? { localeText: readFileSync(localePath, 'utf8') } : {}) });
    onQa?.(lng, qa);
    const errors = qa.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
    const first = errors[0];
    const where = first ? `${first.segment ? `in ${first.segment} ` : ''}at ${first.line}:${first.column}` : '';
    return { blocking: qa.blocking, ...(first ? { detail: `${errors.length} QA error${errors.length === 1 ? '' : 's'}, first ${where} ${first.ruleId}: ${first.message}` } : {}) };
  };
}

/** Each language's locale files; an unreadable one leaves its language empty and held. */
function loadLanguages(localesDir: string, languages: readonly LanguageCode[], slug: string, held: Map<LanguageCode, { reason: HeldReason; detail: string }>): Resources {
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
  (options.analyse ?? defaultAnalyse)(article, glossary);
  const validation = validateArticle(article, config, { glossary, cwd });
  const bar = articleLanguages(article);
  const languages = (options.languages ?? bar).filter((lng) => bar.includes(lng));
  // A language whose locale file cannot be read is held alone (its file, line and column
  // said); the others go on.
  const held = new Map<LanguageCode, { reason: HeldReason; detail: string }>();
  const resources = options.resources ?? sourceFromArticle(article, loadLanguages(projectPath(config, config.paths.locales), languages, article.slug, held));
  const localizer = localizerFor(resources);
  const rendered = renderArticle(article, localizer, {
    languages,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
  });
  const qa = options.qa === false ? undefined : (options.qa ?? stageQa(config, glossary, cwd, options.onQa));
  for (const version of rendered) {
    if (!version.publishable) continue;
    // QA runs even when validation holds the article: translators see their findings early.
    const qaResult = qa && version.lang !== article.frontmatter.lang ? qa(article, version.lang, resources) : undefined;
    if (validation.blocking) {
      const errors = validation.messages.filter((m) => m.severity === 'error' && !m.acknowledged);
      const first = errors[0];
      held.set(version.lang, { reason: 'validation', detail: `${errors.length} validation error${errors.length === 1 ? '' : 's'} in the source${first ? ` (${first.line}:${first.column} ${first.ruleId})` : ''}` });
    } else if (qaResult?.blocking) {
      held.set(version.lang, { reason: 'qa', detail: qaResult.detail ?? 'QA found errors' });
    }
  }
  return { versions: versionsFromRendered(article, rendered, held, { localizer, glossary }), validation };
}

/**
 * Versions from what the render stage produced (the pipeline's `run` has them already).
 * `held` names languages that rendered but must not go out (validation, QA).
 */
export function versionsFromRendered(
  article: Article,
  rendered: readonly RenderedLanguage[],
  held: ReadonlyMap<LanguageCode, { reason: HeldReason; detail: string }> = new Map(),
  options: { localizer?: Localizer; glossary?: Glossary } = {},
): LanguageVersion[] {
  const figures = article.figures.map(figureValue);
  const source = options.localizer ? buildSourceResource(article) : undefined;
  return rendered.map((r) => {
    const claims = article.claims.map((claim) => claimValue(article, claim, r.lang, options.localizer, source?.figures, options.glossary ?? EMPTY_GLOSSARY));
    const hold = !r.publishable
      ? held.get(r.lang) ?? { reason: 'translation' as const, detail: `${r.missing.length || r.problems.length} ${r.missing.length ? 'missing' : 'invalid'} key${(r.missing.length || r.problems.length) === 1 ? '' : 's'} in locales/${r.lang}/${article.slug}.json` }
      : held.get(r.lang);
    const bodyHtml = r.page ? stringifyHast(r.page.body).trimEnd() : '';
    const body = {
      lang: r.lang,
      sourceLang: r.sourceLang,
      title: r.title,
      slug: article.slug,
      markdown: r.markdown,
      html: r.html,
      bodyHtml,
      bodyMarkdown: stripFrontMatter(r.markdown),
      summary: r.page ? firstParagraph(r.page.body) : '',
      ...(article.frontmatter.date ? { datePublished: article.frontmatter.date } : {}),
      credits: { ...article.frontmatter.credits },
      claims,
      figures,
      jsonld: r.jsonld ?? {},
    };
    const version: LanguageVersion = { ...body, digest: versionDigest(body), publishable: hold === undefined, rendered: r };
    if (hold) {
      version.heldReason = hold.reason;
      version.heldDetail = hold.detail;
    }
    return version;
  });
}

/** sha256 over a canonical JSON of everything a target receives (keys sorted). */
export function versionDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function figureValue(figure: Figure): FigureValue {
  const { id, kind, value, min, max, date, endDate, unit, currency, qualifier, decimals, percentPoints } = figure;
  const out: FigureValue = { id, kind, qualifier };
  if (value !== undefined) out.value = value;
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  if (date !== undefined) out.date = date;
  if (endDate !== undefined) out.endDate = endDate;
  if (unit !== undefined) out.unit = unit;
  if (currency !== undefined) out.currency = currency;
  if (decimals !== undefined) out.decimals = decimals;
  if (percentPoints !== undefined) out.percentPoints = percentPoints;
  return out;
}

/** A claim in the version's language: its translated sentence and the glossary's names. */
function claimValue(
  article: Article,
  claim: Claim,
  lng: LanguageCode,
  localizer: Localizer | undefined,
  figures: Record<string, Record<string, FigureArgs>> | undefined,
  glossary: Glossary,
): ClaimValue {
  const src = article.frontmatter.lang;
  let text = claim.text;
  if (lng !== src && localizer?.has(lng, article.slug, claim.segment)) {
    try {
      text = stripTags(localizer.t(lng, article.slug, claim.segment, figures?.[claim.segment] ?? {}));
    } catch {
      // The renderer already refused this language if the sentence cannot be written.
    }
  }
  const nameIn = (name: string) => glossary.entities.find((e) => e.names[src] === name)?.names[lng] ?? name;
  const out: ClaimValue = { id: claim.id, text, figures: [...claim.figures], entities: claim.entities.map(nameIn) };
  if (claim.attribution) {
    out.attribution = { speaker: nameIn(claim.attribution.speaker), ...(claim.attribution.role !== undefined && lng === src ? { role: claim.attribution.role } : {}) };
  }
  return out;
}

function stripFrontMatter(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n\n?/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

function textOf(node: RootContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map((child) => textOf(child as RootContent)).join('');
  return '';
}

/** The plain text of the first paragraph of a body. */
export function firstParagraph(body: HastRoot): string {
  const stack: RootContent[] = [...body.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type !== 'element') continue;
    // Only line breaks and ASCII spaces: a no-break space inside a figure (French 15 000, U+202F) stays.
    if (node.tagName === 'p') return textOf(node).replace(/[ \t\r\n]+/g, ' ').trim();
    stack.unshift(...(node.children as RootContent[]));
  }
  return '';
}

/**
 * newsdesk's stable id of an article, sent to a CMS as `externalId`: the front matter's `id`
 * when it has one, else the slug (the folder name, which locale files are keyed by too).
 */
export function articleId(article: Article): string {
  const id = article.frontmatter.extra.id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : article.slug;
}
