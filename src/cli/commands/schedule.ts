// `newsdesk schedule`: the scheduling daemon. Runs the jobs of pipeline/jobs.yaml on
// node-cron until SIGTERM or SIGINT, then lets the article in progress finish and exits 0.
// Writes one JSON line per job run and per article on stdout.

import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail, NewsdeskError } from '../../errors/index.js';
import { DEFAULT_JOBS_FILE, findJob, loadJobs, loadProcessor, startDaemon, type LogEvent } from '../../schedule/index.js';
import { openStore, stateFile } from '../../store/index.js';
import type { Command } from '../io.js';

export const command: Command = {
  name: 'schedule',
  summary: 'run the jobs of pipeline/jobs.yaml on their schedules (a daemon)',
  usage: `Usage: newsdesk schedule [--jobs FILE] [--job NAME] [--processor MODULE]

Runs every job of the jobs file (default ${DEFAULT_JOBS_FILE}) on its cron schedule until it
receives SIGTERM or SIGINT; then the article in progress is finished, the run is recorded
as interrupted, and the daemon exits 0 (a second signal exits at once with 130).

  --jobs FILE         the jobs file
  --job NAME          run only this job (repeatable)
  --processor MODULE  hand articles to the \`processArticle\` exported by MODULE instead of
                      the pipeline (default: the pipeline, or ingest-only when it is not built)

Runs of one job never overlap, in one daemon or between daemons on one machine (a lock in
.newsdesk/state.db with the owner's PID and a heartbeat). A job whose scheduled run was
missed while no daemon ran (or whose last run did not finish) runs once at start, unless it
sets \`catchUp: false\`. The jobs file is watched: a change (a new, edited, paused or removed
job, e.g. from the desk) is taken without a restart; an invalid file is logged and the jobs
stay as they were. Output: one JSON line per event on stdout (\`event\`: daemon-start,
run-start, article, run, run-skipped, catch-up, source-error, jobs-reload, jobs-invalid,
daemon-stop).`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { jobs: { type: 'string' }, job: { type: 'string', multiple: true }, processor: { type: 'string' } }
    );
    if (positionals.length) fail(Errors.Usage, `schedule: unexpected argument \`${positionals[0]}\``);
    const config = loadConfig(io.cwd);
    const jobsFile = values.jobs ?? DEFAULT_JOBS_FILE;
    let jobs = loadJobs(jobsFile, config, io.cwd);
    if (values.job?.length) jobs = values.job.map((name) => findJob(jobs, name, jobsFile));
    if (jobs.length === 0) fail(Errors.InvalidConfig, 'no jobs to schedule', { file: jobsFile });
    const processor = await loadProcessor(config, { ...(values.processor ? { module: values.processor } : {}), cwd: io.cwd });
    const store = openStore(stateFile(config));
    const log = (event: LogEvent) => io.stdout(`${JSON.stringify({ time: new Date().toISOString(), ...event })}\n`);

    let markStopped: () => void = () => undefined;
    const stopped = new Promise<void>((done) => (markStopped = done));
    return new Promise<number>((resolve) => {
      let signalled = false;
      // Handlers first: a signal during start-up must still mean "stop gracefully".
      const onSignal = (signal: NodeJS.Signals) => {
        if (signalled) {
          log({ event: 'daemon-abort', signal });
          process.exit(130);
        }
        signalled = true;
        log({ event: 'signal', signal });
        void daemon.stop().then(() => {
          markStopped();
          process.off('SIGTERM', onSignal);
          process.off('SIGINT', onSignal);
          store.close();
          resolve(0);
        });
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      const daemon = startDaemon({ config, store, jobs, processor, log });
      // The jobs file is watched (polled: editors and the desk replace it by rename): a valid
      // change is taken without a restart, an invalid one is logged and the jobs stay as they were.
      const path = resolvePath(io.cwd, jobsFile);
      const onChange = (now: Stats, before: Stats) => {
        if (now.mtimeMs === before.mtimeMs && now.size === before.size && now.ino === before.ino) return;
        try {
          let next = loadJobs(jobsFile, config, io.cwd);
          if (values.job?.length) next = next.filter((job) => values.job!.includes(job.name));
          void daemon.reload(next);
        } catch (error) {
          log({ event: 'jobs-invalid', error: error instanceof NewsdeskError ? error.toLine() : String(error) });
        }
      };
      watchFile(path, { interval: 500 }, onChange);
      void stopped.then(() => unwatchFile(path, onChange));
    });
  },
};
