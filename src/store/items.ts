// Content digests per source item: what was last ingested from each item of a job's sources
// and what became of it. An item whose digest is unchanged is not processed again, unless
// its last attempt failed for a reason worth retrying (a service, not the content).

import type { Db } from './db.js';
import type { ArticleOutcome } from './runs.js';

export interface ItemRecord {
  job: string;
  /** Stable key of the item in its source: a file path, a feed item's id, a URL. */
  item: string;
  /** The source as written in jobs.yaml (`folder:content/inbox`, `feed:https://…`). */
  source: string;
  /** Where the article lives on disk (relative to the project root). */
  path: string;
  digest: string;
  outcome: ArticleOutcome;
  /** The last attempt failed on a service: the item is tried again, unchanged, once `nextAttempt` is due. */
  retry: boolean;
  /** Attempts in a row that ended waiting for a service (0 when the last one did not). */
  attempts: number;
  /** When a waiting item is tried again (ISO time); null: at the next run. */
  nextAttempt: string | null;
  /** What it waits for (`waiting for engine deepl (fr: …)`). */
  waiting: string | null;
  updatedAt: string;
}

interface ItemRow {
  job: string;
  item: string;
  source: string;
  path: string;
  digest: string;
  outcome: ArticleOutcome;
  retry: number;
  attempts: number;
  next_attempt: string | null;
  waiting: string | null;
  updated_at: string;
}

export function itemsApi(db: Db) {
  const get = db.prepare<[string, string], ItemRow>('SELECT * FROM items WHERE job = ? AND item = ?');
  const byPath = db.prepare<[string, string], ItemRow>('SELECT * FROM items WHERE job = ? AND path = ?');
  const upsert = db.prepare<[string, string, string, string, string, string, number, number, string | null, string | null, string]>(
    `INSERT INTO items (job, item, source, path, digest, outcome, retry, attempts, next_attempt, waiting, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (job, item) DO UPDATE SET source = excluded.source, path = excluded.path, digest = excluded.digest,
       outcome = excluded.outcome, retry = excluded.retry, attempts = excluded.attempts, next_attempt = excluded.next_attempt,
       waiting = excluded.waiting, updated_at = excluded.updated_at`,
  );
  const waitingOf = db.prepare<[string], ItemRow>('SELECT * FROM items WHERE job = ? AND retry = 1 ORDER BY next_attempt');
  const toRecord = (row: ItemRow): ItemRecord => ({
    job: row.job,
    item: row.item,
    source: row.source,
    path: row.path,
    digest: row.digest,
    outcome: row.outcome,
    retry: row.retry === 1,
    attempts: row.attempts,
    nextAttempt: row.next_attempt,
    waiting: row.waiting,
    updatedAt: row.updated_at,
  });
  return {
    getItem(job: string, item: string): ItemRecord | undefined {
      const row = get.get(job, item);
      return row ? toRecord(row) : undefined;
    },
    /** The item that already owns an article path (so two feed items never share a folder). */
    itemAtPath(job: string, path: string): ItemRecord | undefined {
      const row = byPath.get(job, path);
      return row ? toRecord(row) : undefined;
    },
    putItem(record: Omit<ItemRecord, 'updatedAt' | 'attempts' | 'nextAttempt' | 'waiting'> & Partial<Pick<ItemRecord, 'attempts' | 'nextAttempt' | 'waiting'>> & { updatedAt?: Date }): void {
      upsert.run(
        record.job,
        record.item,
        record.source,
        record.path,
        record.digest,
        record.outcome,
        record.retry ? 1 : 0,
        record.attempts ?? 0,
        record.nextAttempt ?? null,
        record.waiting ?? null,
        (record.updatedAt ?? new Date()).toISOString(),
      );
    },
    /** Items of a job waiting for a service, the next due first. */
    waitingItems(job: string): ItemRecord[] {
      return waitingOf.all(job).map(toRecord);
    },
  };
}

export type ItemsApi = ReturnType<typeof itemsApi>;
