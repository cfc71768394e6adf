// One catalogue of operational errors (the Astro model): every failure that reaches a user
// names what happened and what to do next. Content problems are positioned messages on the
// article instead (src/article/messages.ts); these are for input that cannot be used at all,
// configuration, and services.

import { isAbsolute, relative } from 'node:path';
import { redact } from './redact.js';

export interface ErrorData {
  readonly name: string;
  readonly title: string;
  /** Exit code of the CLI when this error ends a command: 2 for usage and input, 1 for findings. */
  readonly exitCode: number;
  readonly hint?: string;
}

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
}

export class NewsdeskError extends Error {
  readonly data: ErrorData;
  readonly place: ErrorPlace;
  readonly exitCode: number;

  constructor(data: ErrorData, message: string, place: ErrorPlace = {}, options?: { cause?: unknown }) {
    // A provider may echo the credential it refused: no catalogue message carries one. A
    // message quoting its input (a key, a JSON parser's excerpt) stays one line: breaks shown as \n.
    super(redact(message).replace(/\r\n|[\n\r\u2028\u2029]/g, '\\n'), options);
    this.name = data.name;
    this.data = data;
    this.place = place;
    this.exitCode = data.exitCode;
  }

  /** The one line a user sees: `file:line:column: message (hint)`; an absolute file is shown relative to `cwd`. */
  toLine(cwd: string = process.cwd()): string {
    const { line, column } = this.place;
    const file = this.place.file !== undefined && isAbsolute(this.place.file) ? relative(cwd, this.place.file) || this.place.file : this.place.file;
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : '';
    const hint = this.data.hint ? ` — ${this.data.hint}` : '';
    return `${where}${this.message}${hint}`;
  }
}

