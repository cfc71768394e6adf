// The HTML page of one language version: the article body from markdown, sanitized
// (rehype-sanitize: translations are untrusted text), inside a page shell built here as a
// hast tree, so every attribute and text is escaped by the serializer. `<html lang dir>`,
// hreflang alternates to every published version, a language switcher, JSON-LD.

import type { Element, ElementContent, Properties, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LANGUAGE_NAMES, type LanguageCode } from '../lang/codes.js';
import { directionOf } from './language.js';
import { PAGE_CSS } from './page-style.js';

const toHast = unified().use(remarkRehype).use(rehypeSanitize).freeze();
const serializer = unified().use(rehypeStringify).freeze();
// The page shell around a body already serialized (a `raw` node holding `bodyHtml`): the
// shell is built here of elements and text only, the body was sanitized and serialized by
// `serializer` with every text escaped.
const shellSerializer = unified().use(rehypeStringify, { allowDangerousHtml: true }).freeze();

/** Serialized bodies, by tree: the page and the version's `bodyHtml` serialize each body once. */
const bodies = new WeakMap<HastRoot, string>();

/** The HTML of a sanitized article body (as `stringifyHast` writes it, without the final newline). */
export function bodyHtml(body: HastRoot): string {
  let html = bodies.get(body);
  if (html === undefined) {
    html = serializer.stringify(body);
    bodies.set(body, html);
  }
  return html;
}

/**
 * The sanitized hast of an article body. The tree is copied first unless the caller hands
 * over a tree of its own that nothing reads afterwards (`owned`: one language's copy).
 */
export function bodyToHast(tree: MdastRoot, options: { owned?: boolean } = {}): HastRoot {
  return toHast.runSync(options.owned ? tree : structuredClone(tree)) as HastRoot;
}

export function h(tag: string, properties: Properties = {}, children: Array<ElementContent | string> = []): Element {
  return {
    type: 'element',
    tagName: tag,
    properties,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

/** Children with a line break between them, so a page reads (and diffs) line by line. */
export function lines(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => [{ type: 'text', value: '\n' } as ElementContent, child]).concat({ type: 'text', value: '\n' });
}

export function stringifyHast(root: HastRoot): string {
  return `${serializer.stringify(root)}\n`;
}

/** JSON inside <script>: `<` escaped so no text can close the element. */
export function scriptJson(data: unknown): Element {
  const json = JSON.stringify(data, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return h('script', { type: 'application/ld+json' }, [json]);
}

export interface PageData {
  lang: LanguageCode;
  sourceLang: LanguageCode;
  slug: string;
  /** Plain title, for <title>. */
  title: string;
  body: HastRoot;
  /** Languages with a published version, the page's own included. */
  alternates: LanguageCode[];
  /** Lines under the article, already labelled ("Editor: Peng Bo"). */
  kicker?: string;
  published?: { iso: string; line: string };
  sourceLine?: string;
  credits: string[];
  labels: { readIn: string; translatedFrom: string; original: string; home?: string; articles?: string };
  jsonld: Record<string, unknown>;
}

export interface PageLinks {
  /** URL of a language version of this article. */
  href(lng: LanguageCode): string;
  /** Absolute URL for hreflang and canonical, when a base URL is known. */
  absolute?(lng: LanguageCode): string;
  home?: { href: string; label: string };
}

function switcher(page: PageData, links: PageLinks): Element {
  const items = page.alternates.map((lng) => {
    const name = LANGUAGE_NAMES[lng];
    const extra: Properties = lng === page.sourceLang ? { title: page.labels.original } : {};
    const content =
      lng === page.lang
        ? h('span', { lang: lng, ariaCurrent: 'page', ...extra }, [name])
        : h('a', { href: links.href(lng), hrefLang: lng, lang: lng, ...extra }, [name]);
    return h('li', {}, [content]);
  });
  return h('nav', { className: ['languages'], ariaLabel: page.labels.readIn }, [h('ul', {}, items)]);
}

export function pageHtml(page: PageData, links: PageLinks): string {
  const url = (lng: LanguageCode) => (links.absolute ? links.absolute(lng) : links.href(lng));
  const head: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', {}, [page.title]),
    h('style', {}, [PAGE_CSS]),
    h('link', { rel: ['canonical'], href: url(page.lang) }),
    ...page.alternates.map((lng) => h('link', { rel: ['alternate'], hrefLang: lng, href: url(lng) })),
    h('link', { rel: ['alternate'], hrefLang: 'x-default', href: url(page.sourceLang) }),
    scriptJson(page.jsonld),
  ];
  const header: ElementContent[] = [];
  if (links.home) header.push(h('p', { className: ['home'] }, [h('a', { href: links.home.href }, [links.home.label])]));
  header.push(switcher(page, links));
  const footer: ElementContent[] = [];
  if (page.published) footer.push(h('p', { className: ['published'] }, [h('time', { dateTime: page.published.iso }, [page.published.line])]));
  if (page.sourceLine) footer.push(h('p', { className: ['source'] }, [page.sourceLine]));
  if (page.credits.length > 0) footer.push(h('p', { className: ['credits'] }, [page.credits.join(' · ')]));
  if (page.lang !== page.sourceLang) {
    footer.push(
      h('p', { className: ['translation'] }, [
        `${page.labels.translatedFrom}: `,
        h('a', { href: links.href(page.sourceLang), hrefLang: page.sourceLang, lang: page.sourceLang }, [LANGUAGE_NAMES[page.sourceLang]]),
      ]),
    );
  }
  const article = h('article', {}, [
    ...(page.kicker ? [{ type: 'text', value: '\n' } as ElementContent, h('p', { className: ['kicker'] }, [page.kicker]), { type: 'text', value: '\n' } as ElementContent] : []),
    ...(page.body.children.length > 0 ? [{ type: 'raw', value: bodyHtml(page.body) } as unknown as ElementContent] : []),
    { type: 'text', value: '\n' },
    h('footer', {}, lines(footer)),
    { type: 'text', value: '\n' },
  ]);
  const html = h('html', { lang: page.lang, dir: directionOf(page.lang) }, lines([h('head', {}, lines(head)), h('body', {}, lines([h('header', {}, lines(header)), h('main', {}, [article])]))]));
  const root: HastRoot = { type: 'root', children: [{ type: 'doctype' } as RootContent, { type: 'text', value: '\n' }, html] };
  return `${shellSerializer.stringify(root)}\n`;
}
