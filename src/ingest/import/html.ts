// Read a news page saved as HTML (cheerio): keep the article body only — no navigation,
// site header and footer, scripts, language switcher or share buttons — and take the
// title (<h1>, og:title, <title>), date (<time datetime>, article:published_time), language
// (<html lang>), section (article:section), category, language list and credits.

import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { BlockContent, ListItem, PhrasingContent } from 'mdast';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { isCategoryWord, languageOfName, readDate, readLanguageBar, readLine } from './meta.js';
import { blockText, type Page, type Place } from './page.js';
import { plainText } from './markdown.js';

/** Elements that never hold article text. */
const DROP = [
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'input', 'select', 'textarea',
  'iframe', 'svg', 'canvas', 'img', 'picture', 'video', 'audio', 'figure', 'object', 'embed', 'dialog', 'menu',
  '[hidden]', '[aria-hidden="true"]', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
  '.share', '.sharing', '.social', '[class*="share-"]', '[class*="-share"]', '[class*="social"]', '.breadcrumb', '.breadcrumbs',
  '.advert', '.ad', '.ads', '.related', '.comments', '.newsletter',
].join(', ');

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'div', 'section', 'article', 'header', 'main', 'pre', 'table', 'dl', 'hr', 'address', 'details', 'summary']);

export function normaliseLanguageTag(tag: string | undefined): LanguageCode | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return isLanguageCode(primary) ? primary : undefined;
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

function place(node: Element | undefined, file: string | undefined): Place {
  const location = node?.sourceCodeLocation;
  return { ...(file ? { file } : {}), line: location?.startLine ?? 1, column: location?.startCol ?? 1 };
}

/** Inline content of an element as mdast phrasing nodes, whitespace collapsed. */
function inline(nodes: AnyNode[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const pushText = (value: string) => {
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      pushText(node.data.replace(/\s+/gu, ' '));
      continue;
    }
    if (!isElement(node) || node.type !== 'tag') continue;
    const children = inline(node.children);
    switch (node.name) {
      case 'em':
      case 'i':
      case 'cite':
        if (plainText(children).trim()) out.push({ type: 'emphasis', children });
        break;
      case 'strong':
      case 'b':
        if (plainText(children).trim()) out.push({ type: 'strong', children });
        break;
      case 'code':
      case 'kbd':
      case 'samp':
        out.push({ type: 'inlineCode', value: plainText(children) });
        break;
      case 'a': {
        const href = node.attribs.href?.trim();
        if (href && !/^(?:javascript:|#)/iu.test(href) && plainText(children).trim()) out.push({ type: 'link', url: href, children });
        else for (const child of children) child.type === 'text' ? pushText(child.value) : out.push(child);
        break;
      }
      case 'br':
        pushText(' ');
        break;
      default:
        for (const child of children) child.type === 'text' ? pushText(child.value) : out.push(child);
    }
  }
  return out;
}

/** Trim a paragraph's leading and trailing whitespace and collapse spaces between nodes. */
function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/u, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/u, '');
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

interface Walk {
  page: Page;
  /** True until the first paragraph of article text. */
  header: boolean;
}

function paragraphOrMeta(children: PhrasingContent[], walk: Walk): BlockContent | undefined {
  const nodes = tidy(children);
  const text = plainText(nodes).trim();
  if (!text) return undefined;
  const { page } = walk;
  if (text === page.title) return undefined;
  const reading = readLine(text, walk.header);
  if (reading) {
    switch (reading.kind) {
      case 'date':
        page.date ??= reading.date;
        return undefined;
      case 'languages':
        if (!page.languages.length) page.languages = reading.languages;
        return undefined;
      case 'credits':
        Object.assign(page.credits, reading.credits);
        return undefined;
      case 'source':
        if (!page.sourceLine) {
          page.sourceLine = reading.text;
          return undefined;
        }
        break;
      case 'sectionTitle':
        break;
    }
  }
  if (walk.header && isCategoryWord(text) && !page.category) {
    page.category = text;
    return undefined;
  }
  walk.header = false;
  return { type: 'paragraph', children: nodes };
}

function blocks(nodes: AnyNode[], walk: Walk): BlockContent[] {
  const out: BlockContent[] = [];
  let run: AnyNode[] = [];
  const flush = () => {
    const paragraph = paragraphOrMeta(inline(run), walk);
    if (paragraph) out.push(paragraph);
    run = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK.has(node.name)) {
      run.push(node);
      continue;
    }
    flush();
    const name = node.name;
    if (name === 'p' || name === 'address' || name === 'summary') {
      const paragraph = paragraphOrMeta(inline(node.children), walk);
      if (paragraph) out.push(paragraph);
    } else if (/^h[1-6]$/u.test(name)) {
      const children = tidy(inline(node.children));
      const text = plainText(children).trim();
      if (text && text !== walk.page.title) out.push({ type: 'heading', depth: Math.max(2, Number(name[1])) as 2 | 3 | 4 | 5 | 6, children });
    } else if (name === 'blockquote') {
      const inner = blocks(node.children, walk);
      if (inner.length) out.push({ type: 'blockquote', children: inner });
    } else if (name === 'ul' || name === 'ol') {
      const items: ListItem[] = [];
      for (const child of node.children) {
        if (!isElement(child) || child.name !== 'li') continue;
        const content = blocks(child.children, { ...walk, header: false });
        if (content.length) items.push({ type: 'listItem', spread: false, children: content });
      }
      if (items.length) out.push({ type: 'list', ordered: name === 'ol', spread: false, children: items });
    } else if (name === 'pre') {
      const text = cheerio.load(node).text().trim();
      if (text) out.push({ type: 'paragraph', children: [{ type: 'text', value: text.replace(/\s+/gu, ' ') }] });
    } else if (name === 'hr' || name === 'table' || name === 'dl') {
      // Tables and definition lists of scraped pages are layout, not article text.
    } else {
      out.push(...blocks(node.children, walk));
    }
  }
  flush();
  return out;
}

