// Stage orchestration: the main job (`newsdesk run`) over every article under content/,
// and the per-article pipeline the scheduler calls.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadGlossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { renderSite } from '../render/index.js';
import { runArticle, type ArticleResult } from './article.js';

export { analyseArticle, claimsDocument, inputsDigest, runArticle, type ArticleResult, type ArticleRunOptions, type LanguageResult } from './article.js';

/** Article folders under content/ (each with an index.md), sorted by slug. */
export function listArticles(config: PipelineConfig): string[] {
  const dir = projectPath(config, config.paths.content);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.md')))
    .map((entry) => join(dir, entry.name, 'index.md'))
    .sort();
}

export type RunEvent =
  | { type: 'article-start'; index: number; total: number; ref: string }
  | { type: 'article-done'; index: number; total: number; result: ArticleResult }
  | { type: 'article-failed'; index: number; total: number; ref: string; error: Error }
  | { type: 'site'; files: number };

export interface RunOptions {
  config: PipelineConfig;
  cwd: string;
  /** Articles to run (paths or slugs); default: every article under content/. */
  articles?: string[];
  languages?: readonly LanguageCode[];
  force?: boolean;
  /** Publish checked versions to the static site (output/site). Default true. */
  site?: boolean;
  onEvent?: (event: RunEvent) => void;
}

export interface RunSummary {
  results: ArticleResult[];
  failed: Array<{ ref: string; error: Error }>;
  siteFiles: number;
}

export function runPipeline(options: RunOptions): RunSummary {
  const { config, cwd } = options;
  const refs = options.articles ?? listArticles(config);
  const glossary = loadGlossary(config, undefined, cwd);
  const results: ArticleResult[] = [];
  const failed: RunSummary['failed'] = [];
  refs.forEach((ref, index) => {
    options.onEvent?.({ type: 'article-start', index, total: refs.length, ref });
    try {
      const result = runArticle(ref, { config, glossary, cwd, ...(options.languages ? { languages: options.languages } : {}), ...(options.force ? { force: true } : {}) });
      results.push(result);
      options.onEvent?.({ type: 'article-done', index, total: refs.length, result });
    } catch (error) {
      // One unusable article must not stop the others; the CLI reports it and exits 2.
      const err = error instanceof Error ? error : new Error(String(error));
      failed.push({ ref, error: err });
      options.onEvent?.({ type: 'article-failed', index, total: refs.length, ref, error: err });
    }
  });

  let siteFiles = 0;
  if (options.site !== false && results.some((r) => !r.unchanged)) {
    // The site's index lists every article: unchanged ones are rendered again in memory.
    const all = results.map((r) => (r.versions ? r : runArticle(r.path, { config, glossary, cwd, force: true, writeSource: false })));
    const site = all
      .filter((r) => r.article && r.versions)
      .map((r) => ({ article: r.article!, versions: r.versions!.filter((v) => r.languages.find((l) => l.lang === v.lang)?.publishable) }));
    siteFiles = renderSite(projectPath(config, config.paths.output), site).length;
    options.onEvent?.({ type: 'site', files: siteFiles });
  }
  return { results, failed, siteFiles };
}
