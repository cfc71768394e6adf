// Jobs: each with its next run in its own time zone, its history, "run now" with live
// progress (server-sent events), and the form that creates, edits, pauses and removes a job
// in pipeline/jobs.yaml (comments kept, checked as the scheduler checks it).

import type { Context } from 'hono';
import { Hono } from 'hono';
import { NewsdeskError } from '../../errors/index.js';
import { nextRun, type Job } from '../../schedule/index.js';
import type { DeskContext, DeskEnv } from '../context.js';
import { describeSchedule, formatInZone, formOf, type JobForm } from '../jobs.js';
import { isEditor } from '../users.js';
import { Csrf, Layout } from '../views/layout.js';

const EMPTY: JobForm = { name: '', schedule: '*/15 6-22 * * *', timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, sources: 'folder: content/inbox', languages: '', engine: '', publish: '', onValidationError: 'hold', catchUp: true, paused: false };

export function ScheduleReading(props: { schedule: string; timezone: string }) {
  const { reading, problem, next } = describeSchedule(props.schedule, props.timezone);
  return (
    <div data-schedule-reading>
      {problem ? <div class="banner err">{problem}</div> : null}
      {reading ? <p>{reading} ({props.timezone})</p> : null}
      {next.length > 0 ? (
        <ol data-next-runs>
          {next.map((n) => (
            <li>{n}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

function formFrom(body: Record<string, unknown>): JobForm {
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : '');
  return {
    name: text('name'),
    schedule: text('schedule'),
    timezone: text('timezone'),
    sources: text('sources'),
    languages: text('languages'),
    engine: text('engine'),
    publish: text('publish'),
    onValidationError: text('onValidationError') || 'hold',
    catchUp: body.catchUp === 'on' || body.catchUp === 'true',
    paused: body.paused === 'on' || body.paused === 'true',
  };
}

export function jobRoutes(desk: DeskContext) {
  const app = new Hono<DeskEnv>();
  const { jobs, project } = desk;
  const editorOnly = (c: Context<DeskEnv>) => (isEditor(c.get('user')) ? undefined : c.text('Only editors may change jobs.', 403));

  const list = (c: Context<DeskEnv>, flash?: { kind: string; text: string }, status: 200 | 422 = 200) => {
    const session = c.get('session');
    const editor = isEditor(c.get('user'));
    let all: Job[] = [];
    let error: string | undefined;
    try {
      all = jobs.list();
    } catch (e) {
      if (!(e instanceof NewsdeskError)) throw e;
      error = e.toLine();
    }
    const history = jobs.history(undefined, 15);
    return c.html(
      <Layout title="Jobs" user={c.get('user')} session={session} watch={[jobs.shown]}>
        <h1>Jobs</h1>
        {flash ? <div class={`banner ${flash.kind}`} data-flash>{flash.text}</div> : null}
        {error ? <div class="banner err">{error}</div> : null}
        <table class="grid" data-testid="jobs">
          <thead>
            <tr>
              <th>job</th>
              <th>schedule</th>
              <th>next run (job's time zone)</th>
              <th>last run</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {all.map((job) => {
              const next = job.paused ? null : nextRun(job.schedule, job.timezone, new Date());
              const last = history.find((r) => r.job === job.name);
              return (
                <tr data-job={job.name}>
                  <td>
                    <b>{job.name}</b>
                    {job.paused ? <span class="badge s-stale"> paused</span> : null}
                  </td>
                  <td>
                    <code>{job.schedule}</code>
                    <br />
                    <span class="hint">{describeSchedule(job.schedule, job.timezone, new Date(), 0).reading}</span>
                  </td>
                  <td data-next-run>{next ? formatInZone(next, job.timezone) : job.paused ? 'paused' : 'never'}</td>
                  <td data-job-status={job.name}>{last ? `#${last.id} ${last.outcome} · ${last.start.slice(0, 16).replace('T', ' ')} UTC · ${last.articles} articles` : 'never run'}</td>
                  <td>
                    {editor ? (
                      <div class="actions">
                        <form method="post" action={`/jobs/${job.name}/run`} class="inline">
                          <Csrf session={session} />
                          <button type="submit" class="primary" disabled={jobs.isRunning(job.name)}>
                            Run now
                          </button>
                        </form>
                        <a class="button" href={`/jobs/${job.name}/edit`}>
                          Edit
                        </a>
                        <form method="post" action={`/jobs/${job.name}/pause`} class="inline">
                          <Csrf session={session} />
                          <input type="hidden" name="paused" value={job.paused ? 'false' : 'true'} />
                          <button type="submit">{job.paused ? 'Resume' : 'Pause'}</button>
                        </form>
                        <form method="post" action={`/jobs/${job.name}/remove`} class="inline" onsubmit={`return confirm('Remove job ${job.name}?')`}>
                          <Csrf session={session} />
                          <button type="submit" class="danger">
                            Remove
                          </button>
                        </form>
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {editor ? (
          <p>
            <a class="button" href="/jobs/new">
              New job
            </a>
          </p>
        ) : null}
        <h2>Live progress</h2>
        <div class="log" data-job-log>
          <div data-log-empty>No run in progress. “Run now” (or the daemon’s next run) shows its progress here as it happens.</div>
        </div>
        <h2>History</h2>
        <table class="grid" data-testid="history">
          <thead>
            <tr>
              <th>run</th>
              <th>job</th>
              <th>trigger</th>
              <th>started (UTC)</th>
              <th>outcome</th>
              <th>articles</th>
              <th>published</th>
              <th>held</th>
              <th>failed</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => (
              <tr>
                <td>#{r.id}</td>
                <td>{r.job}</td>
                <td>{r.trigger}</td>
                <td>{r.start.slice(0, 19).replace('T', ' ')}</td>
                <td>{r.outcome}</td>
                <td class="num">{r.articles}</td>
                <td class="num">{r.published}</td>
                <td class="num">{r.held}</td>
                <td class="num">{r.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
      status,
    );
  };

  const formPage = (c: Context<DeskEnv>, form: JobForm, original: string | undefined, error?: string) => {
    const session = c.get('session');
    const engines = Object.keys(project.config.translation.engines ?? {});
    const targets = [...new Set(['static', 'none', ...Object.keys(project.config.publish.targets)])];
    return c.html(
      <Layout title={original ? `Edit ${original}` : 'New job'} user={c.get('user')} session={session}>
        <h1>{original ? `Edit job ${original}` : 'New job'}</h1>
        {error ? <div class="banner err" data-form-error>{error}</div> : null}
        <form method="post" action={original ? `/jobs/${original}` : '/jobs'} class="card" data-job-form>
          <Csrf session={session} />
          <label for="name">Name</label>
          <input type="text" id="name" name="name" value={form.name} required pattern="[a-z0-9][a-z0-9-]*" />
          <label for="schedule">Schedule (cron: minute hour day-of-month month day-of-week)</label>
          <input type="text" id="schedule" name="schedule" value={form.schedule} required hx-post="/jobs/schedule-preview" hx-trigger="input changed delay:200ms" hx-target="#reading" hx-include="[name=timezone]" />
          <label for="timezone">Time zone (IANA)</label>
          <input type="text" id="timezone" name="timezone" value={form.timezone} hx-post="/jobs/schedule-preview" hx-trigger="input changed delay:200ms" hx-target="#reading" hx-include="[name=schedule]" />
          <div id="reading">
            <ScheduleReading schedule={form.schedule} timezone={form.timezone || 'UTC'} />
          </div>
          <label for="sources">Sources (one per line: folder: PATH · feed: URL · page: URL · ninjs: URL)</label>
          <textarea id="sources" name="sources" style="min-height:4rem">
            {form.sources}
          </textarea>
          <label for="languages">Languages (empty: each article's own)</label>
          <input type="text" id="languages" name="languages" value={form.languages} placeholder="en, fr" />
          <label for="engine">Engine</label>
          <select id="engine" name="engine">
            <option value="" selected={form.engine === ''}>
              (the pipeline's: {project.config.translation.engine ?? 'memory'})
            </option>
            {engines.map((e) => (
              <option value={e} selected={form.engine === e}>
                {e}
              </option>
            ))}
          </select>
          <label for="publish">Target</label>
          <select id="publish" name="publish">
            <option value="" selected={form.publish === ''}>
              (the pipeline's: {project.config.publish.target})
            </option>
            {targets.map((t) => (
              <option value={t} selected={form.publish === t}>
                {t}
              </option>
            ))}
          </select>
          <label for="onValidationError">On validation errors</label>
          <select id="onValidationError" name="onValidationError">
            {['hold', 'publish-valid-languages', 'skip'].map((v) => (
              <option value={v} selected={form.onValidationError === v}>
                {v}
              </option>
            ))}
          </select>
          <label>
            <input type="checkbox" name="catchUp" checked={form.catchUp} /> catch up a missed run at daemon start
          </label>
          <label>
            <input type="checkbox" name="paused" checked={form.paused} /> paused
          </label>
          <div class="actions">
            <button type="submit" class="primary">
              Save to {jobs.shown}
            </button>
            <a class="button" href="/jobs">
              Cancel
            </a>
          </div>
        </form>
      </Layout>,
      error ? 422 : 200,
    );
  };

  app.get('/', (c) => list(c));
  app.get('/new', (c) => editorOnly(c) ?? formPage(c, EMPTY, undefined));
  app.get('/:name/edit', (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const job = jobs.list().find((j) => j.name === c.req.param('name'));
    return job ? formPage(c, formOf(job), job.name) : c.notFound();
  });
  app.post('/schedule-preview', async (c) => {
    const body = await c.req.parseBody();
    return c.html(<ScheduleReading schedule={typeof body.schedule === 'string' ? body.schedule : ''} timezone={typeof body.timezone === 'string' && body.timezone ? body.timezone : 'UTC'} />);
  });

  const save = async (c: Context<DeskEnv>, original: string | undefined) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const form = formFrom(await c.req.parseBody());
    try {
      jobs.change({ kind: 'save', ...(original ? { original } : {}), form });
    } catch (error) {
      if (!(error instanceof NewsdeskError)) throw error;
      return formPage(c, form, original, error.toLine());
    }
    return list(c, { kind: 'ok', text: `Saved job ${form.name} to ${jobs.shown}; a running daemon takes it without a restart.` });
  };
  app.post('/', (c) => save(c, undefined));
  app.post('/:name', (c) => save(c, c.req.param('name')));

  app.post('/:name/pause', async (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    const body = await c.req.parseBody();
    const paused = body.paused === 'true';
    try {
      jobs.change({ kind: 'pause', name: c.req.param('name'), paused });
    } catch (error) {
      if (!(error instanceof NewsdeskError)) throw error;
      return list(c, { kind: 'err', text: error.toLine() }, 422);
    }
    return list(c, { kind: 'ok', text: `Job ${c.req.param('name')} ${paused ? 'paused' : 'resumed'}.` });
  });
  app.post('/:name/remove', (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    try {
      jobs.change({ kind: 'remove', name: c.req.param('name') });
    } catch (error) {
      if (!(error instanceof NewsdeskError)) throw error;
      return list(c, { kind: 'err', text: error.toLine() }, 422);
    }
    return list(c, { kind: 'ok', text: `Removed job ${c.req.param('name')}.` });
  });
  app.post('/:name/run', async (c) => {
    const refused = editorOnly(c);
    if (refused) return refused;
    try {
      await jobs.runNow(c.req.param('name'));
    } catch (error) {
      if (!(error instanceof NewsdeskError)) throw error;
      return list(c, { kind: 'err', text: error.toLine() }, 422);
    }
    return list(c, { kind: 'info', text: `Job ${c.req.param('name')} started; its progress shows below as it runs.` });
  });

  return app;
}
