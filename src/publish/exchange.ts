// Exchange formats written beside each language's HTML: IPTC ninjs 2.1 (`<lng>.ninjs.json`)
// for news agencies and wire systems, and the schema.org NewsArticle JSON-LD (`<lng>.jsonld`)
// for search engines. People, organisations and places come from the glossary entities the
// article names, in the version's language.

import { join } from 'node:path';
import type { Article } from '../article/types.js';
import { findMentions, type Glossary, type GlossaryEntity } from '../claims/index.js';
import { syncDir, writeRegenerable } from '../fs/atomic.js';
import { segmentsOf } from '../localize/index.js';
import type { LanguageVersion } from './types.js';
import { articleId } from './versions.js';

export const NINJS_SCHEMA = 'https://www.iptc.org/std/ninjs/ninjs-schema_2.1.json';

interface NinjsName {
  name: string;
  rel: string;
  literal?: string;
}

export interface Ninjs {
  uri: string;
  standard: { name: 'ninjs'; version: string; schema: string };
  type: 'text';
  representationtype: 'full';
  language: string;
  slugline: string;
  versioncreated: string;
  firstcreated?: string;
  contentcreated?: string;
  pubstatus: 'usable';
  headlines: Array<{ role: string; contenttype: string; value: string }>;
  descriptions?: Array<{ role: string; contenttype: string; value: string }>;
  bodies: Array<{ role: string; contenttype: string; value: string; charcount: number; wordcount: number }>;
  altids: Array<{ role: string; value: string }>;
  by?: string;
  copyrightholder?: string;
  people?: NinjsName[];
  organisations?: NinjsName[];
  places?: NinjsName[];
  genres?: Array<{ name: string }>;
  subjects?: Array<{ name: string; rel: string }>;
}

const ORGANISATION_TYPES = new Set(['company', 'organisation']);
const PLACE_TYPES = new Set(['city', 'district', 'country', 'region']);

/** Entities of the glossary the article names (in its source text), in order of first mention. */
export function mentionedEntities(article: Article, glossary: Glossary): GlossaryEntity[] {
  const seen = new Map<string, GlossaryEntity>();
  const lang = article.frontmatter.lang;
  for (const segment of segmentsOf(article)) {
    for (const mention of findMentions(glossary, segment.text, lang)) {
      if (mention.form !== 'wrong' && !seen.has(mention.entity.id)) seen.set(mention.entity.id, mention.entity);
    }
  }
  return [...seen.values()];
}

