// Stage orchestration: the main job (`newsdesk run`) over every article under content/,
// and `processArticle`, the per-article pipeline the scheduler hands new articles to.

import { loadGlossary, type Glossary } from '../claims/index.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { listArticleFiles, resolveArticlePath } from '../ingest/index.js';
import type { LanguageCode } from '../lang/codes.js';
import { createTarget, publishArticle, type ArticlePublishResult } from '../publish/index.js';
import type { ArticleProcessor } from '../schedule/types.js';
import { openStore, stateFile } from '../store/index.js';
import { engineResolver, loadArticleSource, localesDirOf, translateArticle } from '../translate/workflow/index.js';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { planArticle, runArticle, type ArticlePlan, type ArticleResult } from './article.js';
import { ArticlePool, deserializeError } from './pool.js';
import { FingerprintCache } from './fingerprint.js';
import { markParallel, stageClockRunning } from './clock.js';
import { slugClashes } from '../ingest/slugs.js';

export { claimsDocument, inputsDigest, planArticle, runArticle, type ArticlePlan, type ArticleResult, type ArticleRunOptions, type LanguageResult, type ValidationSummary } from './article.js';
export { analyseArticle, buildVersions, type BuildVersionsOptions, type BuiltVersions, type QaCheck } from './versions.js';
export { startStageClock, stageTimes, STAGES, type Stage, type StageTimes } from './clock.js';

/** Every article under content/ (inbox and job folders included; see `listArticleFiles`). */
export function listArticles(config: PipelineConfig): string[] {
  return listArticleFiles(config);
}

export type RunEvent =
  | { type: 'article-start'; index: number; total: number; ref: string }
  | { type: 'article-done'; index: number; total: number; result: ArticleResult; published?: ArticlePublishResult }
  | { type: 'article-failed'; index: number; total: number; ref: string; error: Error };

export interface RunOptions {
  config: PipelineConfig;
  cwd: string;
  /** Articles to run (paths or slugs); default: every article under content/. */
  articles?: string[];
  languages?: readonly LanguageCode[];
  force?: boolean;
  /** Publish target for what passes (default: the configuration's, `static`); `none`: no publishing. */
  publish?: string;
  env?: NodeJS.ProcessEnv;
  /** Worker threads for the articles that need work (default: one per core; 1: the main thread alone). */
  jobs?: number;
  onEvent?: (event: RunEvent) => void;
  /**
   * Keep each article's result and publish result in `RunSummary.results` and `published`
   * (default true). `false`: they go to `onEvent` only, so a run of any number of articles
   * holds none of them (the CLI keeps just its table rows and counts).
   */
  keepResults?: boolean;
}

export interface RunSummary {
  /** One per article that ran, without its article object and versions (a long run must not hold every article); empty with `keepResults: false`. */
  results: ArticleResult[];
  published: ArticlePublishResult[];
  failed: Array<{ ref: string; error: Error }>;
}

export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  const { config, cwd } = options;
  const refs = options.articles ?? listArticles(config);
  // The files every article reads, fingerprinted before they are read.
  const shared = new FingerprintCache();
  shared.get(projectPath(config, 'pipeline', 'config.yaml'));
  shared.get(projectPath(config, config.paths.content, 'glossary.yaml'));
  const targetName = options.publish ?? config.publish.target;
  const target = targetName === 'none' ? undefined : createTarget(config, targetName, { env: options.env ?? process.env });
  const store = target ? openStore(stateFile(config)) : undefined;
  const summary: RunSummary = { results: [], published: [], failed: [] };
  const common = { config, cwd, shared, ...(options.languages ? { languages: options.languages } : {}), ...(options.force ? { force: true } : {}) };

  // No two articles may share a slug or have look-alike ones (the second would write into the
  // first one's folders and CMS entry): found before anything runs.
  const files = refs.map((ref) => {
    try {
      return resolveArticlePath(ref, config, cwd);
    } catch {
      return undefined; // reported by planArticle
    }
  });
  const clashes = slugClashes(files.filter((f): f is string => f !== undefined), config, cwd);
  // What each article needs, from its manifest and the files' stat: an unchanged article costs nothing more.
  const plans = refs.map((ref, index): ArticlePlan | Error => {
    const clash = files[index] === undefined ? undefined : clashes.get(resolve(files[index]));
    if (clash) return clash;
    try {
      return planArticle(ref, common);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  });
  const toRun = plans.filter((plan) => !(plan instanceof Error) && plan.kind === 'run').length;
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), toRun));
  const pool = jobs > 1 ? new ArticlePool(jobs, { config, cwd, ...(options.languages ? { languages: options.languages } : {}), ...(options.force ? { force: true } : {}), withVersions: target !== undefined, ...(stageClockRunning() ? { clock: true } : {}) }) : undefined;
  if (pool) markParallel('start');
  let glossary: Glossary | undefined;
  const work = async (index: number): Promise<ArticleResult | Error> => {
    const plan = plans[index]!;
    if (plan instanceof Error) return plan;
    if (plan.kind === 'unchanged') return plan.result;
    const only = plan.only ? { only: plan.only } : {};
    if (pool) {
      const response = await pool.run({ index, ref: refs[index]!, ...only });
      return response.error ? deserializeError(response.error) : response.result!;
    }
    try {
      glossary ??= loadGlossary(config, undefined, cwd);
      return runArticle(refs[index]!, { ...common, glossary, versions: target !== undefined, ...only });
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };

  try {
    // Workers run ahead of the article reported next by at most two articles each; results
    // are published and reported in article order, whatever order they finish in.
    const ahead = pool ? jobs * 2 : 1;
    const running = new Map<number, Promise<ArticleResult | Error>>();
    let dispatched = 0;
    for (let index = 0; index < refs.length; index++) {
      while (dispatched < refs.length && dispatched < index + ahead) {
        options.onEvent?.({ type: 'article-start', index: dispatched, total: refs.length, ref: refs[dispatched]! });
        running.set(dispatched, work(dispatched));
        dispatched += 1;
      }
      const ref = refs[index]!;
      const outcome = await running.get(index)!;
      running.delete(index);
      // Its plan (an unchanged article's result) is not needed again.
      plans[index] = RELEASED;
      try {
        if (outcome instanceof Error) throw outcome;
        // An unchanged article was published when it last changed (the store skips it anyway).
        const published = target && outcome.article && outcome.versions ? await publishArticle(outcome.article, outcome.versions, target, { ...(store ? { store } : {}) }) : undefined;
        if (published && options.keepResults !== false) summary.published.push(published);
        options.onEvent?.({ type: 'article-done', index, total: refs.length, result: outcome, ...(published ? { published } : {}) });
        if (options.keepResults !== false) {
          const { article: _article, versions: _versions, ...kept } = outcome;
          summary.results.push(kept);
        }
      } catch (error) {
        // One unusable article must not stop the others; the CLI reports it and exits 2.
        const err = error instanceof Error ? error : new Error(String(error));
        summary.failed.push({ ref, error: err });
        options.onEvent?.({ type: 'article-failed', index, total: refs.length, ref, error: err });
      }
    }
    if (pool) markParallel('end');
    await target?.finish?.();
  } finally {
    await pool?.close();
    store?.close();
  }
  return summary;
}

