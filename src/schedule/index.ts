// Scheduling: editors' ingestion jobs (pipeline/jobs.yaml) run on node-cron, with their
// state (runs, digests, locks, fetch cache) in the store. The public entry of the stage.

export type { ArticleProcessor, ArticleResult, ArticleReport, Job, Log, LogEvent, NamedProcessor, OnValidationError, ProcessOptions, RunSummary, Source } from './types.js';
export { DEFAULT_JOBS_FILE, findJob, loadJobs, parseJobs } from './jobs-file.js';
export { catchUpDecision, formatInZone, isTimeZone, nextRun, nextRuns, scheduleProblem } from './cron.js';
export { runJob, type JobRun, type RunDeps } from './run-job.js';
export { startDaemon, type Daemon, type DaemonOptions } from './daemon.js';
export { ingestOnlyProcessor, loadProcessor } from './processor.js';
export { jobStatus, type JobStatus } from './status.js';
