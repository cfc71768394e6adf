// The source side of an article as the workflow needs it: its locale keys in document order
// with their values (placeholders and tags), which tags are inline code (sent whole, never
// translated), and the source locale file, written when it changed.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../../article/types.js';
import { projectPath, type PipelineConfig } from '../../config/index.js';
import { readArticle, slugClashes } from '../../ingest/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { buildSourceResource, readResourceFile, resourcePath, serializeResource, writeFileAtomic, type Namespace, type SourceResource } from '../../localize/index.js';

export interface SourceKey {
  key: string;
  /** The source locale value. */
  value: string;
  /** Paired tags holding inline code: `['3']`. */
  keep: string[];
  /** Void tags and what they stand for (`lb`, `image`), for XLIFF. */
  voids: Map<string, string>;
  /** Paired tags and what they wrap (`bold`, `italic`, `link`, `code`), for XLIFF. */
  pairs: Map<string, string>;
}

export interface ArticleSource {
  article: Article;
  slug: string;
  lang: LanguageCode;
  keys: SourceKey[];
  byKey: Map<string, SourceKey>;
  resource: Namespace;
  /** Figure values per key and placeholder (`figures[key].f1`), for the exchange formats. */
  figures: SourceResource['figures'];
  /** The target languages of the article (front matter `languages`, else the pipeline's), without the source. */
  targets: LanguageCode[];
}

const PAIR_KIND: Record<string, string> = { emphasis: 'italic', strong: 'bold', link: 'link', linkReference: 'link', delete: 'x-strikethrough', inlineCode: 'code' };
const VOID_KIND: Record<string, string> = { break: 'lb', image: 'image', imageReference: 'image' };

export function articleSource(article: Article): ArticleSource {
  const built = buildSourceResource(article);
  const keys: SourceKey[] = [];
  const byKey = new Map<string, SourceKey>();
  for (const unit of built.units) {
    if (byKey.has(unit.key)) continue;
    const keep: string[] = [];
    const voids = new Map<string, string>();
    const pairs = new Map<string, string>();
    for (const [number, tag] of unit.tags) {
      const type = tag.node.type;
      if (tag.kind === 'void') voids.set(String(number), VOID_KIND[type] ?? `x-${type}`);
      else {
        pairs.set(String(number), PAIR_KIND[type] ?? `x-${type}`);
        if (type === 'inlineCode') keep.push(String(number));
      }
    }
    const key: SourceKey = { key: unit.key, value: built.resource[unit.key] ?? unit.value, keep, voids, pairs };
    keys.push(key);
    byKey.set(unit.key, key);
  }
  const lang = article.frontmatter.lang;
  return { article, slug: article.slug, lang, keys, byKey, resource: built.resource, figures: built.figures, targets: article.frontmatter.languages.filter((l) => l !== lang) };
}

export function loadArticleSource(ref: string, config: PipelineConfig, cwd: string): ArticleSource {
  const article = readArticle(ref, config, cwd);
  // An article whose slug is another's (or looks like it) would translate into that one's locale files.
  const clash = slugClashes([resolve(cwd, article.path)], config, cwd).values().next().value;
  if (clash) throw clash;
  return articleSource(article);
}

export function localesDirOf(config: PipelineConfig): string {
  return projectPath(config, config.paths.locales);
}

/**
 * Write the source locale file when it changed; returns what was there before (the previous
 * source values, for the keys a correction removed).
 */
export function writeSourceFile(localesDir: string, source: ArticleSource): Namespace {
  const path = resourcePath(localesDir, source.lang, source.slug);
  let before: Namespace = {};
  try {
    before = readResourceFile(path, `locales/${source.lang}/${source.slug}.json`);
  } catch {
    // A broken source file is rewritten from the article; nothing in it is human work.
  }
  const text = serializeResource(source.resource);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
  return before;
}

/** The source locale file as it is on disk (read-only commands). */
export function readSourceFile(localesDir: string, source: ArticleSource): Namespace {
  try {
    return readResourceFile(resourcePath(localesDir, source.lang, source.slug));
  } catch {
    return {};
  }
}
