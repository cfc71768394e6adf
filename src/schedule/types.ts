// Types shared by the scheduler: jobs as read from pipeline/jobs.yaml, the pipeline function
// a job hands articles to (injected, so the scheduler never depends on the pipeline's
// internals), and what a run reports.

import type { LanguageCode } from '../lang/codes.js';
import type { RunOutcome, RunTrigger } from '../store/index.js';

export type OnValidationError = 'hold' | 'publish-valid-languages' | 'skip';

export type Source =
  | { kind: 'folder'; path: string }
  | { kind: 'feed'; url: string; lang?: LanguageCode }
  | { kind: 'page'; url: string; lang?: LanguageCode }
  | { kind: 'ninjs'; url: string; lang?: LanguageCode };

export interface Job {
  name: string;
  /** A node-cron expression: 5 fields, or 6 with leading seconds. */
  schedule: string;
  /** An IANA time zone the schedule is read in. */
  timezone: string;
  sources: Source[];
  /** Target languages; absent: the article's own (which default to the pipeline's). */
  languages?: LanguageCode[];
  /** Source language of remote items that do not declare one. */
  lang?: LanguageCode;
  /** Translation engine; absent: the pipeline's. */
  engine?: string;
  /** A configured publish target, or `none`. */
  publish: string;
  onValidationError: OnValidationError;
  /** Run once at daemon start when a scheduled run was missed while it was down. */
  catchUp: boolean;
  /** Not scheduled (an editor paused it); `jobs run` still runs it by hand. */
  paused?: boolean;
  /** Folder (relative to the project root) that remote items are written to: `<content>/<job>`. */
  output: string;
  fetch: { timeoutMs: number; maxBytes: number };
  /** Where the job was defined, for messages. */
  place: { file: string; line: number; column: number };
}

export interface ProcessOptions {
  languages?: LanguageCode[];
  publish: string;
  engine?: string;
  onValidationError: OnValidationError;
  /** The job the article came in by. */
  job: string;
}

export type LanguageState = 'published' | 'held' | 'failed' | 'skipped';

export interface ArticleResult {
  outcome: 'published' | 'held' | 'failed';
  /** What became of each target language. */
  languages: Partial<Record<LanguageCode, LanguageState>>;
  /** Why it was held or failed, in one line. */
  reason?: string;
  /**
   * True when trying again unchanged may succeed: a service failed (an engine answering 500
   * or 401, a full disk), not the content. The scheduler waits (with backoff) and tries again;
   * `reason` says what it waits for. Any outcome may wait: English published, French waiting.
   */
  retry?: boolean;
}

/** The pipeline function a job hands each new or changed article to. */
export type ArticleProcessor = (articlePath: string, options: ProcessOptions) => Promise<ArticleResult>;

export interface NamedProcessor {
  /** `pipeline`, `ingest-only`, or the module given with --processor; logged with every article. */
  name: string;
  process: ArticleProcessor;
  /** Why a fallback is in use (the pipeline failed to load), shown at start. */
  note?: string;
}

export interface ArticleReport {
  item: string;
  source: string;
  path: string;
  outcome: ArticleResult['outcome'];
  languages: ArticleResult['languages'];
  reason?: string;
}

export interface RunSummary {
  id: number;
  job: string;
  trigger: RunTrigger;
  start: string;
  end: string;
  outcome: Exclude<RunOutcome, 'running'>;
  processor: string;
  articles: number;
  published: number;
  held: number;
  failed: number;
  unchanged: number;
  sourceErrors: number;
  /** Unchanged items still waiting for a service, not tried because their next attempt is not due. */
  waiting: number;
  /** Articles handled in this run. */
  items: ArticleReport[];
  errors: string[];
}

/** One structured log line (written as JSON on stdout by the daemon). */
export type LogEvent = { event: string; time?: string } & Record<string, unknown>;
export type Log = (event: LogEvent) => void;
