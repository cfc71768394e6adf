// `newsdesk status`: every article under content/ × its target languages, counted by key
// state (machine, edited, reviewed, stale, missing), as the files are now — nothing is
// written. Reads articles as `newsdesk run` finds them: content/<slug>/index.md.

import type { PipelineConfig } from '../../config/index.js';
import { listArticleFiles, slugOf } from '../../ingest/index.js';
import { NewsdeskError } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import { languageState, type BrokenFile, type StateCounts } from './language-state.js';
import { loadArticleSource, localesDirOf } from './source.js';

export interface ArticleStatus {
  article: string;
  source: LanguageCode;
  keys: number;
  languages: Partial<Record<LanguageCode, StateCounts & { retired: number; brokenFile?: BrokenFile }>>;
}

export interface StatusReport {
  articles: ArticleStatus[];
  /** Articles that could not be read, with the reason. */
  failed: Array<{ article: string; error: string }>;
}

/** Slugs of every article under content/ (inbox and job folders included), sorted. */
export function articleSlugs(config: PipelineConfig): string[] {
  return listArticleFiles(config).map((file) => slugOf(file)).sort();
}

export function translationStatus(config: PipelineConfig, cwd: string, options: { articles?: readonly string[]; languages?: readonly LanguageCode[] } = {}): StatusReport {
  const localesDir = localesDirOf(config);
  const report: StatusReport = { articles: [], failed: [] };
  for (const ref of options.articles ?? articleSlugs(config)) {
    try {
      const source = loadArticleSource(ref, config, cwd);
      const status: ArticleStatus = { article: source.slug, source: source.lang, keys: source.keys.length, languages: {} };
      for (const lang of source.targets) {
        if (options.languages && !options.languages.includes(lang)) continue;
        const state = languageState(source, lang, localesDir);
        status.languages[lang] = { ...state.counts, retired: state.retired, ...(state.broken ? { brokenFile: state.broken } : {}) };
      }
      report.articles.push(status);
    } catch (error) {
      if (!(error instanceof NewsdeskError)) throw error;
      report.failed.push({ article: ref, error: error.toLine() });
    }
  }
  return report;
}

