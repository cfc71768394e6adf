// Publish locks: at most one process publishes an article at a time, whatever the target, so
// two `newsdesk publish` (or a `run` and a `publish`) started together never both find no
// document and both create one. The second waits for the first, then reads the records it
// left and sends nothing twice. A lock is free when its row is gone, when its owner's process
// is dead (same host: a kill -9 frees it at once) or when its heartbeat is older than
// `staleMs` (another host sharing the file, or a reused PID).

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Errors, fail } from '../errors/index.js';
import type { Db } from './db.js';
import { processAlive } from './locks.js';

interface PublishLockRow {
  article: string;
  owner: string;
  pid: number;
  host: string;
  acquired_at: string;
  heartbeat_at: string;
}

export type PublishLockResult = { ok: true; token: string } | { ok: false; holder: { pid: number; host: string; since: string } };

export function publishLocksApi(db: Db) {
  const get = db.prepare<[string], PublishLockRow>('SELECT * FROM publish_locks WHERE article = ?');
  const put = db.prepare<[string, string, number, string, string, string]>(
    `INSERT INTO publish_locks (article, owner, pid, host, acquired_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (article) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, host = excluded.host,
       acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`,
  );
  const beat = db.prepare<[string, string, string]>('UPDATE publish_locks SET heartbeat_at = ? WHERE article = ? AND owner = ?');
  const release = db.prepare<[string, string]>('DELETE FROM publish_locks WHERE article = ? AND owner = ?');

  const take = db.transaction((article: string, staleMs: number, now: Date): PublishLockResult => {
    const row = get.get(article);
    if (row) {
      const alive = processAlive(row.pid, row.host);
      const fresh = now.getTime() - Date.parse(row.heartbeat_at) <= staleMs;
      if (alive !== false && fresh) return { ok: false, holder: { pid: row.pid, host: row.host, since: row.acquired_at } };
    }
    const token = `${hostname()}:${process.pid}:${randomUUID()}`;
    put.run(article, token, process.pid, hostname(), now.toISOString(), now.toISOString());
    return { ok: true, token };
  });

  return {
    /** Take the article's publish lock if it is free (an IMMEDIATE transaction: two processes never both win). */
    tryPublishLock(article: string, options: { staleMs?: number; now?: Date } = {}): PublishLockResult {
      return take.immediate(article, options.staleMs ?? 60_000, options.now ?? new Date());
    },
    /** Refresh the heartbeat; false when the lock was lost (taken over as stale). */
    refreshPublishLock(article: string, token: string, now: Date = new Date()): boolean {
      return beat.run(now.toISOString(), article, token).changes === 1;
    },
    releasePublishLock(article: string, token: string): void {
      release.run(article, token);
    },
  };
}

export type PublishLocksApi = ReturnType<typeof publishLocksApi>;

export interface PublishLockOptions {
  /** How long to wait for another process's publish of the article (default 10 minutes). */
  waitMs?: number;
  /** Pause between two looks at a held lock (default 200 ms). */
  pollMs?: number;
  /** A lock whose heartbeat is older than this is free (default 60 s). */
  staleMs?: number;
  /** Told once when the lock is held by another process. */
  onWait?: (holder: { pid: number; host: string; since: string }) => void;
}

/** Run `fn` holding the article's publish lock, waiting for another process to finish first. */
export async function withPublishLock<T>(store: PublishLocksApi, article: string, fn: () => Promise<T>, options: PublishLockOptions = {}): Promise<T> {
  const waitMs = options.waitMs ?? 600_000;
  const pollMs = options.pollMs ?? 200;
  const staleMs = options.staleMs ?? 60_000;
  const started = Date.now();
  let told = false;
  let token: string;
  for (;;) {
    const result = store.tryPublishLock(article, { staleMs });
    if (result.ok) {
      token = result.token;
      break;
    }
    if (!told) options.onWait?.(result.holder);
    told = true;
    if (Date.now() - started > waitMs) {
      fail(Errors.StateStore, `${article}: another newsdesk (pid ${result.holder.pid} on ${result.holder.host}, since ${result.holder.since}) is still publishing it after ${Math.round(waitMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  // The heartbeat keeps a long publish (a slow CMS, many retries) from looking stale.
  const heartbeat = setInterval(() => store.refreshPublishLock(article, token), Math.max(1000, Math.floor(staleMs / 3)));
  heartbeat.unref();
  try {
    return await fn();
  } finally {
    clearInterval(heartbeat);
    store.releasePublishLock(article, token);
  }
}
