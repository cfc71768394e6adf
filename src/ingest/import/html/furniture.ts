// Page furniture in an HTML page, told by markup: captions, credits, bylines, share and
// "read more" blocks, newsletters, adverts, tags, comments, edit links and reference marks.
// Each rule has a reason the explain report shows. Rules by class or id words only remove
// small elements: a wrapper that holds most of the page's prose is never furniture.

import { classWords, linkDensity, textOf } from './dom.js';

import type { DropReason, Dropped } from '../explain.js';

/** Elements removed whatever their size: they never hold article prose. */
const ALWAYS: Array<[string, DropReason]> = [
  ['script, style, noscript, template, link, meta, object, embed, canvas, svg, iframe, video, audio, picture, img, source, input, select, textarea, button, dialog', 'media'],
  ['figcaption, [class*="caption" i], [id*="caption" i], [itemprop="caption"]', 'caption'],
  ['[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i]', 'hidden'],
  ['.mw-editsection, .editsection, [class~="noprint"], .mw-jump-link, .mw-cite-backlink', 'edit-link'],
  ['sup.reference, sup[class*="cite" i], sup[class*="footnote" i], sup > a[href^="#cite"], sup > a[href^="#fn"]', 'reference-mark'],
  ['#toc, .toc, [class*="table-of-contents" i]', 'table-of-contents'],
  ['table.infobox, .infobox, .navbox, .metadata.plainlinks, .sistersitebox, .ambox', 'infobox'],
];

/** Class or id words of furniture containers, removed when small. */
const WORDS: Array<[RegExp, DropReason]> = [
  [/(?:^|[\s_-])(?:share|sharing|sharebar|social|socials|share-?tools|addthis|sociallinks|share-?buttons?)(?:$|[\s_-])/u, 'share'],
  [/(?:related|recommend|read-?more|more-?(?:stories|news|articles|from)|also-?read|see-?also|trending|most-?(?:read|popular|viewed)|popular|outbrain|taboola|you-?may-?like|next-?article|further-?reading)/u, 'related'],
  [/(?:newsletter|subscri|sign-?up|signup|paywall-?prompt|registration-?wall|membership-?prompt)/u, 'newsletter'],
  [/(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|ad-?slot|ad-?unit|dfp|gpt|sponsor|sponsored|promo|promotion|commercial)(?:$|[\s_-])/u, 'advert'],
  [/(?:byline|(?:^|[\s_-])(?:author|authors|author-?info|author-?bio|contributor|writer|posted-?by)(?:$|[\s_-]))/u, 'byline'],
  [/(?:^|[\s_-])(?:date|dateline|timestamp|time|published|updated|pubdate|post-?date|entry-?date|meta-?date|article-?date)(?:$|[\s_-])/u, 'dateline'],
  [/(?:^|[\s_-])(?:tags?|tag-?list|tagcloud|topics|keywords|categories|post-?categories|entry-?tags)(?:$|[\s_-])/u, 'tags'],
  [/(?:^|[\s_-])(?:comments?|disqus|respond|reply|replies|discussion)(?:$|[\s_-])/u, 'comments'],
  [/(?:breadcrumb|(?:^|[\s_-])(?:nav|navbar|navigation|menu|skip|skip-?link|pagination|pager|toolbar|masthead)(?:$|[\s_-]))/u, 'navigation'],
  [/(?:cookie|consent|gdpr)/u, 'cookie-notice'],
  [/(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|copyright|source-?credit)(?:$|[\s_-])/u, 'credits-line'],
];

/** Roles and elements of page chrome. */
const CHROME: Array<[string, DropReason]> = [
  ['nav, [role="navigation"], menu', 'navigation'],
  ['aside, [role="complementary"]', 'related'],
  ['[role="banner"], [role="contentinfo"], footer', 'navigation'],
];

/** How much prose the page has: the text of its paragraphs. */
export function proseLength(root: Element): number {
  let total = 0;
  for (const p of root.querySelectorAll('p')) total += textOf(p).length;
  return total;
}

/** Remove furniture from `root`; what was removed is added to `dropped`. */
export function removeFurniture(root: Element, dropped: Dropped[], options: { chrome: boolean }): void {
  const remove = (element: Element, reason: DropReason) => {
    const text = textOf(element);
    if (text) dropped.push({ reason, text });
    element.remove();
  };
  for (const [selector, reason] of ALWAYS) for (const element of [...root.querySelectorAll(selector)]) if (root.contains(element)) remove(element, reason);

  const prose = Math.max(1, proseLength(root));
  /** Small enough to be furniture: not a wrapper of the article's prose. */
  const small = (element: Element, reason: DropReason) => {
    const text = textOf(element).length;
    // Date, byline and credit containers hold a line or two, never paragraphs of prose.
    if (reason === 'dateline' || reason === 'byline' || reason === 'credits-line') return text <= 200;
    return text <= 300 || proseLength(element) < prose * 0.15;
  };
  if (options.chrome) {
    for (const [selector, reason] of CHROME) {
      for (const element of [...root.querySelectorAll(selector)]) if (root.contains(element) && small(element, reason)) remove(element, reason);
    }
  }
  for (const element of [...root.querySelectorAll('[class], [id]')]) {
    if (!root.contains(element) || /^(?:html|body|main|article)$/u.test(element.localName)) continue;
    const words = classWords(element);
    if (!words.trim()) continue;
    for (const [pattern, reason] of WORDS) {
      if (!pattern.test(words)) continue;
      // An embedded post (a tweet in a "social-media-embed") is quoted article content.
      if ((reason === 'share' || reason === 'related') && (/embed/u.test(words) || element.querySelector('blockquote'))) continue;
      if (small(element, reason)) {
        remove(element, reason);
        break;
      }
    }
  }
}

/**
 * Lists of links ("read more", "you may also like", tag clouds): three or more items, each
 * almost all link text and short. A list of sources with prose around the links stays.
 */
export function removeLinkLists(root: Element, dropped: Dropped[]): void {
  for (const list of [...root.querySelectorAll('ul, ol')]) {
    if (!root.contains(list)) continue;
    const items = [...list.children].filter((child) => child.localName === 'li');
    if (items.length < 3) continue;
    const linky = items.filter((item) => {
      const text = textOf(item);
      return text.length > 0 && text.length <= 200 && linkDensity(item) >= 0.8;
    });
    if (linky.length === items.length) {
      dropped.push({ reason: 'link-list', text: textOf(list) });
      list.remove();
    }
  }
}
