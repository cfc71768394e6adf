// Which pipeline function a job hands articles to: a module named with --processor (any
// file exporting an ArticleProcessor as `processArticle`); else the built-in pipeline
// (src/pipeline: its `processArticle` if it exports one, else `runPipeline` on the one
// article); else `ingestOnlyProcessor`, which only reads and checks each article, publishes
// nothing, and says so in every log line (`"processor":"ingest-only"`).

import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Errors, fail, NewsdeskError } from '../errors/index.js';
import { systemErrorCode } from '../errors/system.js';
import type { PipelineConfig } from '../config/index.js';
import type { ArticleProcessor, ArticleResult, NamedProcessor, ProcessOptions } from './types.js';

/** Reads and checks the article (front matter, markdown); holds it, since nothing publishes. */
export function ingestOnlyProcessor(config: PipelineConfig): NamedProcessor {
  return {
    name: 'ingest-only',
    async process(articlePath: string, options: ProcessOptions): Promise<ArticleResult> {
      // Loaded on first use: unified and remark cost start-up time the daemon does not need.
      const { readArticle } = await import('../ingest/index.js');
      const article = readArticle(articlePath, config, config.root);
      const languages = options.languages ?? article.frontmatter.languages;
      return {
        outcome: 'held',
        languages: Object.fromEntries(languages.map((lang) => [lang, 'held'])),
        reason: 'ingest-only: read and checked, not translated or published (the pipeline is not installed)',
      };
    },
  };
}

/** Normalize whatever a pipeline module returns into an ArticleResult. */
function asResult(value: unknown): ArticleResult {
  const object = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const outcome = object.outcome;
  if (outcome !== 'published' && outcome !== 'held' && outcome !== 'failed') {
    throw new Error(`the pipeline returned no outcome (published, held or failed): ${JSON.stringify(value)?.slice(0, 200)}`);
  }
  const languages = (typeof object.languages === 'object' && object.languages !== null && !Array.isArray(object.languages) ? object.languages : {}) as ArticleResult['languages'];
  const result: ArticleResult = { outcome, languages };
  if (typeof object.reason === 'string') result.reason = object.reason;
  if (typeof object.retry === 'boolean') result.retry = object.retry;
  return result;
}

/** What the scheduler needs of `runPipeline` in src/pipeline (the lead's orchestration). */
interface PipelineModule {
  runPipeline: (options: { config: PipelineConfig; cwd: string; articles: string[]; languages?: readonly string[]; site?: boolean }) => {
    results: Array<{ slug: string; unchanged: boolean; validation: { blocking: boolean; errors: number }; languages: Array<{ lang: string; publishable: boolean; held?: string }> }>;
    failed: Array<{ ref: string; error: Error }>;
  };
}

/**
 * The built-in pipeline through `runPipeline` for one article. Publishable languages are
 * written to output/<slug>/ and reported `published`; the static site index is not rebuilt
 * per article (that needs every article: `newsdesk run`), and a target other than `static`
 * is not reached until the pipeline exports a `processArticle` that publishes.
 */
function fromRunPipeline(module: PipelineModule, config: PipelineConfig): NamedProcessor {
  return {
    name: 'pipeline',
    async process(path, options) {
      const { results, failed } = module.runPipeline({ config, cwd: config.root, articles: [path], site: false, ...(options.languages ? { languages: options.languages } : {}) });
      const failure = failed[0];
      if (failure) throw failure.error;
      const result = results[0];
      if (!result) throw new Error('the pipeline returned no result');
      const publishing = options.publish !== 'none';
      const languages: ArticleResult['languages'] = {};
      for (const language of result.languages) {
        (languages as Record<string, string>)[language.lang] = language.publishable && publishing ? 'published' : 'held';
      }
      const published = Object.values(languages).includes('published');
      const firstHeld = result.languages.find((language) => !language.publishable)?.held;
      const reason = result.validation.blocking
        ? `validation errors in the source (${result.validation.errors})`
        : !publishing
          ? 'publish: none'
          : firstHeld;
      return { outcome: published ? 'published' : 'held', languages, ...(reason && !published ? { reason } : {}) };
    },
  };
}

/** The processor a pipeline module offers (`processArticle`, else `runPipeline`), if any. */
export function fromModule(module: Record<string, unknown>, config: PipelineConfig, name: string): NamedProcessor | undefined {
  if (typeof module.processArticle === 'function') {
    const processArticle = module.processArticle as (path: string, options: ProcessOptions & { config: PipelineConfig }) => unknown;
    return { name, process: async (path, options) => asResult(await processArticle(path, { ...options, config })) };
  }
  if (typeof module.runPipeline === 'function') return fromRunPipeline(module as unknown as PipelineModule, config);
  return undefined;
}

/**
 * The processor to use: `--processor MODULE` when given (an error if it exports none), else
 * the built-in pipeline when present, else ingest-only.
 */
export async function loadProcessor(config: PipelineConfig, options: { module?: string; cwd?: string } = {}): Promise<NamedProcessor> {
  if (options.module) {
    const path = isAbsolute(options.module) ? options.module : resolve(options.cwd ?? process.cwd(), options.module);
    let module: Record<string, unknown>;
    try {
      module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch (error) {
      fail(Errors.FileNotFound, `cannot load the processor module: ${(error as Error).message.split('\n')[0] ?? ''}`, { file: options.module });
    }
    const processor = fromModule(module, config, options.module);
    if (!processor) fail(Errors.Usage, `the processor module exports no \`processArticle\` function`, { file: options.module });
    return processor;
  }
  // A variable specifier: the pipeline is optional and must not be resolved at build time.
  const specifier = '../pipeline/index.js';
  // `.ts` when run from source by vitest.
  const file = fileURLToPath(new URL(specifier, import.meta.url));
  if (!existsSync(file) && !existsSync(file.replace(/\.js$/, '.ts'))) return ingestOnlyProcessor(config);
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    // Loud, not fatal: every log line says ingest-only, and the note says why.
    const reason = ((error as Error).message ?? String(error)).split('\n')[0] ?? '';
    return { ...ingestOnlyProcessor(config), note: `the pipeline (src/pipeline) could not be loaded: ${reason}` };
  }
  return fromModule(module, config, 'pipeline') ?? { ...ingestOnlyProcessor(config), note: 'src/pipeline exports neither processArticle nor runPipeline' };
}

/** Catalogue entries that name a service failing, not the content: worth trying again later. */
const SERVICE_ERRORS = new Set<string>(
  [Errors.Service, Errors.Auth, Errors.StateStore, Errors.TranslationAuth, Errors.TranslationQuota, Errors.TranslationRateLimited, Errors.TranslationServer, Errors.TranslationNetwork, Errors.TranslationTimeout, Errors.DiskWrite].map((data) => data.name),
);

/**
 * Whether a processor failure may pass when tried again unchanged: a service or the machine
 * failed (retried with backoff), not the content. An error newsdesk does not know (a bug the
 * article triggers) is not retried either: it fails the same way every time, so it is shown
 * to the editor once instead of being tried on every tick.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NewsdeskError && SERVICE_ERRORS.has(error.data.name)) return true;
  // The machine (a full or read-only disk, a busy database, the network), not the article.
  return systemErrorCode(error) !== undefined;
}

export type { ArticleProcessor };
