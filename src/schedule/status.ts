// `jobStatus(jobsFile)`: what `newsdesk status` shows of the scheduler — each job with its
// schedule, next run (from its cron expression in its time zone) and last run. Reads the
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
      };
    });
  } finally {
    store?.close();
  }
}
