// `newsdesk status [article…] [--lang fr,ja] [--json]`: every article × language, counted by
// key state, and the scheduled jobs with their next run. Reads only; writes nothing.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { listOption, parseCommandArgs } from '../args.js';
import { loadConfig } from '../../config/index.js';
import { Errors, fail, NewsdeskError } from '../../errors/index.js';
import { isLanguageCode, type LanguageCode } from '../../lang/codes.js';
import { formatTable } from '../../pipeline/table.js';
import { DEFAULT_JOBS_FILE, formatInZone, jobStatus, type JobStatus } from '../../schedule/index.js';
import { KEY_STATUSES, translationStatus } from '../../translate/workflow/index.js';
import type { Command } from '../io.js';

const USAGE = `Usage: newsdesk status [article…] [--lang fr,ja] [--jobs FILE] [--json]

For every article under content/ (or the ones given) and each of its target languages, the
number of keys by state:

  machine   translated by an engine or the translation memory, not yet looked at
  edited    written or changed by a translator
  reviewed  marked reviewed (\`newsdesk review --mark-reviewed\`, or final in XLIFF)
  stale     a human value whose source sentence was corrected: shown, to be reviewed
  missing   no translation yet
  broken    figures or tags differ from the source sentence, or the language's locale or
            state file cannot be read (then every key; the file, line and column are shown)

Then, when the jobs file exists (default ${DEFAULT_JOBS_FILE}), each job's schedule and next run.

  --json    {"articles":[{"article","source","keys","languages":{"fr":{"machine","edited",
            "reviewed","stale","missing","broken","retired",
            "brokenFile"?}}}],"failed":[{"article","error"}],
            "jobs":[{"job","schedule","timezone","nextRun","lastRun"}]}

Exit codes: 0, or 2 on usage errors.`;

export const command: Command = {
  name: 'status',
  summary: 'translation state of every article × language (machine, edited, reviewed, stale, missing) and the jobs\' next runs (--json)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, lang: { type: 'string' }, jobs: { type: 'string' } });
    const langs = listOption(values.lang);
    for (const code of langs ?? []) if (!isLanguageCode(code)) fail(Errors.UnknownLanguage, `unknown language \`${code}\` in --lang`);
    const config = loadConfig(io.cwd);
    const report = translationStatus(config, io.cwd, { ...(positionals.length ? { articles: positionals } : {}), ...(langs ? { languages: langs as LanguageCode[] } : {}) });

    const jobsFile = values.jobs ?? DEFAULT_JOBS_FILE;
    let jobs: JobStatus[] = [];
    let jobsError: string | undefined;
    if (existsSync(resolve(io.cwd, jobsFile))) {
      try {
        jobs = jobStatus(jobsFile, { cwd: io.cwd, config });
      } catch (error) {
        if (!(error instanceof NewsdeskError)) throw error;
        jobsError = error.toLine();
      }
    }

    if (values.json) {
      io.stdout(`${JSON.stringify({ ...report, jobs, ...(jobsError ? { jobsError } : {}) }, null, 2)}\n`);
      return 0;
    }
    const rows = report.articles.flatMap((a) =>
      Object.entries(a.languages).map(([lang, c]) => [a.article, `${a.source}→${lang}`, String(a.keys), ...KEY_STATUSES.map((s) => String(c[s]))]),
    );
    if (rows.length > 0) io.stdout(formatTable(['article', 'lang', 'keys', ...KEY_STATUSES], rows));
    else if (report.articles.length === 0) io.stdout('No articles under content/.\n');
    for (const a of report.articles) for (const [lang, c] of Object.entries(a.languages)) if (c.brokenFile) io.stdout(`${a.article} ${lang} held: ${c.brokenFile.line1}\n`);
    for (const f of report.failed) io.stdout(`${f.article}: ${f.error}\n`);
    if (jobs.length > 0) {
      io.stdout('\n');
      io.stdout(formatTable(['job', 'schedule', 'timezone', 'next run', 'last run'], jobs.map((j) => [j.job, j.schedule, j.timezone, j.nextRun ? formatInZone(j.nextRun, j.timezone) : 'never', j.lastRun ? `${j.lastRun.start} ${j.lastRun.outcome}` : '—'])));
      // Articles a job tries again once a service is back, never silently "unchanged".
      for (const j of jobs) for (const w of j.waiting) io.stdout(`${j.job}: ${w.path} ${w.reason}; attempt ${w.attempts}, next try ${w.nextAttempt ?? 'at the next run'}\n`);
    }
    if (jobsError) io.stdout(`\njobs: ${jobsError}\n`);
    return 0;
  },
};
