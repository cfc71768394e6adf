// schema.org metadata from JSON-LD: the article object of a page (NewsArticle and its kin),
// found at the top level, in arrays or in an @graph, with the fields the importer uses.

/** Types of schema.org objects that describe the page's article. */
const ARTICLE_TYPES = /^(?:(?:\w+)?NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|TechArticle|ScholarlyArticle|SocialMediaPosting|DiscussionForumPosting|AdvertiserContentArticle|SatiricalArticle)$/u;

export interface JsonLdArticle {
  type: string;
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  editors: string[];
  section?: string;
  language?: string;
  url?: string;
  articleBody?: string;
  publisher?: string;
  description?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Parse one script's JSON, tolerating the wrappers and control characters sites leave in it. */
function parseJson(text: string): Json | undefined {
  const unwrapped = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/u, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/u, '')
    .trim();
  try {
    return JSON.parse(unwrapped) as Json;
  } catch {
    // Raw newlines and tabs inside strings are invalid JSON but common: keep them as newlines.
    try {
      return JSON.parse(escapeControlsInStrings(unwrapped)) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Escape raw control characters that stand inside JSON strings (outside them they are whitespace). */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString && char === '\\') {
      out += char + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === '"') inString = !inString;
    const code = char.charCodeAt(0);
    out += inString && code < 0x20 ? (char === '\n' ? '\\n' : char === '\t' ? '\\t' : ' ') : char;
  }
  return out;
}

function objects(value: Json | undefined, out: Array<{ [key: string]: Json }> = [], depth = 0): Array<{ [key: string]: Json }> {
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) objects(item, out, depth + 1);
    return out;
  }
  out.push(value);
  if (value['@graph'] !== undefined) objects(value['@graph'], out, depth + 1);
  if (value.mainEntity !== undefined) objects(value.mainEntity, out, depth + 1);
  return out;
}

function typesOf(object: { [key: string]: Json }): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function str(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/gu, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** Names of people or organisations: a string, an object with `name`, or a list of them. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return [...new Set(value.flatMap(names))];
  if (typeof value === 'string') return value.trim() ? [value.replace(/\s+/gu, ' ').trim()] : [];
  if (typeof value === 'object') {
    const name = str(value.name) ?? [str(value.givenName), str(value.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}

function language(value: Json | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value.alternateName) ?? str(value.name);
  return str(value);
}

function url(value: Json | undefined): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id']) ?? str(value.url);
  return str(value);
}

/** The article a page's JSON-LD scripts describe, preferring news articles and ones with a body. */
export function readJsonLd(scripts: string[]): JsonLdArticle | undefined {
  const candidates = scripts.flatMap((text) => objects(parseJson(text))).filter((object) => typesOf(object).some((type) => ARTICLE_TYPES.test(type)));
  if (candidates.length === 0) return undefined;
  const rank = (object: { [key: string]: Json }) =>
    (typesOf(object).some((type) => /NewsArticle$/u.test(type)) ? 2 : 0) + (str(object.articleBody) ? 1 : 0) + (str(object.headline) ? 1 : 0);
  const best = candidates.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const article: JsonLdArticle = {
    type: typesOf(best)[0] ?? 'Article',
    authors: names(best.author).concat(names(best.creator)).filter((name, i, all) => all.indexOf(name) === i),
    editors: names(best.editor),
  };
  const set = <K extends keyof JsonLdArticle>(key: K, value: JsonLdArticle[K] | undefined) => {
    if (value !== undefined) article[key] = value;
  };
  set('headline', str(best.headline) ?? str(best.name));
  set('datePublished', str(best.datePublished) ?? str(best.dateCreated));
  set('dateModified', str(best.dateModified));
  set('section', str(best.articleSection));
  set('language', language(best.inLanguage));
  set('url', str(best.url) ?? url(best.mainEntityOfPage));
  set('description', str(best.description));
  set('publisher', names(best.publisher)[0]);
  // The body keeps its line breaks: they are paragraph boundaries.
  const body = typeof best.articleBody === 'string' ? best.articleBody.trim() : undefined;
  set('articleBody', body || undefined);
  return article;
}
