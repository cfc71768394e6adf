// Find the article's main block: furniture removed by markup first (so that captions,
// share bars and "read more" lists cannot win or pad the block), then @mozilla/readability
// picks the block; without a verdict from it, the page's own article/main element is used.

import { Readability } from '@mozilla/readability';
import { lowerCaseNames, parseDocument, refOf, textOf, type ElementRef } from './dom.js';
import type { Dropped } from '../explain.js';
import { removeFurniture, removeLinkLists } from './furniture.js';

export interface MainBlock {
  /** The element that holds the article (Readability's result or the page's own container). */
  root: Element;
  /** The page's own article container (for positions in errors). */
  origin: ElementRef | undefined;
  via: 'readability' | 'container';
}

/** The page's own article container, when Readability gives no verdict. */
function container(document: Document): Element | undefined {
  const body = document.querySelector('[itemprop="articleBody"]');
  const article = body?.closest('article') ?? body;
  return article ?? document.querySelector('article') ?? document.querySelector('main, [role="main"]') ?? document.body ?? undefined;
}

/** `prepare` removes what the caller knows is not article text (the language switcher). */
export function findMainBlock(html: string, dropped: Dropped[], prepare: (document: Document) => void = () => {}): MainBlock | undefined {
  const document = parseDocument(html);
  const body = document.body ?? document.documentElement;
  if (!body) return undefined;
  // The page's own container, found before Readability reshapes the document.
  const own = container(document);
  const origin = own ? refOf(document, own) : undefined;
  prepare(document);
  removeFurniture(body, dropped, { chrome: true });

  const reader = new Readability<Element>(lowerCaseNames(document.cloneNode(true) as Document), { keepClasses: true, serializer: (node) => node as Element, charThreshold: 250 });
  let result: ReturnType<Readability<Element>['parse']>;
  try {
    result = reader.parse();
  } catch {
    result = null;
  }
  const content = result?.content ?? undefined;
  if (content && textOf(content).length > 0) {
    // Readability may keep furniture its own rules allow (a caption it wraps, a share list).
    removeFurniture(content, dropped, { chrome: true });
    removeLinkLists(content, dropped);
    return { root: content, origin, via: 'readability' };
  }
  const fallback = container(document);
  if (!fallback) return undefined;
  removeLinkLists(fallback, dropped);
  return { root: fallback, origin, via: 'container' };
}
