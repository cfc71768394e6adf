// Stage `render`: one language version of an article from its locale file — markdown with
// localized front matter, a sanitized HTML page with hreflang alternates and a language
// switcher, schema.org JSON-LD — and the static site. A language whose locale file is
// incomplete is not rendered at all: its missing keys are returned instead, and nothing
// ever falls back to the source text.

import { join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import type { Node as UnistNode, Parent } from 'unist';
import { cloneTree } from '../article/clone.js';
import type { Article } from '../article/types.js';
import { Errors, fail } from '../errors/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { formatFullDate } from '../localize/figure.js';
import type { Localizer, Resources } from '../localize/i18n.js';
import { localizerFor } from '../localize/index.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { stripTags } from '../localize/markup.js';
import { buildSourceResource, type SourceResource } from '../localize/source.js';
import { languageStatus, type LocaleProblem } from '../localize/status.js';
import { META_KEYS, type Container, type SourceUnit } from '../localize/units.js';
import { bodyToHast, pageHtml, type PageData, type PageLinks } from './html.js';
import { newsArticleJsonLd } from './jsonld.js';
import { articleLabels, COMMON_NS } from './labels.js';
import { markdownOf } from './markdown.js';
import { translateTree } from './tree.js';

export { COMMON_KEYS, COMMON_NS } from './labels.js';
export { pageHtml, type PageData, type PageLinks } from './html.js';
export { renderSite, siteEntry, writeSiteIndex, writeSitePages, type SiteArticle, type SiteEntry, type SiteIndexArticle, type SiteOptions } from './site.js';

export interface RenderOptions {
  /** Versions to link (hreflang, switcher, JSON-LD); default: the article's languages. Pass the publishable ones. */
  languages?: readonly LanguageCode[];
  /** Absolute base of the site ("https://news.example/"), for canonical and hreflang URLs. */
  baseUrl?: string;
  /** schema.org publisher; default: front matter `publisher`, else "newsdesk". */
  publisher?: string;
  /** Names that may stay untranslated besides the article's entities and credits. */
  names?: readonly string[];
}

export interface RenderedLanguage {
  lang: LanguageCode;
  slug: string;
  sourceLang: LanguageCode;
  /** False when anything is missing: then markdown and html are empty and must not be published. */
  publishable: boolean;
  /** Keys without a usable translation (`common:` prefixed for labels), in document order. */
  missing: string[];
  problems: LocaleProblem[];
  title: string;
  markdown: string;
  html: string;
  jsonld: Record<string, unknown> | undefined;
  /** What the page was built from, for the site (re-rendered with other links). */
  page: PageData | undefined;
  /** Localized front matter as written into the markdown. */
  frontmatter: Record<string, unknown> | undefined;
}

function isLocalizer(value: Resources | Localizer): value is Localizer {
  return typeof (value as Localizer).t === 'function' && 'i18n' in value;
}

/** Languages of an article's language bar, the source language always included. */
export function articleLanguages(article: Article): LanguageCode[] {
  const list = [...article.frontmatter.languages];
  if (!list.includes(article.frontmatter.lang)) list.unshift(article.frontmatter.lang);
  return list;
}

/** Relative links between the versions of one article (they sit side by side: <slug>/<lng>.html). */
export function articleLinks(article: Article, baseUrl?: string): PageLinks {
  const href = (lng: LanguageCode) => `${lng}.html`;
  if (!baseUrl) return { href };
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return { href, absolute: (lng) => new URL(`${article.slug}/${lng}.html`, base).href };
}

function unpublishable(article: Article, lng: LanguageCode, missing: string[], problems: LocaleProblem[]): RenderedLanguage {
  return {
    lang: lng,
    slug: article.slug,
    sourceLang: article.frontmatter.lang,
    publishable: false,
    missing,
    problems,
    title: '',
    markdown: '',
    html: '',
    jsonld: undefined,
    page: undefined,
    frontmatter: undefined,
  };
}

/** `section.tiefe` for "Tiefe": the common.json key of a section or category name. */
export function commonKeyOf(kind: 'section' | 'category', name: string): string {
  const id = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${kind}.${id}`;
}

/** Section and category labels common.json has for this language, by the meta key they replace. */
function sharedMeta(article: Article, lng: LanguageCode, localizer: Localizer): Record<string, string> {
  const shared: Record<string, string> = {};
  const { section, category } = article.frontmatter;
  for (const [metaKey, kind, name] of [[META_KEYS.section, 'section', section], [META_KEYS.category, 'category', category]] as const) {
    if (name === undefined) continue;
    const key = commonKeyOf(kind, name);
    if (localizer.has(lng, COMMON_NS, key)) shared[metaKey] = localizer.t(lng, COMMON_NS, key);
  }
  return shared;
}

/**
 * One language's working copy of the article tree, and the source units pointed at its blocks.
 * The source resource is the same for every language: renderArticle builds it once.
 */
function languageCopy(article: Article, source: SourceResource): { tree: Root; units: SourceUnit[] } {
  const tree = cloneTree(article.tree);
  const counterpart = new Map<Container, Container>();
  const pair = (original: UnistNode, copy: UnistNode) => {
    if (original.type === 'paragraph' || original.type === 'heading' || original.type === 'tableCell') counterpart.set(original as Container, copy as Container);
    const children = (original as Parent).children;
    if (children) children.forEach((child, i) => pair(child, (copy as Parent).children[i]!));
  };
  pair(article.tree, tree);
  const units = source.units.map((unit) => (unit.container ? { ...unit, container: counterpart.get(unit.container)! } : unit));
  return { tree, units };
}

export function renderLanguage(article: Article, lng: LanguageCode, resources: Resources | Localizer, options: RenderOptions = {}): RenderedLanguage {
  return renderWithSource(article, lng, resources, options, buildSourceResource(article));
}

/** What a language's locale files say before its page is built: its missing and unusable keys and labels. */
export interface LocaleChecks {
  lang: LanguageCode;
  shared: Record<string, string>;
  labels: ReturnType<typeof articleLabels>['labels'];
  missing: string[];
  problems: LocaleProblem[];
}

function checkLocale(article: Article, lng: LanguageCode, localizer: Localizer, options: RenderOptions, source: SourceResource): LocaleChecks {
  const status = languageStatus(article, lng, localizer, source, options.names ? { names: options.names } : {});
  // A section or category the newsroom names in common.json needs no per-article translation.
  const shared = sharedMeta(article, lng, localizer);
  const blocking = (key: string) => !(key in shared);
  const { labels, missing: missingLabels } = articleLabels(article, lng, localizer);
  const missing = [...status.missing.filter(blocking), ...missingLabels];
  const problems = [...status.problems.filter((p) => blocking(p.key)), ...missingLabels.map((key) => ({ key, reason: 'missing' as const, message: `no label \`${key}\`` }))];
  return { lang: lng, shared, labels, missing, problems };
}

