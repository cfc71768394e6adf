// Job runs: one row per run, opened when it starts and closed when it ends, with counters
// updated after every article so a crash leaves an accurate record. Per-article rows
// (run_articles) say what each run did to which item.

import { hostname } from 'node:os';
import type { Db } from './db.js';

export type RunTrigger = 'schedule' | 'catch-up' | 'manual';
/** `running` until closed; `crashed` when its process was found dead; `interrupted` on a graceful stop. */
export type RunOutcome = 'running' | 'ok' | 'partial' | 'failed' | 'interrupted' | 'crashed';
export type ArticleOutcome = 'published' | 'held' | 'failed';

export interface RunCounts {
  /** Articles handed to the pipeline (published + held + failed). */
  articles: number;
  published: number;
  held: number;
  failed: number;
  /** Items skipped because their digest had not changed. */
  unchanged: number;
  /** Sources that could not be read. */
  sourceErrors: number;
  /** Unchanged items still waiting for a service (an engine down): not tried before their next attempt is due. */
  waiting: number;
}

export interface RunRecord extends RunCounts {
  id: number;
  job: string;
  trigger: RunTrigger;
  scheduledFor: string | null;
  start: string;
  end: string | null;
  outcome: RunOutcome;
  pid: number;
  host: string;
  processor: string;
  error: string | null;
}

export interface ArticleRecord {
  runId: number;
  item: string;
  path: string;
  digest: string;
  outcome: ArticleOutcome;
  languages: Record<string, string>;
  error: string | null;
  at: string;
}

interface RunRow {
  id: number;
  job: string;
  trigger: RunTrigger;
  scheduled_for: string | null;
  started_at: string;
  ended_at: string | null;
  outcome: RunOutcome;
  pid: number;
  host: string;
  processor: string;
  articles: number;
  published: number;
  held: number;
  failed: number;
  unchanged: number;
  source_errors: number;
  waiting: number;
  error: string | null;
}

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    job: row.job,
    trigger: row.trigger,
    scheduledFor: row.scheduled_for,
    start: row.started_at,
    end: row.ended_at,
    outcome: row.outcome,
    pid: row.pid,
    host: row.host,
    processor: row.processor,
    articles: row.articles,
    published: row.published,
    held: row.held,
    failed: row.failed,
    unchanged: row.unchanged,
    sourceErrors: row.source_errors,
    waiting: row.waiting,
    error: row.error,
  };
}

export function runsApi(db: Db) {
  const insert = db.prepare<[string, string, string | null, string, number, string, string]>(
    'INSERT INTO runs (job, trigger, scheduled_for, started_at, pid, host, processor) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const byId = db.prepare<[number], RunRow>('SELECT * FROM runs WHERE id = ?');
  const finish = db.prepare<[string, string, string | null, number]>(
    "UPDATE runs SET ended_at = ?, outcome = ?, error = ? WHERE id = ? AND outcome = 'running'",
  );
  const count = db.prepare<{ id: number; articles: number; published: number; held: number; failed: number; unchanged: number; sourceErrors: number; waiting: number }>(
    `UPDATE runs SET articles = articles + @articles, published = published + @published, held = held + @held,
       failed = failed + @failed, unchanged = unchanged + @unchanged, source_errors = source_errors + @sourceErrors,
       waiting = waiting + @waiting WHERE id = @id`,
  );
  const insertArticle = db.prepare<[number, string, string, string, string, string, string | null, string]>(
    'INSERT INTO run_articles (run_id, item, path, digest, outcome, languages, error, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const articlesOf = db.prepare<[number], { run_id: number; item: string; path: string; digest: string; outcome: ArticleOutcome; languages: string; error: string | null; at: string }>(
    'SELECT * FROM run_articles WHERE run_id = ? ORDER BY rowid',
  );
  const listAll = db.prepare<[number], RunRow>('SELECT * FROM runs ORDER BY id DESC LIMIT ?');
  const listJob = db.prepare<[string, number], RunRow>('SELECT * FROM runs WHERE job = ? ORDER BY id DESC LIMIT ?');
  const last = db.prepare<[string], RunRow>('SELECT * FROM runs WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT 1');
  const open = db.prepare<[], RunRow>("SELECT * FROM runs WHERE outcome = 'running' ORDER BY id");

  const zero: RunCounts = { articles: 0, published: 0, held: 0, failed: 0, unchanged: 0, sourceErrors: 0, waiting: 0 };

  return {
    startRun(run: { job: string; trigger: RunTrigger; scheduledFor?: Date | null; start?: Date; processor?: string }): RunRecord {
      const start = (run.start ?? new Date()).toISOString();
      const info = insert.run(run.job, run.trigger, run.scheduledFor ? run.scheduledFor.toISOString() : null, start, process.pid, hostname(), run.processor ?? '');
      return toRecord(byId.get(Number(info.lastInsertRowid)) as RunRow);
    },
    /** Close a run. Only a run still `running` is closed (a crashed run stays crashed). */
    finishRun(id: number, outcome: Exclude<RunOutcome, 'running'>, options: { end?: Date; error?: string | null } = {}): RunRecord | undefined {
      finish.run((options.end ?? new Date()).toISOString(), outcome, options.error ?? null, id);
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    addCounts(id: number, counts: Partial<RunCounts>): void {
      count.run({ ...zero, ...counts, id });
    },
    /** One article's result: the per-article row and the run's counters in one transaction. */
    recordArticle(record: Omit<ArticleRecord, 'at'> & { at?: Date }): void {
      db.transaction(() => {
        insertArticle.run(record.runId, record.item, record.path, record.digest, record.outcome, JSON.stringify(record.languages), record.error, (record.at ?? new Date()).toISOString());
        count.run({ ...zero, articles: 1, [record.outcome]: 1, id: record.runId });
      })();
    },
    getRun(id: number): RunRecord | undefined {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    runArticles(id: number): ArticleRecord[] {
      return articlesOf.all(id).map((row) => ({
        runId: row.run_id,
        item: row.item,
        path: row.path,
        digest: row.digest,
        outcome: row.outcome,
        languages: JSON.parse(row.languages) as Record<string, string>,
        error: row.error,
        at: row.at,
      }));
    },
    /** Newest first. */
    listRuns(options: { job?: string; limit?: number } = {}): RunRecord[] {
      const limit = options.limit ?? -1;
      return (options.job === undefined ? listAll.all(limit) : listJob.all(options.job, limit)).map(toRecord);
    },
    lastRun(job: string): RunRecord | undefined {
      const row = last.get(job);
      return row ? toRecord(row) : undefined;
    },
    openRuns(): RunRecord[] {
      return open.all().map(toRecord);
    },
  };
}

export type RunsApi = ReturnType<typeof runsApi>;
