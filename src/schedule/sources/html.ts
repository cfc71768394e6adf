// HTML fragments → markdown for feed and ninjs items, with cheerio: navigation, language
// bars, share buttons and scripts are dropped; headings, paragraphs, lists, quotes and
// emphasis are kept. (Whole pages go through the shared importer instead: ./page.ts.)

import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { escapeBlockStart, escapeInline } from './markdown.js';

const DROP = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'select', 'input',
  'nav', 'header', 'footer', 'aside', 'menu',
  '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=complementary]', '[aria-hidden=true]', '[hidden]',
].join(',');

/** domhandler's node kinds, by the string values of its ElementType enum (a dependency of cheerio, not ours). */
const isTag = (node: AnyNode): node is Element => (node.type as string) === 'tag';
const isText = (node: AnyNode): node is Text => (node.type as string) === 'text';

/** class/id words of page furniture: a language bar, share buttons, breadcrumbs, menus. */
const FURNITURE = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|lang|langs|language|languages|language-?bar|lang-?switch(er)?|share|sharing|social|related|comments?|footer|header|sidebar|cookie|subscribe|newsletter|ad|ads|advert)([-_\s]|$)/i;

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'tr', 'div', 'section', 'article', 'main', 'figure', 'figcaption', 'hr', 'br', 'dl', 'dt', 'dd']);

/** An HTML fragment (a feed item's content) as markdown. */
export function htmlToMarkdown(html: string): string {
  const $ = load(html, null, false);
  removeFurniture($);
  return blocksToMarkdown($, undefined);
}

function removeFurniture($: CheerioAPI): void {
  $(DROP).remove();
  $('[class],[id]').each((_, element) => {
    const words = `${$(element).attr('class') ?? ''} ${$(element).attr('id') ?? ''}`;
    const tag = (element as Element).tagName;
    if (tag !== 'html' && tag !== 'body' && tag !== 'main' && tag !== 'article' && FURNITURE.test(words)) $(element).remove();
  });
}

function blocksToMarkdown($: CheerioAPI, root: AnyNode | undefined): string {
  const blocks: string[] = [];
  const children = root ? $(root).contents().toArray() : $.root().contents().toArray();
  walkBlocks($, children, blocks, '');
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}

function walkBlocks($: CheerioAPI, nodes: AnyNode[], out: string[], prefix: string): void {
  let inline: AnyNode[] = [];
  const flush = () => {
    const text = clean(inlineMarkdown($, inline));
    if (text) out.push(prefix + escapeBlockStart(text));
    inline = [];
  };
  for (const node of nodes) {
    const tag = isTag(node) ? node.tagName.toLowerCase() : '';
    if (!BLOCK.has(tag)) {
      inline.push(node);
      continue;
    }
    flush();
    const element = node as Element;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const text = clean(inlineMarkdown($, element.children));
      if (text) out.push(`${prefix}${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (tag === 'p' || tag === 'dt' || tag === 'dd' || tag === 'figcaption') {
      const text = clean(inlineMarkdown($, element.children));
      if (text) out.push(prefix + escapeBlockStart(text));
    } else if (tag === 'ul' || tag === 'ol') {
      const items = $(element).children('li').toArray();
      const lines = items
        .map((item, index) => {
          const text = clean(inlineMarkdown($, (item as Element).children));
          return text ? `${prefix}${tag === 'ol' ? `${index + 1}.` : '-'} ${text}` : '';
        })
        .filter(Boolean);
      if (lines.length) out.push(lines.join('\n'));
    } else if (tag === 'blockquote') {
      const inner: string[] = [];
      walkBlocks($, element.children, inner, '');
      if (inner.length) out.push(inner.map((block) => block.split('\n').map((line) => `${prefix}> ${line}`).join('\n')).join(`\n${prefix}>\n`));
    } else if (tag === 'pre') {
      out.push(`${prefix}\`\`\`\n${$(element).text().replace(/\n$/, '')}\n\`\`\``);
    } else if (tag === 'hr' || tag === 'br') {
      // a break between paragraphs: already a block boundary
    } else {
      walkBlocks($, element.children, out, prefix);
    }
  }
  flush();
}

function inlineMarkdown($: CheerioAPI, nodes: AnyNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (isText(node)) text += escapeInline(node.data);
    else if (isTag(node)) {
      const element = node;
      const tag = element.tagName.toLowerCase();
      const inner = inlineMarkdown($, element.children);
      if (tag === 'br') text += ' ';
      else if ((tag === 'strong' || tag === 'b') && inner.trim()) text += `**${inner.trim()}** `.slice(0, -1);
      else if ((tag === 'em' || tag === 'i') && inner.trim()) text += `_${inner.trim()}_`;
      else if (tag === 'code') text += `\`${$(element).text()}\``;
      else if (tag === 'a' && element.attribs.href && /^https?:/.test(element.attribs.href) && inner.trim()) text += `[${inner.trim()}](${element.attribs.href})`;
      else text += inner;
    }
  }
  return text;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
