// Jobs from the desk: pipeline/jobs.yaml edited in place (a job's node changed, the file's
// comments and other jobs kept as written), every change checked by the scheduler's own
// reader before the file is replaced atomically — a running daemon picks it up (it watches
// the file); a run started by hand, its progress sent to open pages as it happens.

import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import cronstrue from 'cronstrue';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import type { PipelineConfig } from '../config/index.js';
import { Errors, fail, NewsdeskError, shownValue } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { isLanguageCode } from '../lang/codes.js';
import { DEFAULT_JOBS_FILE, findJob, loadJobs, loadProcessor, nextRuns, parseJobs, runJob, scheduleProblem, type Job, type LogEvent } from '../schedule/index.js';
import { openStore, stateFile, type RunRecord } from '../store/index.js';
import type { DeskEvents, JobEvent } from './events.js';

/** A job as the form edits it (strings as typed). */
export interface JobForm {
  name: string;
  schedule: string;
  timezone: string;
  /** One source per line: `folder: content/inbox`, `feed: https://…`, `page: …`, `ninjs: …`. */
  sources: string;
  /** Comma- or space-separated language codes; empty: the article's own. */
  languages: string;
  engine: string;
  publish: string;
  onValidationError: string;
  catchUp: boolean;
  paused: boolean;
}

export function formOf(job: Job): JobForm {
  return {
    name: job.name,
    schedule: job.schedule,
    timezone: job.timezone,
    sources: job.sources.map((s) => (s.kind === 'folder' ? `folder: ${s.path}` : `${s.kind}: ${s.url}${s.lang ? ` lang=${s.lang}` : ''}`)).join('\n'),
    languages: (job.languages ?? []).join(', '),
    engine: job.engine ?? '',
    publish: job.publish,
    onValidationError: job.onValidationError,
    catchUp: job.catchUp,
    paused: Boolean(job.paused),
  };
}

/** The schedule read aloud and its next runs in the job's own time zone. */
export function describeSchedule(schedule: string, timezone: string, now = new Date(), count = 5): { reading?: string; problem?: string; next: string[] } {
  const problem = scheduleProblem(schedule);
  if (problem) return { problem, next: [] };
  let reading: string | undefined;
  try {
    reading = cronstrue.toString(schedule, { use24HourTimeFormat: true, verbose: true });
  } catch {
    reading = undefined;
  }
  let next: string[];
  try {
    next = nextRuns(schedule, timezone, now, count).map((date) => formatInZone(date, timezone));
  } catch (error) {
    return { ...(reading ? { reading } : {}), problem: error instanceof Error ? error.message : String(error), next: [] };
  }
  return { ...(reading ? { reading } : {}), next };
}

export function formatInZone(date: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(date);
  return parts;
}

function sourcesNode(doc: Document, text: string): unknown[] {
  const sources: unknown[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const match = /^(folder|feed|page|ninjs)\s*:\s*(\S+)(?:\s+lang=([a-z]{2}))?$/.exec(line);
    if (!match) fail(Errors.InvalidJobs, `source line ${index + 1}: write \`folder: PATH\`, \`feed: URL\`, \`page: URL\` or \`ninjs: URL\` (remote ones may end with \` lang=xx\`)`);
    sources.push({ [match[1]!]: match[2]!, ...(match[3] ? { lang: match[3] } : {}) });
  }
  void doc;
  return sources;
}

function languagesOf(text: string): string[] {
  const codes = text.split(/[\s,]+/).filter(Boolean);
  for (const code of codes) if (!isLanguageCode(code)) fail(Errors.InvalidJobs, `unknown language \`${code}\``);
  return codes;
}

/** Set the form's fields on a job's node; optional fields left empty are removed. */
function applyForm(doc: Document, node: YAMLMap, form: JobForm, defaults: { timezone: string }): void {
  const set = (key: string, value: unknown) => node.set(key, doc.createNode(value));
  set('name', form.name.trim());
  set('schedule', form.schedule.trim());
  const timezone = form.timezone.trim();
  if (timezone && timezone !== defaults.timezone) set('timezone', timezone);
  else if (timezone) set('timezone', timezone);
  else node.delete('timezone');
  set('sources', sourcesNode(doc, form.sources));
  const languages = languagesOf(form.languages);
  if (languages.length > 0) {
    const list = doc.createNode(languages);
    list.flow = true;
    node.set('languages', list);
  } else node.delete('languages');
  if (form.engine.trim()) set('engine', form.engine.trim());
  else node.delete('engine');
  if (form.publish.trim()) set('publish', form.publish.trim());
  else node.delete('publish');
  if (form.onValidationError.trim() && form.onValidationError !== 'hold') set('onValidationError', form.onValidationError.trim());
  else node.delete('onValidationError');
  if (!form.catchUp) set('catchUp', false);
  else node.delete('catchUp');
  if (form.paused) set('paused', true);
  else node.delete('paused');
}

export type JobChange = { kind: 'save'; original?: string; form: JobForm } | { kind: 'pause'; name: string; paused: boolean } | { kind: 'remove'; name: string };

