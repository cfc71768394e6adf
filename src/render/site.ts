// The static site (the default publish target): output/site/index.html lists every article
// per language, output/site/<slug>/<lng>.html is each published version with its language
// switcher and a link home. Only publishable versions are written.

import type { ElementContent, Root as HastRoot, RootContent } from 'hast';
import { join } from 'node:path';
import type { Article } from '../article/types.js';
import { LANGUAGE_NAMES, LANGUAGES, type LanguageCode } from '../lang/codes.js';
import { writeFileAtomic } from '../fs/atomic.js';
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

/** Write the site under `<outputDir>/site`; returns the files written. */
export function renderSite(outputDir: string, articles: readonly SiteArticle[], options: SiteOptions = {}): string[] {
  const siteDir = join(outputDir, 'site');
  const written: string[] = [];
  const byLanguage = new Map<LanguageCode, Array<{ article: Article; version: RenderedLanguage }>>();
  for (const { article, versions } of articles) {
    for (const version of versions) {
      if (!version.publishable || !version.page) continue;
      const file = join(siteDir, article.slug, `${version.lang}.html`);
      writeFileAtomic(file, pageHtml(version.page, links(article, options.baseUrl, version.page.labels.home)));
      written.push(file);
      const list = byLanguage.get(version.lang) ?? [];
      list.push({ article, version });
      byLanguage.set(version.lang, list);
    }
  }
  const languages = LANGUAGES.filter((lng) => byLanguage.has(lng));
  const sections: ElementContent[] = languages.map((lng) => {
    const entries = (byLanguage.get(lng) ?? []).sort((a, b) => (b.article.frontmatter.date ?? '').localeCompare(a.article.frontmatter.date ?? '') || a.article.slug.localeCompare(b.article.slug));
    const heading = entries[0]?.version.page?.labels.articles;
    const items = entries.map(({ article, version }) => {
      const parts: Array<ElementContent | string> = [h('a', { href: `${article.slug}/${lng}.html` }, [version.title])];
      const kicker = version.page?.kicker;
      if (kicker) parts.push(' ', h('span', { className: ['kicker'] }, [kicker]));
      const date = version.frontmatter?.dateText;
      if (typeof date === 'string' && article.frontmatter.date) parts.push(' ', h('time', { dateTime: article.frontmatter.date }, [date]));
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
  const index = join(siteDir, 'index.html');
  writeFileAtomic(index, stringifyHast(root));
  written.push(index);
  return written;
}
