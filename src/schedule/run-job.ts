// Running a job once: take the job's lock, collect the items of each source, skip those
// whose digest is unchanged, write remote items as content folders, hand each new or
// changed article to the injected pipeline function, and record it all as it happens: a
// crash loses at most the article in progress, which the next run takes up again.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { slugOf } from '../ingest/index.js';
import { slugProblem } from '../fs/paths.js';
import type { ItemRecord, RunTrigger, Store } from '../store/index.js';
import { isRetryable } from './processor.js';
import { collect, sourceLabel, type Collected, type CollectedItem } from './sources/index.js';
import type { Fetch } from './sources/http.js';
import { shortHash } from './sources/markdown.js';
import type { ArticleReport, ArticleResult, Job, Log, NamedProcessor, ProcessOptions, RunSummary } from './types.js';
import { writeFileAtomic } from '../fs/atomic.js';

export interface RunDeps {
  config: PipelineConfig;
  store: Store;
  processor: NamedProcessor;
  log?: Log;
  fetch?: Fetch;
  /** When aborted, the article in progress is finished and the run stops (graceful shutdown). */
  signal?: AbortSignal;
  trigger?: RunTrigger;
  /** The cron time being run: a slot runs once even with two daemons. */
  slot?: Date | null;
  /** A lock whose heartbeat is older than this is free (other hosts; PIDs are checked directly). */
  lockStaleMs?: number;
  heartbeatMs?: number;
  /** Backoff for items waiting for a service (default: DEFAULT_BACKOFF). */
  backoff?: Partial<Backoff>;
  /** The clock (tests). */
  now?: () => Date;
  random?: () => number;
}

/**
 * When an item whose attempt failed on a service (an engine down, a disk full) is tried
 * again: after `firstMs`, doubling with every attempt that waits again, at most `maxMs`, with
 * ±20 % jitter so items of one outage do not all come back in the same second.
 */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 60_000, maxMs: 6 * 60 * 60_000 };

export function backoffDelay(attempts: number, backoff: Backoff, random: () => number = Math.random): number {
  const base = Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, Math.min(30, attempts - 1)));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export type JobRun =
  | { status: 'ran'; run: RunSummary }
  | { status: 'skipped'; job: string; reason: 'locked' | 'already-run'; detail: string }
  /** The run could not be recorded at all (the state database failed). */
  | { status: 'error'; job: string; error: string };

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export async function runJob(job: Job, deps: RunDeps): Promise<JobRun> {
  const { store } = deps;
  const log: Log = deps.log ?? (() => undefined);
  const trigger = deps.trigger ?? 'manual';
  const lock = store.acquireJobLock(job.name, { slot: deps.slot ?? null, staleMs: deps.lockStaleMs ?? 60_000 });
  if (!lock.ok) {
    const detail = lock.reason === 'locked' ? `running in process ${lock.holder.pid} on ${lock.holder.host} since ${lock.holder.since}` : `slot ${lock.slot} already run`;
    log({ event: 'run-skipped', job: job.name, trigger, reason: lock.reason, detail });
    return { status: 'skipped', job: job.name, reason: lock.reason, detail };
  }
  if (lock.tookOver) log({ event: 'lock-recovered', job: job.name, pid: lock.tookOver.pid, host: lock.tookOver.host, crashedRun: lock.tookOver.runId });

  try {
    return await runLocked(job, deps, lock.token, log, trigger);
  } finally {
    store.releaseJobLock(job.name, lock.token);
  }
}