export class JobRunner {
  readonly file: string;
  readonly shown: string;
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    readonly config: PipelineConfig,
    readonly root: string,
    private readonly events: DeskEvents,
    jobsFile: string = DEFAULT_JOBS_FILE,
  ) {
    this.file = resolve(root, jobsFile);
    this.shown = relative(root, this.file) || this.file;
  }

  list(): Job[] {
    if (!existsSync(this.file)) return [];
    return loadJobs(this.file, this.config, this.root);
  }

  /** Apply a change to the jobs file, checked as the scheduler reads it; the file is replaced only when valid. */
  change(change: JobChange): Job[] {
    const text = existsSync(this.file) ? readFileSync(this.file, 'utf8') : 'jobs: []\n';
    const doc = parseDocument(text);
    if (!doc.has('jobs') || doc.get('jobs') === null) doc.set('jobs', doc.createNode([]));
    const jobs = doc.get('jobs', true);
    if (!isSeq(jobs)) fail(Errors.InvalidJobs, '`jobs` is a list', { file: this.shown });
    jobs.flow = false;
    const indexOf = (name: string) => jobs.items.findIndex((item) => isMap(item) && item.get('name') === name);
    if (change.kind === 'save') {
      const name = change.form.name.trim();
      const at = change.original ? indexOf(change.original) : -1;
      if (change.original && at === -1) fail(Errors.InvalidJobs, `no job \`${change.original}\` (removed meanwhile?)`, { file: this.shown });
      if (indexOf(name) !== -1 && indexOf(name) !== at) fail(Errors.InvalidJobs, `a job named \`${name}\` exists already`, { file: this.shown });
      const node = at === -1 ? (doc.createNode({}) as YAMLMap) : (jobs.items[at] as YAMLMap);
      applyForm(doc, node, change.form, { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone });
      if (at === -1) jobs.items.push(node);
    } else {
      const at = indexOf(change.name);
      if (at === -1) fail(Errors.InvalidJobs, `no job \`${change.name}\``, { file: this.shown });
      if (change.kind === 'remove') jobs.items.splice(at, 1);
      else {
        const node = jobs.items[at] as YAMLMap;
        if (change.paused) node.set('paused', true);
        else node.delete('paused');
      }
    }
    const next = doc.toString();
    const parsed = parseJobs(next, this.shown, this.config);
    writeFileAtomic(this.file, next);
    return parsed;
  }

  isRunning(name: string): boolean {
    return this.running.has(name);
  }

  /** Run a job now, in this process; progress goes to the change feed. Resolves when it has started. */
  async runNow(name: string): Promise<void> {
    const job = findJob(this.list(), name, this.shown);
    if (this.running.has(job.name)) fail(Errors.InvalidJobs, `job \`${job.name}\` is running already`);
    const processor = await loadProcessor(this.config, { cwd: this.root });
    const store = openStore(stateFile(this.config));
    const log = (event: LogEvent) => this.events.job({ job: job.name, event: event.event, line: logLine(event), data: event });
    log({ event: 'run-requested', job: job.name });
    const run = runJob(job, { config: this.config, store, processor, log, trigger: 'manual' })
      .then(
        (result) => log({ event: 'run-done', job: job.name, status: result.status, ...(result.status === 'ran' ? { outcome: result.run.outcome } : {}) }),
        (error: unknown) => log({ event: 'run-error', job: job.name, error: error instanceof NewsdeskError ? error.toLine() : String(error) }),
      )
      .finally(() => {
        store.close();
        this.running.delete(job.name);
      });
    this.running.set(job.name, run);
  }

  /** Wait for runs started here (tests, shutdown). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  /**
   * Runs in progress in other processes (the daemon, `jobs run`): what the state store says
   * since `seen` (run id → articles already told), as progress lines. Runs started by this
   * desk report through the change feed as they happen and are left out.
   */
  progressOfOthers(seen: Map<number, number>): JobEvent[] {
    const file = stateFile(this.config);
    if (!existsSync(file)) return [];
    const store = openStore(file, { readonly: true });
    const events: JobEvent[] = [];
    try {
      const open = store.openRuns().filter((run) => !(run.pid === process.pid && this.running.has(run.job)));
      for (const run of open) {
        const articles = store.runArticles(run.id);
        const told = seen.get(run.id);
        if (told === undefined) events.push({ job: run.job, event: 'run-start', line: `${run.start.slice(11, 19)} ${run.job} run-start run=${run.id} trigger=${run.trigger} pid=${run.pid}`, data: { run: run.id } });
        for (const article of articles.slice(told ?? 0)) {
          const languages = Object.entries(article.languages).map(([lang, state]) => `${lang}:${state}`).join(' ');
          events.push({ job: run.job, event: 'article', line: `${article.at.slice(11, 19)} ${run.job} article ${article.item} ${article.outcome}${languages ? ` ${languages}` : ''}${article.error ? ` (${article.error})` : ''}`, data: { run: run.id } });
        }
        seen.set(run.id, articles.length);
      }
      // Runs that ended since the last look.
      for (const [id, told] of seen) {
        if (open.some((run) => run.id === id)) continue;
        const run = store.getRun(id);
        seen.delete(id);
        if (!run) continue;
        for (const article of store.runArticles(id).slice(told)) events.push({ job: run.job, event: 'article', line: `${article.at.slice(11, 19)} ${run.job} article ${article.item} ${article.outcome}`, data: { run: id } });
        events.push({ job: run.job, event: 'run-done', line: `${(run.end ?? '').slice(11, 19)} ${run.job} run-done run=${id} outcome=${run.outcome} articles=${run.articles}`, data: { run: id } });
      }
    } finally {
      store.close();
    }
    return events;
  }

  history(name: string | undefined, limit = 10): RunRecord[] {
    const file = stateFile(this.config);
    if (!existsSync(file)) return [];
    const store = openStore(file, { readonly: true });
    try {
      return store.listRuns({ ...(name ? { job: name } : {}), limit });
    } finally {
      store.close();
    }
  }
}

/** One line of a job's progress, as a person reads it. */
export function logLine(event: LogEvent): string {
  const time = new Date().toISOString().slice(11, 19);
  const { event: kind, job, ...rest } = event;
  const detail = Object.entries(rest)
    .filter(([key, value]) => key !== 'time' && value !== undefined && typeof value !== 'object')
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
  return `${time} ${shownValue(job ?? '')} ${kind}${detail ? ` ${detail}` : ''}`;
}