/**
 * The checks `renderLanguages` makes of each language's keys and labels before it builds a
 * page, made alone: a language that fails them will not render. The pipeline asks first, so
 * each page links to the right set of versions the first time; pass the result back to
 * `renderLanguages` (`checks`) and they are not made twice. A language that passes may still
 * fail while its sentences are written (`publishable: false` then).
 */
export function localeChecks(article: Article, resources: Resources | Localizer, languages: readonly LanguageCode[], options: RenderOptions = {}): LocaleChecks[] {
  const localizer = isLocalizer(resources) ? resources : localizerFor(resources);
  const source = buildSourceResource(article);
  return languages.map((lng) => checkLocale(article, lng, localizer, options, source));
}

/** Passed its locale checks: worth building a page for. */
export const passesLocaleChecks = (checks: LocaleChecks): boolean => checks.problems.length === 0 && checks.labels !== undefined;

function renderWithSource(article: Article, lng: LanguageCode, resources: Resources | Localizer, options: RenderOptions, source: SourceResource, checked?: LocaleChecks): RenderedLanguage {
  const localizer = isLocalizer(resources) ? resources : localizerFor(resources);
  const fm = article.frontmatter;
  const src = fm.lang;
  const ns = article.slug;
  const { shared, labels, missing, problems } = checked?.lang === lng ? checked : checkLocale(article, lng, localizer, options, source);
  if (problems.length > 0 || !labels) return unpublishable(article, lng, missing, problems);

  const { tree, units } = languageCopy(article, source);
  const translated = translateTree(tree, units, article, lng, localizer);
  if (translated.problems.length > 0) return unpublishable(article, lng, missing, translated.problems);

  const meta = (key: string) => shared[key] ?? (key in source.resource ? stripTags(localizer.t(lng, ns, key, source.figures[key] ?? {})) : undefined);
  const h1 = translated.tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const title = meta(META_KEYS.title) ?? (h1 ? toString(h1) : fm.title);
  const section = meta(META_KEYS.section);
  const category = meta(META_KEYS.category);
  const sourceLine = meta(META_KEYS.sourceLine);
  const dateText = fm.date ? formatFullDate(fm.date, lng) : undefined;
  const credits = Object.entries(fm.credits).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');

  const frontmatter: Record<string, unknown> = { title, lang: lng };
  if (lng !== src) frontmatter.translationOf = src;
  frontmatter.slug = article.slug;
  if (fm.date) frontmatter.date = fm.date;
  if (dateText) frontmatter.dateText = dateText;
  if (section !== undefined) frontmatter.section = section;
  if (category !== undefined) frontmatter.category = category;
  if (sourceLine !== undefined) frontmatter.sourceLine = sourceLine;
  if (credits.length > 0) frontmatter.credits = credits.map(([role, name]) => ({ role, label: labels.credits[role] ?? role, name }));
  const markdown = markdownOf(frontmatter, translated.tree);

  const alternates = [...(options.languages ?? articleLanguages(article))];
  if (!alternates.includes(lng)) alternates.push(lng);
  const links = articleLinks(article, options.baseUrl);
  const url = (l: LanguageCode) => (links.absolute ? links.absolute(l) : links.href(l));
  const publisher = options.publisher ?? (typeof fm.extra.publisher === 'string' ? fm.extra.publisher : 'newsdesk');
  const jsonld = newsArticleJsonLd({
    lang: lng,
    sourceLang: src,
    headline: title,
    url,
    alternates,
    ...(fm.date ? { date: fm.date } : {}),
    ...(section !== undefined ? { section } : {}),
    ...(category !== undefined ? { category } : {}),
    credits: fm.credits,
    publisher,
  });
  const page: PageData = {
    lang: lng,
    sourceLang: src,
    slug: article.slug,
    title,
    // The language's own copy of the tree, read for the last time here.
    body: bodyToHast(translated.tree, { owned: true }),
    alternates,
    ...(section !== undefined || category !== undefined ? { kicker: [section, category].filter(Boolean).join(' · ') } : {}),
    ...(fm.date && dateText ? { published: { iso: fm.date, line: labels.labelValue(labels.published, dateText) } } : {}),
    ...(sourceLine !== undefined ? { sourceLine: labels.labelValue(labels.source, sourceLine) } : {}),
    credits: credits.map(([role, name]) => labels.labelValue(labels.credits[role] ?? role, name)),
    labels: {
      readIn: labels.readIn,
      translatedFrom: labels.translatedFrom,
      original: labels.original,
      ...(labels.home !== undefined ? { home: labels.home } : {}),
      ...(labels.articles !== undefined ? { articles: labels.articles } : {}),
    },
    jsonld,
  };
  const html = pageHtml(page, links);
  return { lang: lng, slug: article.slug, sourceLang: src, publishable: true, missing: [], problems: [], title, markdown, html, jsonld, page, frontmatter };
}