async function runLocked(job: Job, deps: RunDeps, token: string, log: Log, trigger: RunTrigger): Promise<JobRun> {
  const { store, config } = deps;
  const record = store.startRun({ job: job.name, trigger, scheduledFor: deps.slot ?? null, processor: deps.processor.name });
  store.attachRun(job.name, token, record.id);
  log({ event: 'run-start', job: job.name, run: record.id, trigger, ...(deps.slot ? { slot: deps.slot.toISOString() } : {}), processor: deps.processor.name });

  let lockLost = false;
  const heartbeat = setInterval(() => {
    try {
      if (!store.heartbeat(job.name, token)) lockLost = true;
    } catch {
      // A busy database: the next beat tries again (the stale limit is many beats long).
    }
  }, deps.heartbeatMs ?? 5_000);
  heartbeat.unref();

  const items: ArticleReport[] = [];
  const errors: string[] = [];
  const counts = { published: 0, held: 0, failed: 0, unchanged: 0, sourceErrors: 0, waiting: 0 };
  let interrupted = false;
  let crashed: unknown;
  const stopping = () => deps.signal?.aborted === true || lockLost;

  try {
    for (const source of job.sources) {
      if (stopping()) {
        interrupted = true;
        break;
      }
      const label = sourceLabel(source);
      let collected: Collected;
      try {
        collected = await collect(job, source, { config, store, ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
      } catch (error) {
        if (stopping()) {
          interrupted = true;
          break;
        }
        const message = error instanceof Error ? error.message : String(error);
        counts.sourceErrors++;
        errors.push(`${label}: ${message}`);
        store.addCounts(record.id, { sourceErrors: 1 });
        log({ event: 'source-error', job: job.name, run: record.id, source: label, error: message });
        continue;
      }
      let unchanged = 0;
      let retryLater = false;
      for (const item of collected.items) {
        if (stopping()) {
          interrupted = true;
          break;
        }
        const report = await handleItem(job, item, record.id, deps, log);
        if (report === 'unchanged') {
          unchanged++;
          continue;
        }
        if ('waiting' in report) {
          // Not tried before its next attempt is due: counted and logged, never silently "unchanged".
          counts.waiting++;
          store.addCounts(record.id, { waiting: 1 });
          log({ event: 'waiting', job: job.name, run: record.id, item: item.key, path: report.waiting.path, reason: report.waiting.waiting, attempts: report.waiting.attempts, nextAttempt: report.waiting.nextAttempt });
          retryLater = true;
          continue;
        }
        if (report.retry) retryLater = true;
        counts[report.outcome]++;
        items.push(report.report);
      }
      counts.unchanged += unchanged;
      if (unchanged) store.addCounts(record.id, { unchanged });
      if (interrupted) break;
      if (!retryLater) collected.commit?.();
    }
  } catch (error) {
    crashed = error;
    errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    clearInterval(heartbeat);
  }

  const outcome = crashed !== undefined || lockLost
    ? 'failed'
    : interrupted
      ? 'interrupted'
      : job.sources.length > 0 && counts.sourceErrors === job.sources.length
        ? 'failed'
        : counts.sourceErrors > 0 || counts.failed > 0
          ? 'partial'
          : 'ok';
  if (lockLost) errors.push('the job lock was taken over (no heartbeat for too long); stopped');
  const closed = store.finishRun(record.id, outcome, { error: errors.length ? errors.join('; ') : null });
  const run: RunSummary = {
    id: record.id,
    job: job.name,
    trigger,
    start: record.start,
    end: closed?.end ?? new Date().toISOString(),
    outcome,
    processor: deps.processor.name,
    articles: counts.published + counts.held + counts.failed,
    ...counts,
    items,
    errors,
  };
  const { items: _items, id, ...line } = run;
  log({ event: 'run', run: id, ...line });
  return { status: 'ran', run };
}

type Handled = 'unchanged' | { waiting: ItemRecord } | { outcome: ArticleResult['outcome']; retry: boolean; report: ArticleReport };

async function handleItem(job: Job, item: CollectedItem, runId: number, deps: RunDeps, log: Log): Promise<Handled> {
  const { store, config } = deps;
  const existing = store.getItem(job.name, item.key);
  let path = '';
  let digest: string;
  if (item.file) {
    path = item.file;
    digest = sha256(readFileSync(resolve(config.root, item.file)));
  } else if (item.remote) {
    digest = sha256(item.remote.markdown);
    path = existing?.path || allocatePath(job, item, digest, store, config.root);
  } else {
    digest = sha256(`${item.key}\n${item.problem ?? ''}`);
  }
  // An article is also run again when its translations or their review state changed (a
  // translator filled in what held it): the stored digest covers those files too.
  const inputs = (): string => (path ? `${digest}+${localeDigest(config, path)}` : digest);
  const now = deps.now?.() ?? new Date();
  // Unchanged: done, unless its last attempt waits for a service; then it is tried again once due.
  const same = existing !== undefined && existing.digest === inputs();
  if (same && !existing.retry) return 'unchanged';
  if (same && existing.retry && existing.nextAttempt !== null && Date.parse(existing.nextAttempt) > now.getTime()) return { waiting: existing };

  let result: ArticleResult;
  let retry = false;
  if (item.problem !== undefined) {
    result = { outcome: 'failed', languages: {}, reason: item.problem };
  } else if (item.remote && editedByHand(config.root, path, digest, existing?.path === path ? existing.digest.split('+')[0] : undefined)) {
    // Human work is never lost: an article an editor changed is not overwritten by the feed.
    result = { outcome: 'held', languages: {}, reason: `${path} was edited by hand; the new version from the source was not written` };
  } else {
    if (item.remote) writeFileAtomic(resolve(config.root, path), item.remote.markdown);
    const options: ProcessOptions = { publish: job.publish, onValidationError: job.onValidationError, job: job.name };
    if (job.languages) options.languages = job.languages;
    if (job.engine !== undefined) options.engine = job.engine;
    try {
      result = await deps.processor.process(resolve(config.root, path), options);
      // Any outcome may wait for a service (published in English, French waiting for the engine).
      retry = result.retry === true;
    } catch (error) {
      // A service (engine, disk, state database) is tried again; the content is shown to the editor.
      retry = isRetryable(error);
      const message = error instanceof Error ? ((error as { toLine?: () => string }).toLine?.() ?? error.message) : String(error);
      result = { outcome: 'failed', languages: {}, reason: retry ? `waiting to try again: ${message}` : message };
    }
  }

  const attempts = retry ? (same && existing.retry ? existing.attempts : 0) + 1 : 0;
  const nextAttempt = retry ? new Date(now.getTime() + backoffDelay(attempts, { ...DEFAULT_BACKOFF, ...deps.backoff }, deps.random)).toISOString() : null;
  const waiting = retry ? (result.reason ?? 'waiting to try again') : null;
  store.transaction(() => {
    // After the run: what the pipeline itself wrote (machine translations) is not a change.
    store.putItem({ job: job.name, item: item.key, source: item.source, path, digest: inputs(), outcome: result.outcome, retry, attempts, nextAttempt, waiting });
    store.recordArticle({ runId, item: item.key, path, digest, outcome: result.outcome, languages: result.languages as Record<string, string>, error: result.reason ?? null });
  });
  const report: ArticleReport = { item: item.key, source: item.source, path, outcome: result.outcome, languages: result.languages };
  if (result.reason !== undefined) report.reason = result.reason;
  log({ event: 'article', job: job.name, run: runId, processor: deps.processor.name, ...report, ...(retry ? { retry, attempts, nextAttempt } : {}) });
  return { outcome: result.outcome, retry, report };
}

/** `<output>/<slug>/index.md`, or `<slug>-<hash>` when another item or a foreign file has it. */
function allocatePath(job: Job, item: CollectedItem, digest: string, store: Store, root: string): string {
  // The slug names a folder: the one slug policy, else the item's digest.
  const given = item.remote?.slug;
  const slug = given !== undefined && slugProblem(given) === undefined ? given : shortHash(item.key);
  const plain = `${job.output}/${slug}/index.md`;
  const owner = store.itemAtPath(job.name, plain);
  if (owner) {
    if (owner.item === item.key) return plain;
  } else {
    // Free, or written by a run that stopped before recording it (the same text).
    const file = resolve(root, plain);
    if (!existsSync(file) || sha256(readFileSync(file)) === digest) return plain;
  }
  return `${job.output}/${slug}-${shortHash(item.key)}/index.md`;
}

/**
 * sha256 over an article's locale files and review state in every language of the pipeline
 * (`locales/<lng>/<slug>.json` and `.state.json`), the slug as ingest reads it.
 */
function localeDigest(config: PipelineConfig, path: string): string {
  const file = resolve(config.root, path);
  let slug = slugOf(file);
  try {
    const head = readFileSync(file, 'utf8').slice(0, 4096);
    const explicit = /^---\r?\n[\s\S]*?^slug:\s*["']?([^"'\s]+)["']?\s*$/m.exec(head)?.[1];
    if (explicit) slug = explicit;
  } catch {
    // An unreadable article fails in the pipeline with its own message.
  }
  const hash = createHash('sha256');
  const locales = projectPath(config, config.paths.locales);
  for (const lng of config.languages) {
    for (const name of [`${slug}.json`, `${slug}.state.json`]) {
      const at = join(locales, lng, name);
      hash.update(`\0${lng}/${name}\0`);
      if (existsSync(at)) hash.update(readFileSync(at));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The file differs both from what was last written there and from what is about to be. */
function editedByHand(root: string, path: string, digest: string, writtenDigest: string | undefined): boolean {
  const file = resolve(root, path);
  if (!existsSync(file)) return false;
  const current = sha256(readFileSync(file));
  return current !== digest && current !== writtenDigest;
}

