// Which pipeline function a job hands articles to. The real pipeline (src/pipeline,
// `processArticle` or `runArticle`) when it is built in; a module named with --processor
// (any file exporting an ArticleProcessor as `processArticle`); otherwise
// `ingestOnlyProcessor`, which only reads and checks each article and publishes nothing,
// and says so in every log line (`"processor":"ingest-only"`).

import { isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Errors, fail, NewsdeskError } from '../errors/index.js';
import type { PipelineConfig } from '../config/index.js';
import { readArticle } from '../ingest/index.js';
import type { ArticleProcessor, ArticleResult, NamedProcessor, ProcessOptions } from './types.js';

/** Reads and checks the article (front matter, markdown); holds it, since nothing publishes. */
export function ingestOnlyProcessor(config: PipelineConfig): NamedProcessor {
  return {
    name: 'ingest-only',
    async process(articlePath: string, options: ProcessOptions): Promise<ArticleResult> {
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

function fromModule(module: Record<string, unknown>, config: PipelineConfig, name: string): NamedProcessor | undefined {
  if (typeof module.processArticle === 'function') {
    const processArticle = module.processArticle as (path: string, options: ProcessOptions & { config: PipelineConfig }) => unknown;
    return { name, process: async (path, options) => asResult(await processArticle(path, { ...options, config })) };
  }
  if (typeof module.runArticle === 'function') {
    const runArticle = module.runArticle as (path: string, options: ProcessOptions & { config: PipelineConfig }) => unknown;
    return { name, process: async (path, options) => asResult(await runArticle(path, { ...options, config })) };
  }
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
  // Present but broken is an error, not a silent fallback.
  if (!existsSync(fileURLToPath(new URL(specifier, import.meta.url)))) return ingestOnlyProcessor(config);
  const module = (await import(specifier)) as Record<string, unknown>;
  return fromModule(module, config, 'pipeline') ?? ingestOnlyProcessor(config);
}

/** Whether a processor failure may pass when tried again unchanged (a service, not the content). */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof NewsdeskError)) return true;
  return error.data === Errors.Service || error.data === Errors.Auth;
}

export type { ArticleProcessor };
