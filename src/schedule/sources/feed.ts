// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one remote item per entry: its stable id (guid,
// Atom id, or link), title, language (entry xml:lang, then the feed's), day of publication
// and content (full content before summary), read with cheerio in XML mode.

import { load } from 'cheerio';
import type { Element } from 'domhandler';

export interface FeedEntry {
  key: string;
  title: string;
  lang: string | undefined;
  date: string | undefined;
  link: string | undefined;
  /** Content as HTML (feeds carry escaped HTML or XHTML). */
  html: string;
}

export function parseFeed(xml: string): FeedEntry[] {
  const $ = load(xml, { xml: true });
  const rootElement = $.root().children().first();
  const rootName = (rootElement.get(0) as Element | undefined)?.tagName?.toLowerCase() ?? '';
  const isAtom = rootName === 'feed' || rootName.endsWith(':feed');
  if (!isAtom && rootName !== 'rss' && !rootName.endsWith('rdf')) throw new Error(`not an RSS or Atom feed (root element <${rootName || '?'}>)`);
  const feedLang = rootElement.attr('xml:lang') ?? childText($, rootElement.get(0), ['language', 'dc:language']) ?? childText($, $('channel').get(0), ['language', 'dc:language']);
  const entries = $(isAtom ? 'entry' : 'item').toArray() as Element[];
  return entries.map((entry) => {
    const title = childText($, entry, ['title']) ?? '';
    const link = isAtom ? atomLink($, entry) : childText($, entry, ['link']);
    const key = childText($, entry, isAtom ? ['id'] : ['guid']) ?? link ?? title;
    const lang = $(entry).attr('xml:lang') ?? childText($, entry, ['dc:language']) ?? feedLang;
    const date = childText($, entry, isAtom ? ['published', 'updated'] : ['pubDate', 'dc:date']);
    const html = isAtom ? atomContent($, entry) : childText($, entry, ['content:encoded', 'description']) ?? '';
    return { key: key.trim(), title: decodeTitle(title), lang, date, link, html };
  });
}

function child($: ReturnType<typeof load>, parent: Element | undefined, names: string[]): Element | undefined {
  if (!parent) return undefined;
  const wanted = names.map((name) => name.toLowerCase());
  for (const name of wanted) {
    const found = $(parent)
      .children()
      .toArray()
      .find((node) => (node as Element).tagName.toLowerCase() === name);
    if (found) return found as Element;
  }
  return undefined;
}

function childText($: ReturnType<typeof load>, parent: Element | undefined, names: string[]): string | undefined {
  const found = child($, parent, names);
  const text = found ? $(found).text().trim() : '';
  return text === '' ? undefined : text;
}

function atomLink($: ReturnType<typeof load>, entry: Element): string | undefined {
  const links = $(entry).children('link').toArray() as Element[];
  const alternate = links.find((link) => (link.attribs.rel ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attribs.href;
}

function atomContent($: ReturnType<typeof load>, entry: Element): string {
  const node = child($, entry, ['content']) ?? child($, entry, ['summary']);
  if (!node) return '';
  const type = node.attribs.type ?? 'text';
  if (type === 'xhtml') return $(node).html() ?? '';
  if (type === 'html' || type === 'text/html') return $(node).text();
  return $(node)
    .text()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

function decodeTitle(title: string): string {
  // A title may carry HTML (`type="html"`): keep its text only.
  return load(title, null, false).text().replace(/\s+/g, ' ').trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
