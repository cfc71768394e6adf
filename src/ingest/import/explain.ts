// What the importer left out of a page, and why: the report of `import --explain`, so an
// editor can check that nothing of the article went with the furniture.

import { wordsOf } from './html/dom.js';

export type DropReason =
  | 'caption' | 'byline' | 'dateline' | 'share' | 'related' | 'newsletter' | 'advert' | 'navigation' | 'hidden'
  | 'comments' | 'tags' | 'edit-link' | 'reference-mark' | 'media' | 'credits-line' | 'copyright' | 'link-list'
  | 'outside-article' | 'not-in-article-body' | 'title' | 'metadata' | 'table-of-contents' | 'infobox' | 'cookie-notice'
  | 'end-section' | 'language-bar' | 'embedded-post' | 'pull-quote' | 'reading-time' | 'live-ticker' | 'appeal';

export interface Dropped {
  reason: DropReason;
  text: string;
  /** 1-based line of a text page. */
  line?: number;
}

/** What each reason means, as the report words it. */
export const REASONS: Record<DropReason, string> = {
  caption: 'image caption or credit',
  byline: 'byline (author read into credits when the page had none)',
  dateline: 'date or time line',
  share: 'share, print or edit links',
  related: 'related articles, "read more" prompt',
  newsletter: 'newsletter or subscription prompt',
  advert: 'advert or promotion',
  navigation: 'navigation, skip link, menu or site tagline',
  hidden: 'hidden element',
  comments: 'comments',
  tags: 'tags and topics',
  'edit-link': 'edit link',
  'reference-mark': 'reference mark',
  media: 'image, video, script or form',
  'credits-line': 'credits line',
  copyright: 'copyright line',
  'link-list': 'list of links',
  'outside-article': 'outside the article block',
  'not-in-article-body': "not in the page's own article body (JSON-LD)",
  title: 'the title, repeated',
  metadata: 'read as metadata (date, credits, source, category, language bar)',
  'table-of-contents': 'table of contents',
  infobox: 'infobox or navigation box',
  'cookie-notice': 'cookie or consent notice',
  'end-section': 'references, sources and links after the article',
  'language-bar': 'language switcher',
  'embedded-post': 'embedded social-media post',
  'pull-quote': 'pull quote repeated from the text',
  'reading-time': 'reading time',
  'live-ticker': 'live ticker beside the article',
  appeal: 'appeal to subscribe, donate or support the site',
};

const excerpt = (text: string, max = 100) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The report: one line per dropped piece, then a count of words per reason. */
export function explainReport(dropped: Dropped[]): string {
  const lines: string[] = [];
  const counts = new Map<DropReason, number>();
  for (const item of dropped) {
    const words = wordsOf(item.text).length;
    counts.set(item.reason, (counts.get(item.reason) ?? 0) + words);
    if (item.reason === 'outside-article') continue;
    lines.push(`  ${item.line !== undefined ? `line ${item.line}: ` : ''}${item.reason.padEnd(20)} ${JSON.stringify(excerpt(item.text))}`);
  }
  const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, words]) => `  ${String(words).padStart(6)} words  ${reason} — ${REASONS[reason]}`);
  return [`dropped (${dropped.length} pieces):`, ...lines, 'words dropped by reason:', ...summary].join('\n') + '\n';
}
