// `newsdesk jobs list|run|history`: the jobs of pipeline/jobs.yaml, one run on demand, and
// the record of past runs from the state database.

import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail, shownValue } from '../../errors/index.js';
import { DEFAULT_JOBS_FILE, findJob, formatInZone, jobStatus, loadJobs, loadProcessor, runJob, type LogEvent } from '../../schedule/index.js';
import { openProjectStore, openStore, stateFile } from '../../store/index.js';
import type { CliIO, Command } from '../io.js';

const USAGE = `Usage: newsdesk jobs list [--jobs FILE] [--json]
       newsdesk jobs run <name> [--jobs FILE] [--processor MODULE] [--json]
       newsdesk jobs history [--job NAME] [--limit N] [--json]

  list      the jobs of the jobs file (default ${DEFAULT_JOBS_FILE}) with their next and last run
  run       run one job now, as the daemon would (respects the job's lock); exit 1 when an
            article or a source failed or the run did not complete
  history   past runs, newest first; --json prints an array of
            { "id", "job", "trigger", "start", "end", "outcome", "articles", "published",
              "held", "failed", "unchanged", "sourceErrors", "processor", "error" }`;

export const command: Command = {
  name: 'jobs',
  summary: 'list the scheduled jobs, run one now, or show past runs (--json)',
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'list') return list(rest, io);
    if (sub === 'run') return run(rest, io);
    if (sub === 'history') return history(rest, io);
    fail(Errors.Usage, sub ? `jobs: unknown subcommand \`${sub}\` (list, run, history)` : 'jobs: give a subcommand: list, run or history');
  },
};

async function list(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { jobs: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length) fail(Errors.Usage, `jobs list: unexpected argument \`${positionals[0]}\``);
  const jobsFile = values.jobs ?? DEFAULT_JOBS_FILE;
  const config = loadConfig(io.cwd);
  const jobs = loadJobs(jobsFile, config, io.cwd);
  const status = jobStatus(jobsFile, { cwd: io.cwd, config });
  const rows = jobs.map((job, index) => ({
    ...(status[index] as (typeof status)[number]),
    sources: job.sources.map((source) => (source.kind === 'folder' ? { folder: source.path } : { [source.kind]: source.url })),
    languages: job.languages ?? null,
    publish: job.publish,
    onValidationError: job.onValidationError,
    catchUp: job.catchUp,
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  for (const row of rows) {
    const last = row.lastRun ? `last ${row.lastRun.start} ${row.lastRun.outcome} (${row.lastRun.articles} articles)` : 'never run';
    io.stdout(`${row.job}  "${row.schedule}" ${row.timezone}  next ${row.nextRun ? formatInZone(row.nextRun, row.timezone) : 'never'}  ${last}  ${row.sources.length} source(s) → ${row.publish}\n`);
    for (const item of row.waiting) io.stdout(`  ${item.path}: ${item.reason}; attempt ${item.attempts}, next try ${item.nextAttempt ?? 'at the next run'}\n`);
  }
  return 0;
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { jobs: { type: 'string' }, processor: { type: 'string' }, json: { type: 'boolean' } }
  );
  const name = positionals[0];
  if (!name) fail(Errors.Usage, 'jobs run: give the name of a job');
  if (positionals.length > 1) fail(Errors.Usage, `jobs run: unexpected argument \`${positionals[1]}\``);
  const jobsFile = values.jobs ?? DEFAULT_JOBS_FILE;
  const config = loadConfig(io.cwd);
  const job = findJob(loadJobs(jobsFile, config, io.cwd), name, jobsFile);
  const processor = await loadProcessor(config, { ...(values.processor ? { module: values.processor } : {}), cwd: io.cwd });
  if (processor.note) io.stderr(`newsdesk jobs run: warning: ${processor.note}; articles are only read and checked\n`);
  const store = openStore(stateFile(config));
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const lines = (event: LogEvent) => {
    if (values.json) return;
    if (event.event === 'article') io.stdout(`${shownValue(event.path || event.item)}: ${shownValue(event.outcome)}${event.reason ? ` — ${shownValue(event.reason)}` : ''}\n`);
    if (event.event === 'source-error') io.stderr(`newsdesk jobs run: ${shownValue(event.source)}: ${shownValue(event.error)}\n`);
  };
  try {
    const result = await runJob(job, { config, store, processor, log: lines, trigger: 'manual', signal: controller.signal });
    if (result.status !== 'ran') {
      io.stderr(`newsdesk jobs run: ${job.name} not run: ${result.status === 'skipped' ? result.detail : result.error}\n`);
      return 1;
    }
    const summary = result.run;
    if (values.json) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      io.stdout(
        `${summary.job}: run ${summary.id} ${summary.outcome} — ${summary.articles} article(s): ${summary.published} published, ${summary.held} held, ${summary.failed} failed; ${summary.unchanged} unchanged (processor: ${summary.processor})\n`,
      );
    }
    return summary.outcome === 'ok' ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    store.close();
  }
}

async function history(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { jobs: { type: 'string' }, job: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } }
  );
  if (positionals.length) fail(Errors.Usage, `jobs history: unexpected argument \`${positionals[0]}\``);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) fail(Errors.Usage, `jobs history: --limit must be a positive whole number, got \`${values.limit}\``);
  }
  const config = loadConfig(io.cwd);
  const store = openProjectStore(config, { readonly: true });
  const runs = store ? store.listRuns({ ...(values.job !== undefined ? { job: values.job } : {}), ...(limit !== undefined ? { limit } : {}) }) : [];
  store?.close();
  const rows = runs.map((run) => ({
    id: run.id,
    job: run.job,
    trigger: run.trigger,
    scheduledFor: run.scheduledFor,
    start: run.start,
    end: run.end,
    outcome: run.outcome,
    articles: run.articles,
    published: run.published,
    held: run.held,
    failed: run.failed,
    unchanged: run.unchanged,
    sourceErrors: run.sourceErrors,
    waiting: run.waiting,
    processor: run.processor,
    error: run.error,
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (!rows.length) io.stdout('no runs yet\n');
  for (const row of rows) {
    io.stdout(
      `#${row.id}  ${row.job}  ${row.start} → ${row.end ?? '…'}  ${row.outcome}  ${row.articles} article(s)  (${row.published} published, ${row.held} held, ${row.failed} failed, ${row.unchanged} unchanged${row.waiting ? `, ${row.waiting} waiting for a service` : ''})  ${row.trigger}${row.error ? `  ${row.error}` : ''}\n`,
    );
  }
  return 0;
}
