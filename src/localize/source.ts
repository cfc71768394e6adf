// The source-language resource of an article: one entry per sentence (key = the segment's
// stable id) plus the translatable front-matter fields, in document order. Figure values
// are returned beside it, never written into it: a translator moves `{{f1, figure}}`
// around but cannot change what it stands for.

import type { Root } from 'mdast';
import type { Article, Message, Segment } from '../article/types.js';
import { segmentArticle } from '../segment/index.js';
import type { FigureValue } from './figure.js';
import { resourcePath, writeResourceFile } from './files.js';
import type { Namespace } from './i18n.js';
import { extractUnits, metaUnits, type SourceUnit } from './units.js';

export interface SourceResource {
  resource: Namespace;
  /** Figure values per key and placeholder: figures[key].f1. */
  figures: Record<string, Record<string, FigureValue>>;
  /** The units behind the resource (tag maps included), in document order. */
  units: SourceUnit[];
  /** Content findings (a key shared by two different sentences); the caller adds them to the article. */
  messages: Message[];
}

/** The article's segments: as the segment stage left them, or segmented now. */
export function segmentsOf(article: Article): Segment[] {
  return article.segments.length > 0 ? article.segments : segmentArticle(article);
}

/**
 * Source resources already built, per article: the locale file, the renderer, QA and the
 * publish stage all need the same one, built once. An entry is valid while the article keeps
 * the text, tree and segments it was built from. Callers only read it.
 */
const built = new WeakMap<Article, { source: string; tree: Root; segments: Segment[]; resource: SourceResource }>();

/**
 * The source resource of an article. `tree` may be a structural clone of `article.tree`
 * (then the units point at the clone's blocks, and nothing is kept).
 */
export function buildSourceResource(article: Article, tree: Root = article.tree): SourceResource {
  if (tree !== article.tree) return buildResource(article, tree);
  const known = built.get(article);
  if (known && known.source === article.source && known.tree === article.tree && known.segments === article.segments) return known.resource;
  const resource = buildResource(article, tree);
  built.set(article, { source: article.source, tree: article.tree, segments: article.segments, resource });
  return resource;
}

function buildResource(article: Article, tree: Root): SourceResource {
  const { units: body } = extractUnits(tree, article, segmentsOf(article));
  const units = [...metaUnits(article), ...body];
  const resource: Namespace = {};
  const figures: Record<string, Record<string, FigureValue>> = {};
  const kept: SourceUnit[] = [];
  const messages: Message[] = [];
  for (const unit of units) {
    const known = resource[unit.key];
    if (known !== undefined) {
      // The same sentence twice gets the same key: one entry serves both places.
      if (known !== unit.value && unit.segment) {
        const p = unit.segment.position;
        messages.push({
          ruleId: 'localize/duplicate-key',
          severity: 'warning',
          message: `the sentence has the key \`${unit.key}\` of an earlier sentence with different markup or figures; the earlier one is used`,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn,
          source: 'localize',
          file: article.path,
          segment: unit.key,
        });
      }
      kept.push(unit);
      continue;
    }
    resource[unit.key] = unit.value;
    if (Object.keys(unit.figures).length > 0) figures[unit.key] = unit.figures;
    kept.push(unit);
  }
  return { resource, figures, units: kept, messages };
}

/** Build and write `locales/<lang>/<slug>.json`; returns the path written and the build. */
export function writeSourceResource(localesDir: string, article: Article): { path: string } & SourceResource {
  const built = buildSourceResource(article);
  const path = resourcePath(localesDir, article.frontmatter.lang, article.slug);
  writeResourceFile(path, built.resource);
  return { path, ...built };
}

