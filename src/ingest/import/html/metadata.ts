// What a page says about its article outside the text: schema.org JSON-LD, OpenGraph and
// article:* meta, other common meta names, <time datetime>, <html lang> and the canonical
// link. Read from the untouched document, before anything is removed.

import { readJsonLd, type JsonLdArticle } from './jsonld.js';
import { textOf } from './dom.js';
import { furnitureWords } from '../words.js';

export interface HtmlMetadata {
  /** Title candidates, best first: JSON-LD headline, og:title, twitter:title, <title>. */
  titles: string[];
  siteName?: string;
  /** The publication date as written (an ISO timestamp or a date). */
  published?: string;
  lang?: string;
  section?: string;
  authors: string[];
  editors: string[];
  /** The page's own address: canonical link, og:url, JSON-LD url. */
  url?: string;
  jsonLd?: JsonLdArticle;
}

const meta = (document: Document, selector: string): string | undefined => {
  for (const element of document.querySelectorAll(selector)) {
    const content = element.getAttribute('content')?.replace(/\s+/gu, ' ').trim();
    if (content) return content;
  }
  return undefined;
};

const metaAll = (document: Document, selector: string): string[] =>
  [...document.querySelectorAll(selector)].map((element) => element.getAttribute('content')?.replace(/\s+/gu, ' ').trim() ?? '').filter(Boolean);

/** Meta names that carry a publication date, by how reliable they are in practice. */
const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="publish-date"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]', 'meta[name="DC.date"]', 'meta[name="dc.date"]', 'meta[name="dcterms.created"]', 'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]', 'meta[property="og:published_time"]', 'meta[name="citation_publication_date"]',
];

/** "By Jane Doe", "Von Max Muster" in an author meta: every language's byline words. */
const BYLINE_PREFIX = new RegExp(`^(?:${furnitureWords('byline').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+`, 'iu');

/** An author meta value that is a person, not a profile URL. */
const personName = (value: string) => !/^https?:\/\//iu.test(value) && value.length <= 80;

export function readMetadata(document: Document): HtmlMetadata {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  const jsonLd = readJsonLd(scripts);
  const titles = [
    jsonLd?.headline,
    meta(document, 'meta[property="og:title"], meta[name="og:title"]'),
    meta(document, 'meta[name="twitter:title"], meta[property="twitter:title"]'),
    textOf(document.querySelector('head > title') ?? document.querySelector('title')),
  ].filter((title): title is string => Boolean(title));

  const metadata: HtmlMetadata = {
    titles: [...new Set(titles)],
    authors: [],
    editors: jsonLd?.editors ?? [],
  };
  const siteName = meta(document, 'meta[property="og:site_name"], meta[name="application-name"]') ?? jsonLd?.publisher;
  if (siteName) metadata.siteName = siteName;

  const timeElement = document.querySelector('article time[datetime], main time[datetime], time[itemprop="datePublished"], time[pubdate], time[datetime]');
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const published = jsonLd?.datePublished ?? DATE_META.map((selector) => meta(document, selector)).find(Boolean) ??
    (itemprop?.getAttribute('datetime') || itemprop?.getAttribute('content') || undefined) ?? timeElement?.getAttribute('datetime') ?? undefined;
  if (published) metadata.published = published;

  const lang = document.documentElement?.getAttribute('lang') || document.documentElement?.getAttribute('xml:lang') || jsonLd?.language ||
    meta(document, 'meta[http-equiv="content-language" i], meta[name="language"], meta[property="og:locale"]');
  if (lang) metadata.lang = lang;

  const section = jsonLd?.section ?? meta(document, 'meta[property="article:section"], meta[name="article:section"], meta[name="section"]');
  if (section) metadata.section = section;

  const authors = jsonLd?.authors.length ? jsonLd.authors : [
    ...metaAll(document, 'meta[name="author"], meta[property="article:author"], meta[name="article:author"], meta[name="dc.creator"], meta[name="DC.creator"], meta[name="byl"]'),
  ].map((name) => name.replace(BYLINE_PREFIX, ''));
  metadata.authors = [...new Set(authors.filter(personName))];

  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || meta(document, 'meta[property="og:url"]') || jsonLd?.url;
  if (url && /^https?:\/\//iu.test(url)) metadata.url = url;
  if (jsonLd) metadata.jsonLd = jsonLd;
  return metadata;
}