/** An ISO date-time for a YYYY-MM-DD date (ninjs dates are date-times). */
function dateTime(date: string | undefined): string | undefined {
  if (!date) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function words(text: string): number {
  const plain = text.replace(/<[^>]*>/g, ' ');
  // Chinese and Japanese have no spaces: count their characters as words, the way wire systems do.
  // Counted while they are blanked out for the other words (one pass, no list of characters).
  let cjk = 0;
  const rest = plain
    .replace(CJK, () => {
      cjk += 1;
      return ' ';
    })
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return cjk + rest;
}

/** Characters (code points; a lone surrogate counts as one) of the text of an HTML body. */
function chars(html: string): number {
  const text = html.replace(/<[^>]*>/g, '').replace(/&[a-z]+;|&#\d+;/g, 'x');
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: its low half is not counted again.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

export interface NinjsOptions {
  /** When the version was sent (ninjs `versioncreated`); default now. */
  now?: Date;
  glossary?: Glossary;
  publisher?: string;
  /** The glossary entities the article names, when already found (they are the same in every language). */
  mentioned?: readonly GlossaryEntity[];
}

export function ninjsOf(article: Article, version: LanguageVersion, options: NinjsOptions = {}): Ninjs {
  const id = articleId(article);
  const lng = version.lang;
  const url = typeof version.jsonld.url === 'string' && /^https?:\/\//.test(version.jsonld.url) ? version.jsonld.url : undefined;
  const ninjs: Ninjs = {
    uri: url ?? `urn:newsdesk:article:${encodeURIComponent(id)}:${lng}`,
    standard: { name: 'ninjs', version: '2.1', schema: NINJS_SCHEMA },
    type: 'text',
    representationtype: 'full',
    language: lng,
    slugline: version.slug,
    versioncreated: (options.now ?? new Date()).toISOString(),
    pubstatus: 'usable',
    headlines: [{ role: 'main', contenttype: 'text/plain', value: version.title }],
    bodies: [{ role: 'main', contenttype: 'text/html', value: version.bodyHtml, charcount: chars(version.bodyHtml), wordcount: words(version.bodyHtml) }],
    altids: [
      { role: 'newsdesk', value: id },
      { role: 'digest', value: `sha256:${version.digest}` },
      ...(lng !== version.sourceLang ? [{ role: 'translation-of', value: `urn:newsdesk:article:${encodeURIComponent(id)}:${version.sourceLang}` }] : []),
    ],
  };
  const created = dateTime(version.datePublished);
  if (created) {
    ninjs.firstcreated = created;
    ninjs.contentcreated = created;
  }
  if (version.summary) ninjs.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: version.summary }];
  const credits = Object.entries(version.credits).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  const author = version.credits.author;
  if (author) ninjs.by = author;
  const publisher = options.publisher ?? (typeof version.jsonld.publisher === 'object' && version.jsonld.publisher !== null ? (version.jsonld.publisher as { name?: unknown }).name : undefined);
  if (typeof publisher === 'string') ninjs.copyrightholder = publisher;

  // Credited people by their name in this language when the glossary knows them.
  const known = (name: string) => options.glossary?.entities.find((e) => e.type === 'person' && Object.values(e.names).includes(name));
  const people: NinjsName[] = credits.map(([role, name]) => {
    const entity = known(name);
    return entity ? { name: entity.names[lng] ?? name, rel: role, literal: entity.id } : { name, rel: role };
  });
  const organisations: NinjsName[] = [];
  const places: NinjsName[] = [];
  if (options.glossary) {
    for (const entity of options.mentioned ?? mentionedEntities(article, options.glossary)) {
      const entry = { name: entity.names[lng] ?? entity.names[version.sourceLang], rel: 'mentioned', literal: entity.id };
      if (entity.type === 'person' && people.some((p) => p.literal === entity.id)) continue;
      if (entity.type === 'person') people.push(entry);
      else if (ORGANISATION_TYPES.has(entity.type)) organisations.push(entry);
      else if (PLACE_TYPES.has(entity.type)) places.push(entry);
    }
  }
  if (people.length > 0) ninjs.people = people;
  if (organisations.length > 0) ninjs.organisations = organisations;
  if (places.length > 0) ninjs.places = places;
  const genre = version.jsonld.genre;
  if (typeof genre === 'string') ninjs.genres = [{ name: genre }];
  const section = version.jsonld.articleSection;
  if (typeof section === 'string') ninjs.subjects = [{ name: section, rel: 'section' }];
  return ninjs;
}

/**
 * `<lng>.ninjs.json` and `<lng>.jsonld` of every complete version, by file name, one at a
 * time: a writer holds one file's text, not every language's (14 × 1 MiB for a long article).
 */
export function* exchangeFiles(article: Article, versions: readonly LanguageVersion[], options: NinjsOptions = {}): Generator<{ name: string; content: string }> {
  const complete = versions.filter((version) => version.rendered?.publishable);
  if (complete.length === 0) return;
  // The entities an article names do not depend on the language: found once, not per version.
  const mentioned = options.mentioned ?? (options.glossary ? mentionedEntities(article, options.glossary) : undefined);
  const ninjsOptions: NinjsOptions = { ...options, ...(mentioned ? { mentioned } : {}) };
  for (const version of complete) {
    yield { name: `${version.lang}.ninjs.json`, content: `${JSON.stringify(ninjsOf(article, version, ninjsOptions), null, 2)}\n` };
    yield { name: `${version.lang}.jsonld`, content: `${JSON.stringify(version.jsonld, null, 2)}\n` };
  }
}

/** Write `<outputDir>/<slug>/<lng>.ninjs.json` and `.jsonld` for every publishable version. */
export function writeExchangeFiles(outputDir: string, article: Article, versions: readonly LanguageVersion[], options: NinjsOptions = {}): string[] {
  const dir = join(outputDir, article.slug);
  const written = Array.from(exchangeFiles(article, versions, options), ({ name, content }) => {
    const path = join(dir, name);
    writeRegenerable(path, content);
    return path;
  });
  if (written.length > 0) syncDir(dir);
  return written;
}