/** What stands in a reported article's place in the plans. */
const RELEASED: ArticlePlan = { kind: 'run' };

/** Worker threads by default: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The scheduler's pipeline: one article translated with the job's engine, then through
 * `runPipeline` with the job's languages and publish target. `onValidationError: skip` leaves the article out; `hold` and
 * `publish-valid-languages` both hold a source with errors (its languages share them).
 */
export function createProcessor(config: PipelineConfig): ArticleProcessor {
  return async (articlePath, options) => {
    // Translate first: translation memory, then the job's engine (`memory`: no network).
    // Human translations are never overwritten; a failed segment leaves its language held.
    const source = loadArticleSource(articlePath, config, config.root);
    const targets = (options.languages ?? source.targets).filter((lang) => lang !== source.lang);
    const translated = await translateArticle(source, targets, {
      localesDir: localesDirOf(config),
      contentDir: projectPath(config, config.paths.content),
      engineFor: engineResolver(config, targets, { engine: options.engine }, process.env),
      glossary: loadGlossary(config, undefined, config.root),
    });
    // A language the engine could not translate because the service failed (500, 401, a
    // timeout) waits for the engine: the scheduler tries again later, with backoff. A segment
    // the engine failed on its content is not retried; it stays held and shown to the editor.
    const waiting = Object.values(translated.languages)
      .flatMap((report) => (report ? report.failures.filter((f) => f.service).map((f) => ({ lang: report.lang, engine: report.engine, ...f })) : []))
      .at(0);
    const summary = await runPipeline({
      config,
      cwd: config.root,
      articles: [articlePath],
      publish: options.publish,
      ...(options.languages ? { languages: options.languages } : {}),
    });
    const failure = summary.failed[0];
    if (failure) throw failure.error;
    const result = summary.results[0];
    if (!result) throw new Error('the pipeline returned no result');
    const publishing = options.publish !== 'none';
    const languages = Object.fromEntries(result.languages.map((l) => [l.lang, l.publishable && publishing ? ('published' as const) : ('held' as const)]));
    const heldOne = result.languages.find((l) => !l.publishable);
    const anyPublished = Object.values(languages).includes('published');
    if (waiting) {
      return { outcome: anyPublished ? 'published' : 'held', languages, retry: true, reason: `waiting for engine ${waiting.engine} (${waiting.lang}: ${waiting.reason})` };
    }
    return {
      outcome: anyPublished ? 'published' : 'held',
      languages,
      ...(heldOne?.held ? { reason: `${heldOne.lang}: ${heldOne.held}` } : !publishing ? { reason: 'publish: none' } : {}),
    };
  };
}

/**
 * Loaded by the scheduler (src/schedule/processor.ts), which passes its configuration along
 * with the job's options.
 */
export const processArticle = (articlePath: string, options: Parameters<ArticleProcessor>[1] & { config: PipelineConfig }) =>
  createProcessor(options.config)(articlePath, options);
