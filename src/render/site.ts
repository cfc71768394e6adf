// The static site (the default publish target): output/site/index.html lists every article
// per language, output/site/<slug>/<lng>.html is each published version with its language
// switcher and a link home. Only publishable versions are written.

import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { dirname, join } from 'node:path';
import type { Article } from '../article/types.js';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageCode } from '../lang/codes.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { h, lines, pageHtml, stringifyHast, type PageLinks } from './html.js';
import { directionOf } from './language.js';
import type { RenderedLanguage } from './index.js';
import { PAGE_CSS } from './page-style.js';

export interface SiteArticle {
  article: Article;
  versions: readonly RenderedLanguage[];
}

export interface SiteOptions {
  /** Title of the index page. */
  title?: string;
  baseUrl?: string;
}

function links(article: Article, baseUrl: string | undefined, home: string | undefined): PageLinks {
  const base = baseUrl ? (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : undefined;
  return {
    href: (lng) => `${lng}.html`,
    ...(base ? { absolute: (lng: LanguageCode) => new URL(`${article.slug}/${lng}.html`, base).href } : {}),
    ...(home ? { home: { href: '../index.html', label: home } } : {}),
  };
}

/** What the site's index shows of one published version: plain data, kept beside its pages. */
export interface SiteEntry {
  lang: LanguageCode;
  title: string;
  kicker?: string;
  /** The date line in the version's language ("26. Juli 2024"). */
  dateText?: string;
  /** The heading of the index's list in this language ("Artikel"), from common.json. */
  articlesLabel?: string;
}

/** An article on the index: its slug, its date (newest first) and its published versions. */
export interface SiteIndexArticle {
  slug: string;
  date?: string;
  entries: readonly SiteEntry[];
}

export function siteEntry(version: RenderedLanguage): SiteEntry {
  const dateText = version.frontmatter?.dateText;
  const page = version.page;
  return {
    lang: version.lang,
    title: version.title,
    ...(page?.kicker ? { kicker: page.kicker } : {}),
    ...(typeof dateText === 'string' ? { dateText } : {}),
    ...(page?.labels.articles !== undefined ? { articlesLabel: page.labels.articles } : {}),
  };
}

/**
 * Write `<outputDir>/site/<slug>/<lng>.html` for each publishable version, each atomically;
 * the caller makes the folder durable (`syncDir`) once it wrote everything else into it.
 */
export function writeSitePages(outputDir: string, article: Article, versions: readonly RenderedLanguage[], options: SiteOptions = {}): string[] {
  const written: string[] = [];
  for (const version of versions) {
    if (!version.publishable || !version.page) continue;
    const file = join(outputDir, 'site', article.slug, `${version.lang}.html`);
    writeRegenerable(file, pageHtml(version.page, links(article, options.baseUrl, version.page.labels.home)));
    written.push(file);
  }
  return written;
}

/** Write `<outputDir>/site/index.html` (durable on return): every article's published versions, by language. */
export function writeSiteIndex(outputDir: string, articles: readonly SiteIndexArticle[], options: SiteOptions = {}): string {
  const byLanguage = new Map<LanguageCode, Array<{ article: SiteIndexArticle; entry: SiteEntry }>>();
  for (const article of articles) {
    for (const entry of article.entries) {
      const list = byLanguage.get(entry.lang) ?? [];
      list.push({ article, entry });
      byLanguage.set(entry.lang, list);
    }
  }
  const languages = LANGUAGES.filter((lng) => byLanguage.has(lng));
  const sections: ElementContent[] = languages.map((lng) => {
    const entries = (byLanguage.get(lng) ?? []).sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? '') || a.article.slug.localeCompare(b.article.slug));
    const heading = entries[0]?.entry.articlesLabel;
    const items = entries.map(({ article, entry }) => {
      const parts: Array<ElementContent | string> = [h('a', { href: `${article.slug}/${lng}.html` }, [entry.title])];
      if (entry.kicker) parts.push(' ', h('span', { className: ['kicker'] }, [entry.kicker]));
      if (entry.dateText !== undefined && article.date) parts.push(' ', h('time', { dateTime: article.date }, [entry.dateText]));
      return h('li', {}, parts);
    });
    return h('section', { id: `lang-${lng}`, lang: lng, dir: directionOf(lng) }, [
      h('h2', {}, [LANGUAGE_NAMES[lng]]),
      ...(heading ? [h('p', { className: ['label'] }, [heading])] : []),
      h('ul', {}, items),
    ]);
  });
  const nav = h('nav', { className: ['languages'] }, [
    h('ul', {}, languages.map((lng) => h('li', {}, [h('a', { href: `#lang-${lng}`, hrefLang: lng, lang: lng }, [LANGUAGE_NAMES[lng]])]))),
  ]);
  const title = options.title ?? 'newsdesk';
  const html = h('html', { lang: 'mul' }, lines([
    h('head', {}, lines([h('meta', { charSet: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', {}, [title]), h('style', {}, [PAGE_CSS])])),
    h('body', {}, lines([h('header', {}, lines([h('h1', {}, [title]), nav])), h('main', {}, lines(sections))])),
  ]));
  const root: HastRoot = { type: 'root', children: [{ type: 'doctype' } as RootContent, { type: 'text', value: '\n' }, html] };
  const index = join(outputDir, 'site', 'index.html');
  writeRegenerable(index, stringifyHast(root));
  syncDir(dirname(index));
  return index;
}

/** Write the site under `<outputDir>/site` (pages and index) for these articles; returns the files written. */
export function renderSite(outputDir: string, articles: readonly SiteArticle[], options: SiteOptions = {}): string[] {
  const written = articles.flatMap(({ article, versions }) => {
    const pages = writeSitePages(outputDir, article, versions, options);
    if (pages.length > 0) syncDir(join(outputDir, 'site', article.slug));
    return pages;
  });
  const index = articles.map(({ article, versions }) => ({
    slug: article.slug,
    ...(article.frontmatter.date ? { date: article.frontmatter.date } : {}),
    entries: versions.filter((v) => v.publishable && v.page).map(siteEntry),
  }));
  written.push(writeSiteIndex(outputDir, index, options));
  return written;
}
