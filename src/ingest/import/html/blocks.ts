// The article's DOM as mdast blocks: paragraphs, headings, quotes, lists and inline emphasis,
// strong, links and code; whitespace collapsed. Each paragraph passes through `keep`, which
// may take it as metadata (a date line, credits) or drop it as furniture instead.

import type { BlockContent, ListItem, PhrasingContent } from 'mdast';
import { plainText } from '../markdown.js';
import { isElement } from './dom.js';

const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'pre',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary', 'figure', 'figcaption', 'center', 'form', 'fieldset', 'nav',
]);

/** What to do with a paragraph's text: keep it, or not (it was metadata or furniture). */
export type Keep = (text: string, element: Element | undefined) => boolean;

/** Inline content of nodes as mdast phrasing nodes, whitespace collapsed. */
export function inline(nodes: Iterable<Node>): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const pushText = (value: string) => {
    const last = out[out.length - 1];
    if (last?.type === 'text') last.value += value;
    else out.push({ type: 'text', value });
  };
  const pushAll = (children: PhrasingContent[]) => {
    for (const child of children) {
      if (child.type === 'text') pushText(child.value);
      else out.push(child);
    }
  };
  for (const node of nodes) {
    if (node.nodeType === 3) {
      pushText((node.textContent ?? '').replace(/\s+/gu, ' '));
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.localName;
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') continue;
    if (name === 'br') {
      pushText(' ');
      continue;
    }
    const children = inline(node.childNodes);
    const hasText = plainText(children).trim() !== '';
    switch (name) {
      case 'em':
      case 'i':
      case 'cite':
        if (hasText) out.push({ type: 'emphasis', children });
        break;
      case 'strong':
      case 'b':
        if (hasText) out.push({ type: 'strong', children });
        break;
      case 'code':
      case 'kbd':
      case 'samp':
        if (hasText) out.push({ type: 'inlineCode', value: plainText(children) });
        break;
      case 'a': {
        const href = node.getAttribute('href')?.trim();
        if (href && /^(?:https?:|mailto:|\/|\.)/iu.test(href) && hasText) out.push({ type: 'link', url: href, children });
        else pushAll(children);
        break;
      }
      default:
        pushAll(children);
    }
  }
  return out;
}

/** Trim a paragraph's ends and drop empty text nodes; spaces inside emphasis move outside. */
export function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/u, '');
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/u, '');
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

const isBlock = (node: Node): node is Element => isElement(node) && BLOCK.has(node.localName);

/** Convert the children of an element into blocks. */
export function toBlocks(nodes: Iterable<Node>, keep: Keep): BlockContent[] {
  const out: BlockContent[] = [];
  let run: Node[] = [];
  const paragraph = (children: Iterable<Node>, element: Element | undefined) => {
    const phrasing = tidy(inline(children));
    const text = plainText(phrasing).replace(/\s+/gu, ' ').trim();
    if (text && keep(text, element)) out.push({ type: 'paragraph', children: phrasing });
  };
  const flush = () => {
    if (run.length) paragraph(run, run.find(isElement)?.parentElement ?? undefined);
    run = [];
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      run.push(node);
      continue;
    }
    flush();
    const name = node.localName;
    if (name === 'p' || name === 'address' || name === 'summary' || name === 'dt' || name === 'dd' || name === 'caption' || name === 'figcaption') {
      if (node.querySelector('p, div, ul, ol, blockquote, table, h1, h2, h3, h4, h5, h6')) out.push(...toBlocks(node.childNodes, keep));
      else paragraph(node.childNodes, node);
    } else if (/^h[1-6]$/u.test(name)) {
      const children = tidy(inline(node.childNodes));
      const text = plainText(children).trim();
      if (text && keep(text, node)) out.push({ type: 'heading', depth: Math.max(2, Number(name[1])) as 2 | 3 | 4 | 5 | 6, children });
    } else if (name === 'blockquote') {
      const inner = toBlocks(node.childNodes, keep);
      if (inner.length) out.push({ type: 'blockquote', children: inner });
    } else if (name === 'ul' || name === 'ol') {
      const items: ListItem[] = [];
      for (const child of node.children) {
        const content = child.localName === 'li' ? toBlocks(child.childNodes, keep) : toBlocks([child], keep);
        if (content.length) items.push({ type: 'listItem', spread: false, children: content });
      }
      if (items.length) out.push({ type: 'list', ordered: name === 'ol', spread: false, children: items });
    } else if (name === 'pre') {
      const text = (node.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (text && keep(text, node)) out.push({ type: 'paragraph', children: [{ type: 'text', value: text }] });
    } else if (name === 'tr') {
      // A table row reads as one paragraph of its cells.
      const cells = [...node.children].map((cell) => plainText(tidy(inline(cell.childNodes))).trim()).filter(Boolean);
      const text = cells.join(' · ');
      if (text && keep(text, node)) out.push({ type: 'paragraph', children: [{ type: 'text', value: text }] });
    } else if (name === 'hr') {
      // a break between blocks
    } else {
      out.push(...toBlocks(node.childNodes, keep));
    }
  }
  flush();
  return out;
}
