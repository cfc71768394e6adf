// `jobStatus(jobsFile)`: what `newsdesk status` shows of the scheduler — each job with its
// schedule, next run (from its cron expression in its time zone), last run and the articles
// waiting for a service (an engine down) with their next attempt. Reads the
// state database without creating it.

import { resolve } from 'node:path';
import { loadConfig, type PipelineConfig } from '../config/index.js';
import { openProjectStore } from '../store/index.js';
import { nextRun } from './cron.js';
import { DEFAULT_JOBS_FILE, loadJobs } from './jobs-file.js';

export interface JobStatus {
  job: string;
  schedule: string;
  timezone: string;
  /** ISO time of the next scheduled run, or null when the schedule never fires again. */
  nextRun: string | null;
  lastRun: { id: number; start: string; end: string | null; outcome: string; articles: number } | null;
  /** Articles waiting for a service (an engine down): what they wait for and when they are tried again. */
  waiting: Array<{ path: string; reason: string; attempts: number; nextAttempt: string | null }>;
}

export function jobStatus(
  jobsFile: string = DEFAULT_JOBS_FILE,
  options: { cwd?: string; config?: PipelineConfig; now?: Date } = {},
): JobStatus[] {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig(cwd);
  const jobs = loadJobs(resolve(cwd, jobsFile), config, cwd);
  const now = options.now ?? new Date();
  const store = openProjectStore(config, { readonly: true });
  try {
    return jobs.map((job) => {
      const last = store?.lastRun(job.name);
      return {
        job: job.name,
        schedule: job.schedule,
        timezone: job.timezone,
        nextRun: nextRun(job.schedule, job.timezone, now)?.toISOString() ?? null,
        lastRun: last ? { id: last.id, start: last.start, end: last.end, outcome: last.outcome, articles: last.articles } : null,
        waiting: (store?.waitingItems(job.name) ?? []).map((item) => ({ path: item.path, reason: item.waiting ?? 'waiting to try again', attempts: item.attempts, nextAttempt: item.nextAttempt })),
      };
    });
  } finally {
    store?.close();
  }
}
