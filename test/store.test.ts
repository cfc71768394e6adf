import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, SCHEMA_VERSION, type Store } from '../src/store/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const opened: Store[] = [];
afterEach(() => {
  while (opened.length) opened.pop()?.close();
});

function fresh(file = join(tmpProject({}, { withConfig: false }), '.newsdesk/state.db')): Store {
  const store = openStore(file);
  opened.push(store);
  return store;
}

/** A PID that is certainly not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('store: the state database', () => {
  it('creates .newsdesk/state.db in WAL mode at the current schema version', () => {
    const store = fresh();
    const db = new Database(store.file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['fetch_cache', 'items', 'job_locks', 'publish_locks', 'publishes', 'run_articles', 'runs']);
    db.close();
  });

  it('eight threads opening one new state database at once all open it (the WAL conversion is retried)', async () => {
    // Two daemons started together used to die with SQLITE_BUSY: SQLite does not call its busy
    // handler for the conversion to WAL. The race is rare (about 1 open in 300 in a loose loop; this test failed 5 runs in 5 before the fix),
    // so this opens many fresh files with the threads released together.
    const store = join(REPO, 'dist/store/index.js');
    expect(existsSync(store), 'npm test builds dist/ first').toBe(true);
    const source = `
      const { workerData, parentPort } = require('node:worker_threads');
      import(workerData.store).then(({ openStore }) => {
        // The last thread to arrive releases the others (waiting, not spinning: a busy machine
        // must not starve the thread that has yet to arrive).
        const gate = new Int32Array(workerData.gate);
        if (Atomics.add(gate, 0, 1) + 1 === workerData.threads) { Atomics.store(gate, 1, 1); Atomics.notify(gate, 1); }
        else Atomics.wait(gate, 1, 0);
        try { openStore(workerData.file).close(); parentPort.postMessage('ok'); }
        catch (error) { parentPort.postMessage(String(error.message)); }
      });`;
    const failures: string[] = [];
    for (let round = 0; round < 4; round++) {
      const file = join(tmpProject({}, { withConfig: false }), '.newsdesk/state.db');
      const gate = new SharedArrayBuffer(8);
      const answers = await Promise.all(
        Array.from({ length: 8 }, () => new Promise<string>((resolve) => {
          const worker = new Worker(source, { eval: true, workerData: { store: pathToFileURL(store).href, file, gate, threads: 8 } });
          worker.once('message', (answer: string) => resolve(answer));
          worker.once('error', (error) => resolve(error.message));
        })),
      );
      failures.push(...answers.filter((answer) => answer !== 'ok'));
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.close();
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('refuses a database written by a newer newsdesk', () => {
    const store = fresh();
    const file = store.file;
    store.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(file)).toThrow(`schema version ${SCHEMA_VERSION + 1}, newer than this newsdesk (${SCHEMA_VERSION})`);
  });

  it('keeps runs and per-article records across reopening, with counters', () => {
    const store = fresh();
    const run = store.startRun({ job: 'inbox', trigger: 'schedule', scheduledFor: new Date('2024-08-02T06:00:00Z'), start: new Date('2024-08-02T06:00:01Z'), processor: 'test' });
    expect(run).toMatchObject({ job: 'inbox', outcome: 'running', articles: 0, scheduledFor: '2024-08-02T06:00:00.000Z', pid: process.pid });
    store.recordArticle({ runId: run.id, item: 'folder:content/inbox/a.md', path: 'content/inbox/a.md', digest: 'd1', outcome: 'published', languages: { en: 'published' }, error: null });
    store.recordArticle({ runId: run.id, item: 'folder:content/inbox/b.md', path: 'content/inbox/b.md', digest: 'd2', outcome: 'held', languages: { en: 'held' }, error: 'a figure changed' });
    store.addCounts(run.id, { unchanged: 3 });
    store.finishRun(run.id, 'ok', { end: new Date('2024-08-02T06:00:05Z') });
    const file = store.file;
    store.close();

    const again = fresh(file);
    const [last] = again.listRuns({ job: 'inbox' });
    expect(last).toMatchObject({ id: run.id, start: '2024-08-02T06:00:01.000Z', end: '2024-08-02T06:00:05.000Z', outcome: 'ok', articles: 2, published: 1, held: 1, failed: 0, unchanged: 3 });
    expect(again.runArticles(run.id).map((a) => [a.path, a.outcome, a.error])).toEqual([
      ['content/inbox/a.md', 'published', null],
      ['content/inbox/b.md', 'held', 'a figure changed'],
    ]);
    // A closed run stays closed.
    again.finishRun(run.id, 'failed');
    expect(again.getRun(run.id)?.outcome).toBe('ok');
  });

  it('lists runs newest first, per job, with a limit', () => {
    const store = fresh();
    for (const job of ['a', 'b', 'a', 'a']) store.finishRun(store.startRun({ job, trigger: 'manual' }).id, 'ok');
    expect(store.listRuns().map((r) => r.id)).toEqual([4, 3, 2, 1]);
    expect(store.listRuns({ job: 'a', limit: 2 }).map((r) => r.id)).toEqual([4, 3]);
    expect(store.lastRun('b')?.id).toBe(2);
    expect(store.lastRun('c')).toBeUndefined();
  });

  it('stores one digest per job and item, replaced on change', () => {
    const store = fresh();
    store.putItem({ job: 'inbox', item: 'folder:a.md', source: 'folder:content/inbox', path: 'content/inbox/a.md', digest: 'x', outcome: 'held', retry: false });
    store.putItem({ job: 'inbox', item: 'folder:a.md', source: 'folder:content/inbox', path: 'content/inbox/a.md', digest: 'y', outcome: 'failed', retry: true });
    expect(store.getItem('inbox', 'folder:a.md')).toMatchObject({ digest: 'y', outcome: 'failed', retry: true });
    expect(store.getItem('other', 'folder:a.md')).toBeUndefined();
    expect(store.itemAtPath('inbox', 'content/inbox/a.md')?.item).toBe('folder:a.md');
  });

  it('records publishes and answers the last one per target, article and language', () => {
    const store = fresh();
    store.recordPublish({ target: 'static', article: 'ki-stadt', lang: 'en', remoteId: 'site/en/ki-stadt', digest: 'd1', at: new Date('2024-08-02T10:00:00Z') });
    store.recordPublish({ target: 'static', article: 'ki-stadt', lang: 'en', remoteId: 'site/en/ki-stadt', digest: 'd2', at: new Date('2024-08-03T10:00:00Z') });
    store.recordPublish({ target: 'cms', article: 'ki-stadt', lang: 'en', remoteId: '42', digest: 'd1', at: new Date('2024-08-04T10:00:00Z') });
    expect(store.lastPublish('static', 'ki-stadt', 'en')).toEqual({ target: 'static', article: 'ki-stadt', lang: 'en', remoteId: 'site/en/ki-stadt', digest: 'd2', at: '2024-08-03T10:00:00.000Z', state: 'published' });
    expect(store.lastPublish('cms', 'ki-stadt', 'en')?.remoteId).toBe('42');
    expect(store.lastPublish('static', 'ki-stadt', 'fr')).toBeUndefined();
  });

  it('keeps fetch validators per URL', () => {
    const store = fresh();
    store.putFetchCache({ url: 'http://x/feed', etag: '"v1"', lastModified: 'Fri, 02 Aug 2024 10:00:00 GMT', digest: 'abc' });
    store.putFetchCache({ url: 'http://x/feed', etag: '"v2"', lastModified: null });
    expect(store.getFetchCache('http://x/feed')).toMatchObject({ etag: '"v2"', lastModified: null, digest: null });
  });
});

describe('store: job locks', () => {
  it('lets one owner at a time hold a job, and runs a cron slot once', () => {
    const store = fresh();
    const slot = new Date('2024-08-02T06:00:00Z');
    const first = store.acquireJobLock('inbox', { slot });
    expect(first.ok).toBe(true);
    const second = store.acquireJobLock('inbox', { slot });
    expect(second).toMatchObject({ ok: false, reason: 'locked', holder: { pid: process.pid } });
    if (!first.ok) throw new Error('unreachable');
    store.releaseJobLock('inbox', first.token);
    // Released, but that slot was run: a second daemon firing it late does not run it again.
    expect(store.acquireJobLock('inbox', { slot })).toMatchObject({ ok: false, reason: 'already-run' });
    const next = store.acquireJobLock('inbox', { slot: new Date('2024-08-02T06:15:00Z') });
    expect(next.ok).toBe(true);
    // Other jobs are independent.
    expect(store.acquireJobLock('feeds').ok).toBe(true);
  });

  it('takes over the lock of a dead process and marks its run crashed', () => {
    const store = fresh();
    const pid = deadPid();
    const run = store.startRun({ job: 'inbox', trigger: 'schedule' });
    const db = new Database(store.file);
    db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(pid, run.id);
    db.prepare("INSERT INTO job_locks (job, owner, pid, host, run_id, acquired_at, heartbeat_at) VALUES ('inbox', 'gone', ?, ?, ?, ?, ?)").run(
      pid, run.host, run.id, new Date().toISOString(), new Date().toISOString(),
    );
    db.close();
    const lock = store.acquireJobLock('inbox');
    expect(lock).toMatchObject({ ok: true, tookOver: { pid, runId: run.id } });
    expect(store.getRun(run.id)).toMatchObject({ outcome: 'crashed' });
    expect(store.getRun(run.id)?.error).toMatch(/stopped during the run/);
  });

  it('frees a lock whose heartbeat is stale, and reaps runs of dead processes', () => {
    const store = fresh();
    const held = store.acquireJobLock('inbox', { now: new Date('2024-08-02T06:00:00Z') });
    expect(held.ok).toBe(true);
    // The holder (this process) is alive, but silent for longer than staleMs.
    expect(store.acquireJobLock('inbox', { now: new Date('2024-08-02T06:00:30Z'), staleMs: 60_000 }).ok).toBe(false);
    expect(store.acquireJobLock('inbox', { now: new Date('2024-08-02T06:01:01Z'), staleMs: 60_000 }).ok).toBe(true);
    if (held.ok) expect(store.heartbeat('inbox', held.token)).toBe(false);

    const orphan = store.startRun({ job: 'feeds', trigger: 'schedule' });
    const live = store.startRun({ job: 'other', trigger: 'schedule' });
    const db = new Database(store.file);
    db.prepare('UPDATE runs SET pid = ? WHERE id = ?').run(deadPid(), orphan.id);
    db.close();
    expect(store.reapCrashedRuns()).toEqual([orphan.id]);
    expect(store.getRun(live.id)?.outcome).toBe('running');
  });
});
