// The article's title: the page's visible headline (an <h1>) when the page's metadata agrees
// with it, else the metadata's headline — without the site name that <title> and og:title
// add ("Headline | Site", "Headline – Wikipédia, a enciclopédia livre", "Site: Headline").

import { textOf, wordsOf } from './dom.js';
import type { HtmlMetadata } from './metadata.js';

const SEPARATORS = /\s+[|–—\-:·•»‹›/]\s+|\s+[|–—·•»]\s*|\s*[|–—·•»]\s+/u;

const lower = (text: string) => wordsOf(text.toLowerCase());

/** Share of the words of `a` found in `b`. */
function covered(a: string, b: string): number {
  const words = lower(a);
  if (words.length === 0) return 0;
  const other = new Set(lower(b));
  return words.filter((word) => other.has(word)).length / words.length;
}

/** Remove a site name from either end of a title. */
export function withoutSiteName(title: string, siteName: string | undefined): string {
  let text = title.replace(/\s+/gu, ' ').trim();
  if (siteName) {
    const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = text
      .replace(new RegExp(`\\s*(?:[|–—\\-:·•»/]|::)\\s*${site}\\s*$`, 'iu'), '')
      .replace(new RegExp(`^${site}\\s*(?:[|–—\\-:·•»/]|::)\\s*`, 'iu'), '');
    if (stripped && stripped !== text) return stripped.trim();
  }
  // Without a known site name: a short last (or first) part after a separator is the site.
  const parts = text.split(SEPARATORS).map((part) => part.trim()).filter(Boolean);
  if (parts.length >= 2) {
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const words = (part: string) => part.split(/\s+/u).length;
    if (words(last) <= 5 && words(first) >= words(last) + 2) text = parts.slice(0, -1).join(' – ');
    else if (words(first) <= 3 && words(last) >= words(first) + 3 && parts.length === 2) text = last;
  }
  return text;
}

export function chooseTitle(metadata: HtmlMetadata, document: Document): string | undefined {
  const meta = metadata.titles.map((title) => withoutSiteName(title, metadata.siteName)).filter(Boolean);
  const elements = [...document.querySelectorAll('h1')].filter((h1) => textOf(h1).length >= 3 && textOf(h1).length <= 300);
  const headings = elements.map((h1) => textOf(h1));
  if (meta.length === 0) return headings[0] ?? (textOf(document.querySelector('h2')) || undefined);
  // The visible headline, when the metadata agrees with it (a logo or site name in an <h1> does not).
  let best: { text: string; score: number } | undefined;
  for (const heading of headings) {
    const score = Math.max(...meta.map((title) => Math.min(covered(heading, title), covered(title, heading) + 0.25)));
    if (score >= 0.6 && (!best || score > best.score)) best = { text: heading, score };
  }
  if (best) return best.text;
  // An <h1> inside the article itself is its headline even when <title> words it differently.
  const own = elements.find((h1) => h1.closest('article, [itemprop="articleBody"], [role="main"], main') && !h1.closest('nav, [role="banner"]'));
  return own ? textOf(own) : meta[0];
}