/** The language list of a switcher: hreflang links, else a list whose items are language names. */
function readSwitcher($: cheerio.CheerioAPI): { languages: LanguageCode[]; elements: AnyNode[] } {
  const fromHreflang = (selector: string) => {
    const codes: LanguageCode[] = [];
    const elements: AnyNode[] = [];
    $(selector).each((_, el) => {
      const code = normaliseLanguageTag($(el).attr('hreflang'));
      if (code && !codes.includes(code)) codes.push(code);
      elements.push(el);
    });
    return { codes, elements };
  };
  const links = fromHreflang('a[hreflang]');
  if (links.codes.length >= 2) {
    const lists = links.elements.map((el): AnyNode => $(el).closest('ul, ol, nav, [class*="lang"]').get(0) ?? el);
    return { languages: links.codes, elements: lists };
  }
  for (const list of $('ul, ol, select, div, p').toArray()) {
    const items = $(list).children('li, option, a, span').toArray();
    const codes = items.map((item) => languageOfName($(item).text())).filter((code): code is LanguageCode => code !== undefined);
    if (items.length >= 3 && codes.length === items.length) return { languages: [...new Set(codes)], elements: [list] };
    const bar = items.length === 0 ? readLanguageBar($(list).text()) : undefined;
    if (bar) return { languages: bar, elements: [list] };
  }
  const alternates = fromHreflang('link[rel="alternate"][hreflang]');
  return { languages: alternates.codes, elements: [] };
}

function titleOf($: cheerio.CheerioAPI, root: cheerio.Cheerio<Element>): string | undefined {
  const h1 = root.find('h1').first().text().replace(/\s+/gu, ' ').trim() || $('h1').first().text().replace(/\s+/gu, ' ').trim();
  if (h1) return h1;
  const og = $('meta[property="og:title"]').attr('content')?.trim();
  if (og) return og;
  const title = $('title').first().text().replace(/\s+/gu, ' ').trim();
  // "Headline | Site name" / "Headline – Site name": keep the headline.
  return title.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/u, '').trim() || undefined;
}

export interface HtmlPageReading {
  page: Page;
  bodyPlace: Place;
}

export function readHtmlPage(html: string, file?: string): HtmlPageReading {
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  const page: Page = { credits: {}, languages: [], blocks: [] };
  const declared = normaliseLanguageTag($('html').attr('lang'));
  if (declared) page.declaredLang = declared;

  const switcher = readSwitcher($);
  page.languages = switcher.languages;
  for (const element of switcher.elements) $(element).remove();

  const root = $('[itemprop="articleBody"]').closest('article').first().length
    ? $('[itemprop="articleBody"]').closest('article').first()
    : ['article', 'main', '[role="main"]', 'body'].map((selector) => $(selector).first()).find((candidate) => candidate.length > 0) ?? $.root();
  const rootElement = root.get(0) as Element | undefined;

  const title = titleOf($, root as cheerio.Cheerio<Element>);
  if (title) page.title = title;
  const section = $('meta[property="article:section"]').attr('content')?.trim();
  if (section) page.section = section;
  const category = ($('meta[name="category"]').attr('content') ?? root.find('.category, .kicker, [rel~="category"]').first().text()).trim();
  if (category) page.category = category;
  const datetime = root.find('time[datetime]').first().attr('datetime') ?? $('meta[property="article:published_time"]').attr('content') ?? $('time[datetime]').first().attr('datetime');
  const date = datetime ? readDate(datetime) : undefined;
  if (date) page.date = date;
  const author = $('meta[name="author"]').attr('content')?.trim();

  root.find(DROP).remove();
  // Site headers hold logos and menus; the article's own header holds its <h1>.
  root.find('header').filter((_, header) => $(header).find('h1').length === 0).remove();
  root.find('.category, .kicker, [rel~="category"]').remove();
  // A <time> alone in a paragraph is the dateline, already read.
  root.find('p').each((_, p) => {
    const el = $(p);
    if (el.find('time').length && el.text().trim() === el.find('time').text().trim()) el.remove();
  });

  page.blocks = blocks(rootElement ? rootElement.children : [], { page, header: true });
  if (author && !page.credits.author) page.credits.author = author;
  const first = page.blocks[0];
  if (first && page.title && blockText(first).trim() === page.title) page.blocks.shift();
  return { page, bodyPlace: place(rootElement, file) };
}