/**
 * Render every language of the article's language bar. Incomplete languages are found
 * first, so the published versions link only to each other.
 */
export function renderArticle(article: Article, resources: Resources | Localizer, options: Omit<RenderOptions, 'languages'> & { languages?: readonly LanguageCode[] } = {}): RenderedLanguage[] {
  const languages = options.languages ?? articleLanguages(article);
  const source = buildSourceResource(article);
  const first = languages.map((lng) => renderWithSource(article, lng, resources, { ...options, languages }, source));
  const publishable = first.filter((r) => r.publishable).map((r) => r.lang);
  if (publishable.length === languages.length) return first;
  return first.map((r) => (r.publishable ? renderWithSource(article, r.lang, resources, { ...options, languages: publishable }, source) : r));
}

/**
 * Render some languages of an article, each linking to `options.languages` (the versions the
 * caller knows to be complete): the pipeline's way of rendering only what changed.
 */
export function renderLanguages(article: Article, resources: Resources | Localizer, languages: readonly LanguageCode[], options: RenderOptions & { checks?: readonly LocaleChecks[] } = {}): RenderedLanguage[] {
  const source = buildSourceResource(article);
  const { checks, ...rest } = options;
  return languages.map((lng) => renderWithSource(article, lng, resources, rest, source, checks?.find((c) => c.lang === lng)));
}

/** Write `<outputDir>/<slug>/<lng>.md` and `.html` atomically, durable on return. Refuses an unpublishable version. */
export function writeLanguageOutputs(outputDir: string, slug: string, lng: LanguageCode, rendered: RenderedLanguage): { markdown: string; html: string } {
  if (!rendered.publishable) {
    fail(Errors.MissingTranslation, `${lng} is not complete (${rendered.missing.length} missing, ${rendered.problems.length} problems): not written`, { file: `locales/${lng}/${slug}.json` });
  }
  const dir = join(outputDir, slug);
  const markdown = join(dir, `${lng}.md`);
  const html = join(dir, `${lng}.html`);
  writeRegenerable(markdown, rendered.markdown);
  writeRegenerable(html, rendered.html);
  syncDir(dir);
  return { markdown, html };
}