/**
 * A value read from a user's file or a service's answer, as text for a message: a string as
 * it is, anything else as JSON (a list stays `["de"]`, an object is not `[object Object]`).
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return String(value);
  if (typeof value === 'bigint') return `${value}`;
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function define(data: ErrorData): ErrorData {
  return Object.freeze(data);
}

export const Errors = {
  Usage: define({ name: 'UsageError', title: 'Wrong command usage', exitCode: 2, hint: 'run `newsdesk --help`' }),
  FileNotFound: define({ name: 'FileNotFound', title: 'File not found', exitCode: 2 }),
  EmptyFile: define({ name: 'EmptyFile', title: 'Empty article', exitCode: 2, hint: 'an article needs front matter with `title` and `lang`' }),
  InvalidText: define({ name: 'InvalidText', title: 'Not valid text', exitCode: 2, hint: 'save it as UTF-8 text (no NUL or control characters)' }),
  BinaryFile: define({ name: 'BinaryFile', title: 'Not a text file', exitCode: 2, hint: 'articles are UTF-8 markdown' }),
  FileTooLarge: define({ name: 'FileTooLarge', title: 'Article too large', exitCode: 2, hint: 'split the article or raise `limits.articleBytes` in pipeline/config.yaml' }),
  ArticleTooComplex: define({ name: 'ArticleTooComplex', title: 'Article too complex', exitCode: 2, hint: 'split the article, or raise the limit named in pipeline/config.yaml `limits:`' }),
  MissingFrontMatter: define({ name: 'MissingFrontMatter', title: 'No front matter', exitCode: 2, hint: 'start the file with `---`, `title: …`, `lang: …`, `---`' }),
  InvalidYaml: define({ name: 'InvalidYaml', title: 'Invalid YAML', exitCode: 2 }),
  InvalidSlug: define({ name: 'InvalidSlug', title: 'Not a slug', exitCode: 2, hint: 'a slug is lowercase letters and digits of one script, words joined by hyphens (ki-stadt): rename the folder or file, or set `slug:` in the front matter' }),
  InvalidFrontMatter: define({ name: 'InvalidFrontMatter', title: 'Invalid front matter', exitCode: 2 }),
  UnknownLanguage: define({ name: 'UnknownLanguage', title: 'Unknown language', exitCode: 2, hint: 'use one of zh ru en fr id sa ja de pt el es it fi la' }),
  InvalidConfig: define({ name: 'InvalidConfig', title: 'Invalid configuration', exitCode: 2 }),
  ArticleNotFound: define({ name: 'ArticleNotFound', title: 'Article not found', exitCode: 2, hint: 'give a path to a markdown file or the slug of a folder under content/' }),
  InvalidLocaleFile: define({ name: 'InvalidLocaleFile', title: 'Invalid locale file', exitCode: 2 }),
  Service: define({ name: 'ServiceError', title: 'Service failed', exitCode: 2 }),
  Auth: define({ name: 'AuthError', title: 'Service refused the credentials', exitCode: 2, hint: 'check the API key or token in the environment' }),
  // Jobs, state and remote sources (src/schedule, src/store).
  InvalidJobs: define({ name: 'InvalidJobsFile', title: 'Invalid jobs file', exitCode: 2, hint: 'see the commented example in pipeline/jobs.yaml' }),
  DiskWrite: define({ name: 'DiskWriteError', title: 'Cannot write a file', exitCode: 2, hint: 'free space on the disk or make the folder writable, then run again; nothing was left half-written' }),
  StateStore: define({ name: 'StateStoreError', title: 'State database unusable', exitCode: 2, hint: 'the state lives in .newsdesk/state.db; stop other newsdesk processes or move the file aside' }),
  InvalidReview: define({ name: 'InvalidReview', title: 'Invalid review file', exitCode: 2, hint: 'content/<slug>/review.yaml is a list of `- rule: …` with `line` or `text`, `reason` and `by`' }),
  InvalidGlossary: define({ name: 'InvalidGlossary', title: 'Invalid glossary', exitCode: 2, hint: 'content/glossary.yaml lists entities with `id`, `type` and `names` in every language' }),
  MissingTranslation: define({ name: 'MissingTranslation', title: 'Translation incomplete', exitCode: 2, hint: 'fill in locales/<lng>/<slug>.json (or run `newsdesk translate`), then run again' }),
  // Import (src/ingest/import).
  UnusablePage: define({ name: 'UnusablePage', title: 'Page cannot be imported', exitCode: 2, hint: 'give a scraped article page (text or HTML) with a title and paragraphs' }),
  TargetExists: define({ name: 'TargetExists', title: 'Article folder exists', exitCode: 2, hint: 'pass --force to replace its index.md, or --slug to choose another folder' }),
  FetchFailed: define({ name: 'FetchFailed', title: 'Page could not be fetched', exitCode: 2, hint: 'check the address and the network, or save the page and import the file' }),
  UndetectedLanguage: define({ name: 'UndetectedLanguage', title: 'Language not recognised', exitCode: 2, hint: 'pass --lang with one of zh ru en fr id sa ja de pt el es it fi la' }),
  // Translator workflow (src/translate/workflow).
  InvalidStateFile: define({ name: 'InvalidStateFile', title: 'Invalid review state file', exitCode: 2, hint: 'the file is written by newsdesk; restore it from version control (the locale file beside it is not affected)' }),
  InvalidXliff: define({ name: 'InvalidXliff', title: 'Invalid XLIFF file', exitCode: 2, hint: 'import an XLIFF 1.2 or 2.0 file exported by `newsdesk xliff export` (and saved by a CAT tool)' }),
  InvalidExchangeFile: define({ name: 'InvalidExchangeFile', title: 'Invalid translation exchange file', exitCode: 2, hint: 'import a PO, TMX or TBX file written by `newsdesk po|tmx|tbx export` or by a CAT tool from one' }),
  XliffMismatch: define({ name: 'XliffDoesNotMatch', title: 'XLIFF file does not match the article', exitCode: 2, hint: 'export the article again with `newsdesk xliff export <slug> --lang <lng>`' }),
  NoEngine: define({ name: 'NoTranslationEngine', title: 'No translation engine', exitCode: 2, hint: 'give `--engine NAME` (with `--base-url`/`--model` for an OpenAI-compatible server) or configure `translation.engine` in pipeline/config.yaml' }),
  // Translation engines (src/translate): every service failure has a kind that decides retry, split or stop.
  UnknownEngine: define({ name: 'UnknownTranslationEngine', title: 'Unknown translation engine', exitCode: 2, hint: 'use `type: openai`, `deepl`, `google` or `libretranslate` under `translation.engines` in pipeline/config.yaml' }),
  EngineOptions: define({ name: 'InvalidEngineOptions', title: 'Invalid translation engine options', exitCode: 2, hint: 'see the engine options in src/translate/README.md' }),
  MissingApiKey: define({ name: 'MissingApiKey', title: 'API key missing', exitCode: 2, hint: 'export the key in the environment variable named in the message (keys never go into pipeline/config.yaml)' }),
  TranslationAuth: define({ name: 'TranslationAuthError', title: 'Translation service refused the credentials', exitCode: 2, hint: 'check the API key in the environment; the engine was stopped for this run' }),
  TranslationQuota: define({ name: 'TranslationQuotaExceeded', title: 'Translation quota exceeded', exitCode: 2, hint: 'the engine was stopped for this run: raise the quota or cost-control limit, or give these languages another engine in `translation.perLanguage`' }),
  TranslationRateLimited: define({ name: 'TranslationRateLimited', title: 'Translation service rate limit', exitCode: 2, hint: 'lower `limits.concurrency` for this engine or run again later' }),
  TranslationServer: define({ name: 'TranslationServerError', title: 'Translation service failed', exitCode: 2, hint: 'the service kept failing after retries; run again later' }),
  TranslationNetwork: define({ name: 'TranslationNetworkError', title: 'Translation service unreachable', exitCode: 2, hint: 'check `baseUrl` and that the service is running' }),
  TranslationTimeout: define({ name: 'TranslationTimeout', title: 'Translation request timed out', exitCode: 2, hint: 'raise `timeoutMs` or lower `limits.maxSegmentsPerRequest` for this engine' }),
  TranslationTooLarge: define({ name: 'TranslationRequestTooLarge', title: 'Translation request too large', exitCode: 2, hint: 'lower `limits.maxBytesPerRequest` or `limits.maxSegmentsPerRequest` to what the service accepts' }),
  TranslationBadRequest: define({ name: 'TranslationBadRequest', title: 'Translation request refused', exitCode: 2, hint: 'the service refused the request as invalid (unsupported language, model or option)' }),
  TranslationBadResponse: define({ name: 'TranslationBadResponse', title: 'Unusable translation response', exitCode: 2, hint: 'the service answered with something that is not the translation asked for' }),
  TranslationTruncated: define({ name: 'TranslationTruncated', title: 'Translation response cut off', exitCode: 2, hint: 'the model ran out of output tokens; lower `limits.maxBytesPerRequest` for this engine' }),
  // The desk (src/desk).
  InvalidUsers: define({ name: 'InvalidUsersFile', title: 'Invalid desk users file', exitCode: 2, hint: 'add users with `newsdesk desk user add NAME --role editor|translator|reader [--lang fr]`' }),
  DeskListen: define({ name: 'DeskListenError', title: 'The desk cannot listen', exitCode: 2, hint: 'choose another port with `--port N` (0: any free port)' }),
} as const;

export function fail(data: ErrorData, message: string, place?: ErrorPlace, cause?: unknown): never {
  throw new NewsdeskError(data, message, place, cause === undefined ? undefined : { cause });
}
