// The work limits a stage checks once it has counted (pipeline/config.yaml `limits`): the
// segmenter its sentences, the figures stage its figures. The counts before parsing are in
// src/ingest/limits.ts. The limits travel on the article (set by ingest), so a stage needs no
// configuration of its own.

import type { ArticleLimits } from '../config/index.js';
import { Errors, fail } from '../errors/index.js';
import type { Article } from './types.js';

function tooMany(article: Article, at: { line: number; column: number } | undefined, what: string, limit: keyof ArticleLimits, value: number): never {
  fail(Errors.ArticleTooComplex, `${what}, more than \`limits.${limit}\` (${value.toLocaleString('en')})`, { file: article.path, line: at?.line ?? 1, column: at?.column ?? 1 });
}

/** Sentences, once the segmenter has made them. */
export function checkSegmentLimit(article: Article, count: number, limits: ArticleLimits | undefined): void {
  if (!limits || count <= limits.segments) return;
  const over = article.segments[limits.segments];
  tooMany(article, over?.position, `${count.toLocaleString('en')} sentences`, 'segments', limits.segments);
}

/** Figures, once they are read (`partial`: reading stopped at the sentence that passed the limit). */
export function checkFigureLimit(article: Article, count: number, limits: ArticleLimits | undefined, partial = false): void {
  if (!limits || count <= limits.figures) return;
  const over = article.figures[limits.figures];
  tooMany(article, over, `${partial ? 'at least ' : ''}${count.toLocaleString('en')} figures`, 'figures', limits.figures);
}
