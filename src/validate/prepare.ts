// What validation needs before it runs: sentences, figures and claims on the article, and
// the glossary. The CLI and tests call this; the pipeline runs the stages itself.

import type { Article } from '../article/types.js';
import { extractClaims, loadGlossary } from '../claims/index.js';
import type { PipelineConfig } from '../config/index.js';
import { extractArticleFigures } from '../figures/index.js';
import { segmentArticle } from '../segment/index.js';
import type { Glossary } from './glossary.js';

export function prepareArticle(article: Article, config: PipelineConfig, cwd: string = process.cwd(), glossary: Glossary = loadGlossary(config, undefined, cwd)): { glossary: Glossary } {
  if (article.segments.length === 0) segmentArticle(article);
  if (article.figures.length === 0) extractArticleFigures(article);
  if (article.claims.length === 0) extractClaims(article, glossary);
  return { glossary };
}
