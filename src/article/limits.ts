// The work limits a stage checks once it has counted (pipeline/config.yaml `limits`): the
// segmenter its sentences and their characters, the figures stage its figures. The counts
// before parsing are in src/ingest/limits.ts. The limits travel on the article (set by
// ingest), so a stage needs no configuration of its own.

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

/**
 * Characters of the sentences, once the segmenter has made them: the longest sentence, then
 * all of them together (each is rendered and read by value in every language; QA's work on a
 * sentence grows with its length times its figures). Refused at the sentence that passes.
 */
export function checkTextLimit(article: Article, limits: ArticleLimits | undefined): void {
  if (!limits) return;
  const total = article.segments.reduce((sum, segment) => sum + segment.text.length, 0);
  let sofar = 0;
  for (const segment of article.segments) {
    const chars = segment.text.length;
    if (chars > limits.sentenceChars) tooMany(article, segment.position, `a sentence of ${chars.toLocaleString('en')} characters`, 'sentenceChars', limits.sentenceChars);
    sofar += chars;
    if (sofar > limits.textChars) tooMany(article, segment.position, `${total.toLocaleString('en')} characters of sentences`, 'textChars', limits.textChars);
  }
}

/** Figures, once they are read (`partial`: reading stopped at the sentence that passed the limit). */
export function checkFigureLimit(article: Article, count: number, limits: ArticleLimits | undefined, partial = false): void {
  if (!limits || count <= limits.figures) return;
  const over = article.figures[limits.figures];
  tooMany(article, over, `${partial ? 'at least ' : ''}${count.toLocaleString('en')} figures`, 'figures', limits.figures);
}
