// The page as a DOM (linkedom: a light, fast DOM that @mozilla/readability runs on) and the
// few helpers every HTML step shares: whitespace-collapsed text, class/id words, and where an
// element starts in the source (linkedom keeps no positions; errors still point at a line).

import { parseHTML } from 'linkedom';
import type { Place } from '../page.js';

/** Parse a page; a fragment without <html> is wrapped so that it lands in <body>. */
export function parseDocument(html: string): Document {
  const wrapped = () => `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const parsed = parseHTML(/<html[\s>]/iu.test(html) ? html : wrapped()).document as unknown as Document;
  // "<html" only inside a comment or a script leaves linkedom without a root element.
  return lowerCaseNames(parsed.documentElement ? parsed : (parseHTML(wrapped()).document as unknown as Document));
}

/**
 * An HTML document names its elements in lower case whatever the caller wrote (browsers do;
 * linkedom keeps createElement('P') upper case, and Readability calls it so).
 */
export function lowerCaseNames(document: Document): Document {
  const createElement = document.createElement.bind(document);
  document.createElement = ((name: string, options?: ElementCreationOptions) => createElement(name.toLowerCase(), options)) as Document['createElement'];
  return document;
}

/** Text of a node with runs of whitespace collapsed to one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** The class and id of an element, lower case, as one string of words. */
export function classWords(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === 1;
}

/** Words of a text (letters and digits), as the benchmark and the explain report count them. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** Share of an element's text that sits inside links. */
export function linkDensity(element: Element): number {
  const total = textOf(element).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textOf(link).length;
  return Math.min(1, linked / total);
}

/** Name and rank (among elements of that name, in document order) of an element: a way to find it again. */
export interface ElementRef {
  name: string;
  rank: number;
}

export function refOf(document: Document, element: Element): ElementRef {
  return { name: element.localName, rank: [...document.getElementsByTagName(element.localName)].indexOf(element) };
}

/**
 * Where an element starts in `html`: the n-th `<tag` of the source, n being the element's rank
 * among elements of its name. Good enough to point an editor at a line.
 */
export function sourcePlace(html: string, ref: ElementRef | undefined, file: string | undefined): Place {
  const base: Place = file ? { file } : {};
  if (!ref || ref.rank < 0) return { ...base, line: 1, column: 1 };
  const pattern = new RegExp(`<${ref.name}[\\s>/]`, 'giu');
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= ref.rank; i++) {
    match = pattern.exec(html);
    if (!match) break;
  }
  if (!match) return { ...base, line: 1, column: 1 };
  const before = html.slice(0, match.index);
  return { ...base, line: before.split('\n').length, column: match.index - before.lastIndexOf('\n') };
}
