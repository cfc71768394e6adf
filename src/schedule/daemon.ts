// The scheduling daemon: one node-cron task per job, runs that never overlap (node-cron's
// noOverlap and an in-process guard here; the job lock in the store between processes),
// the missed-run policy applied once at start, and a graceful stop that lets the article in
// progress finish. Every job run and every article is one JSON line through `log`.

import cron, { type ScheduledTask } from 'node-cron';
import type { PipelineConfig } from '../config/index.js';
import type { Store } from '../store/index.js';
import { catchUpDecision, nextRun } from './cron.js';
import { runJob, type JobRun } from './run-job.js';
import type { Fetch } from './sources/http.js';
import type { Job, Log, NamedProcessor } from './types.js';

export interface DaemonOptions {
  config: PipelineConfig;
  store: Store;
  jobs: Job[];
  processor: NamedProcessor;
  log: Log;
  fetch?: Fetch;
  now?: () => Date;
  lockStaleMs?: number;
  heartbeatMs?: number;
}

export interface Daemon {
  /** Stop scheduling, let runs in progress finish their current article, then resolve. */
  stop(): Promise<void>;
  /**
   * Take a new list of jobs (the jobs file changed): removed, paused and changed jobs lose
   * their schedule, new and changed ones get one. Runs in progress go on.
   */
  reload(jobs: Job[]): Promise<void>;
  /** Runs started so far by this daemon (scheduled and catch-up), for tests and status. */
  readonly runs: Promise<JobRun>[];
}

export function startDaemon(options: DaemonOptions): Daemon {
  const { store, log } = options;
  let jobs = options.jobs;
  const now = options.now ?? (() => new Date());
  const controller = new AbortController();
  const running = new Map<string, Promise<JobRun>>();
  const runs: Promise<JobRun>[] = [];

  const reaped = store.reapCrashedRuns(now());
  log({
    event: 'daemon-start',
    pid: process.pid,
    processor: options.processor.name,
    ...(options.processor.note ? { processorNote: options.processor.note } : {}),
    ...(reaped.length ? { crashedRuns: reaped } : {}),
    jobs: jobs.map((job) => ({ job: job.name, schedule: job.schedule, timezone: job.timezone, nextRun: job.paused ? null : (nextRun(job.schedule, job.timezone, now())?.toISOString() ?? null), ...(job.paused ? { paused: true } : {}) })),
  });

  const start = (job: Job, trigger: 'schedule' | 'catch-up', slot: Date | null): Promise<JobRun> | undefined => {
    if (controller.signal.aborted) return undefined;
    if (running.has(job.name)) {
      log({ event: 'run-skipped', job: job.name, trigger, reason: 'running', detail: 'the previous run in this daemon has not finished' });
      return undefined;
    }
    const run = runJob(job, {
      config: options.config,
      store,
      processor: options.processor,
      log,
      signal: controller.signal,
      trigger,
      slot,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.lockStaleMs !== undefined ? { lockStaleMs: options.lockStaleMs } : {}),
      ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
    })
      .catch((error: unknown): JobRun => {
        const message = error instanceof Error ? error.message : String(error);
        log({ event: 'run-error', job: job.name, trigger, error: message });
        return { status: 'error', job: job.name, error: message };
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
    runs.push(run);
    return run;
  };

  const cronLogger = (level: string) => (message: string | Error) => log({ event: 'cron', level, message: message instanceof Error ? message.message : message });
  const tasks = new Map<string, { task: ScheduledTask; signature: string }>();
  // What a task depends on: a job whose other keys changed keeps its task (runJob reads the job anew).
  const signature = (job: Job) => JSON.stringify([job.schedule, job.timezone]);
  const current = new Map<string, Job>();
  const schedule = (job: Job) =>
    cron.schedule(job.schedule, (context) => start(current.get(job.name) ?? job, 'schedule', context.date), {
      name: `newsdesk:${job.name}`,
      timezone: job.timezone,
      noOverlap: true,
      logger: { info: cronLogger('info'), warn: cronLogger('warn'), error: cronLogger('error'), debug: () => undefined },
    });
  for (const job of jobs) {
    current.set(job.name, job);
    if (!job.paused) tasks.set(job.name, { task: schedule(job), signature: signature(job) });
  }

  for (const job of jobs) {
    if (job.paused) continue;
    const decision = catchUpDecision(job, store.lastRun(job.name), now());
    if (!decision) continue;
    log({ event: 'catch-up', job: job.name, reason: decision.reason, ...(decision.reason === 'missed' ? { slot: decision.slot.toISOString() } : { run: decision.runId }) });
    // The run's own errors are logged and turned into a result by start().
    void start(job, 'catch-up', decision.reason === 'missed' ? decision.slot : null);
  }

  let stopping: Promise<void> | undefined;
  return {
    runs,
    async reload(next) {
      if (controller.signal.aborted) return;
      const names = new Set(next.map((job) => job.name));
      const changes: Array<Record<string, unknown>> = [];
      for (const [name, entry] of tasks) {
        const job = next.find((j) => j.name === name);
        if (job && !job.paused && signature(job) === entry.signature) continue;
        await entry.task.destroy();
        tasks.delete(name);
        changes.push({ job: name, change: !names.has(name) ? 'removed' : job?.paused ? 'paused' : 'rescheduled' });
      }
      current.clear();
      for (const job of next) {
        current.set(job.name, job);
        if (job.paused || tasks.has(job.name)) continue;
        tasks.set(job.name, { task: schedule(job), signature: signature(job) });
        if (!changes.some((c) => c.job === job.name)) changes.push({ job: job.name, change: jobs.some((j) => j.name === job.name) ? 'resumed' : 'added' });
      }
      jobs = next;
      log({ event: 'jobs-reload', changes, jobs: next.map((job) => ({ job: job.name, nextRun: job.paused ? null : (nextRun(job.schedule, job.timezone, now())?.toISOString() ?? null), ...(job.paused ? { paused: true } : {}) })) });
    },
    stop() {
      stopping ??= (async () => {
        controller.abort();
        for (const { task } of tasks.values()) await task.destroy();
        log({ event: 'daemon-stopping', running: [...running.keys()] });
        await Promise.allSettled([...running.values()]);
        log({ event: 'daemon-stop', pid: process.pid });
      })();
      return stopping;
    },
  };
}
