// Jobs from the desk: pipeline/jobs.yaml created, edited, paused and removed through the
// form with its comments kept and checked as the scheduler reads it; the schedule read
// aloud with its next runs in the job's time zone; a daemon that takes a changed file.

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { describeSchedule } from '../src/desk/jobs.js';
import { loadJobs, startDaemon, type Job, type LogEvent } from '../src/schedule/index.js';
import { openStore } from '../src/store/index.js';
import { Client, deskFor, sampleProject } from './helpers/desk.js';
import { REPO } from './helpers/tmp.js';

const FORM = { name: 'evening', schedule: '30 18 * * 1-5', timezone: 'Asia/Shanghai', sources: 'folder: content/inbox', languages: 'en, fr', engine: '', publish: 'static', onValidationError: 'hold', catchUp: 'on' };

describe('desk: jobs', () => {
  it('creates, edits, pauses and removes a job in pipeline/jobs.yaml, comments kept, checked as the scheduler checks it', async () => {
    const dir = await sampleProject();
    const file = join(dir, 'pipeline/jobs.yaml');
    const before = readFileSync(file, 'utf8');
    const header = before.slice(0, before.indexOf('jobs:'));
    const desk = deskFor(dir);
    const peng = new Client(desk.app);
    await peng.login('peng');
    const config = loadConfig(dir);

    const created = await peng.request('/jobs', { method: 'POST', form: FORM });
    expect(created.status).toBe(200);
    let text = readFileSync(file, 'utf8');
    expect(text.startsWith(header)).toBe(true);
    let jobs = loadJobs(file, config, dir);
    expect(jobs.map((j) => j.name)).toEqual(['inbox', 'evening']);
    expect(jobs[1]).toMatchObject({ schedule: '30 18 * * 1-5', timezone: 'Asia/Shanghai', languages: ['en', 'fr'], publish: 'static', catchUp: true });
    const page = await peng.page('/jobs');
    // Next run in the job's own zone (China Standard Time is UTC+8).
    expect(page.html).toMatch(/<tr data-job="evening">[\s\S]*?data-next-run="true">[^<]*18:30 (GMT\+8|CST)/);

    // An invalid schedule is refused with the scheduler's message; the file stays as it was.
    const bad = await peng.request('/jobs/evening', { method: 'POST', form: { ...FORM, schedule: '61 18 * * *' } });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('pipeline/jobs.yaml');
    expect(readFileSync(file, 'utf8')).toBe(text);

    const edited = await peng.request('/jobs/evening', { method: 'POST', form: { ...FORM, schedule: '0 7 * * *', languages: '' } });
    expect(edited.status).toBe(200);
    jobs = loadJobs(file, config, dir);
    expect(jobs[1]).toMatchObject({ name: 'evening', schedule: '0 7 * * *' });
    expect(jobs[1]!.languages).toBeUndefined();

    await peng.request('/jobs/inbox/pause', { method: 'POST', form: { paused: 'true' } });
    text = readFileSync(file, 'utf8');
    expect(text).toMatch(/- name: inbox[\s\S]*paused: true/);
    expect(loadJobs(file, config, dir)[0]!.paused).toBe(true);
    expect((await peng.page('/jobs')).html).toMatch(/<tr data-job="inbox">[\s\S]*?data-next-run="true">paused</);

    await peng.request('/jobs/evening/remove', { method: 'POST', form: {} });
    expect(loadJobs(file, config, dir).map((j) => j.name)).toEqual(['inbox']);
    expect(readFileSync(file, 'utf8').startsWith(header)).toBe(true);
  });

  it('runs a job now and streams its progress to open pages (server-sent events), then shows it in the history', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const peng = new Client(desk.app);
    await peng.login('peng');
    const started = await peng.request('/jobs/inbox/run', { method: 'POST', form: {} });
    expect(started.status).toBe(200);
    await desk.context.jobs.settle();
    const events = desk.context.events.recentJobs.map((e) => e.event);
    expect(events[0]).toBe('run-requested');
    expect(events).toContain('run-start');
    expect(events.at(-1)).toBe('run-done');
    // A page that connects now gets the run replayed, as `event: job` lines.
    const stream = await peng.request('/events/jobs');
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes('run-done')) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toMatch(/event: job\ndata: \{"job":"inbox","event":"run-requested"/);
    const page = await peng.page('/jobs');
    expect(page.html).toMatch(/<td data-job-status="inbox">#1 (ok|partial)/);
    await desk.close();
  });

  it('follows a run of the daemon (another process) through the state store, article by article', async () => {
    const dir = await sampleProject();
    const desk = deskFor(dir);
    const store = openStore(join(dir, '.newsdesk/state.db'));
    try {
      const run = store.startRun({ job: 'inbox', trigger: 'schedule', processor: 'pipeline' });
      const seen = new Map<number, number>();
      expect(desk.context.jobs.progressOfOthers(seen).map((e) => e.event)).toEqual(['run-start']);
      store.recordArticle({ runId: run.id, item: 'content/inbox/a.md', path: 'content/inbox/a.md', digest: 'x', outcome: 'held', languages: { en: 'held', fr: 'held' }, error: null });
      const next = desk.context.jobs.progressOfOthers(seen);
      expect(next.map((e) => e.line.replace(/^\S+ /, ''))).toEqual(['inbox article content/inbox/a.md held en:held fr:held']);
      store.finishRun(run.id, 'ok');
      expect(desk.context.jobs.progressOfOthers(seen).map((e) => e.line.replace(/^\S+ /, ''))).toEqual([`inbox run-done run=${run.id} outcome=ok articles=1`]);
      expect(desk.context.jobs.progressOfOthers(seen)).toEqual([]);
    } finally {
      store.close();
      await desk.close();
    }
  });

  it('a running `newsdesk schedule` takes a job paused in the desk without a restart', async () => {
    const dir = await sampleProject();
    const file = join(dir, 'pipeline/jobs.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    publish: static', '    publish: static\n    catchUp: false'));
    const daemon = spawn(process.execPath, [join(REPO, 'dist/cli/bin.js'), 'schedule'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // A test that times out never reaches its `finally`: the daemon must not outlive it.
    onTestFinished(() => {
      if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill('SIGKILL');
    });
    let out = '';
    daemon.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    try {
      await expect.poll(() => out, { timeout: 30_000 }).toContain('"event":"daemon-start"');
      const desk = deskFor(dir);
      desk.context.jobs.change({ kind: 'pause', name: 'inbox', paused: true });
      await desk.close();
      await expect.poll(() => out, { timeout: 30_000 }).toContain('"event":"jobs-reload"');
      const reload = JSON.parse(out.split('\n').find((line) => line.includes('"jobs-reload"'))!) as { changes: unknown[] };
      expect(reload.changes).toEqual([{ job: 'inbox', change: 'paused' }]);
    } finally {
      daemon.kill('SIGTERM');
    }
    expect(await new Promise<number | null>((resolve) => daemon.on('exit', resolve))).toBe(0);
  });

  it('reads a schedule aloud with its next five runs in the job’s time zone', () => {
    const now = new Date('2026-03-27T12:00:00Z');
    const berlin = describeSchedule('0 6 * * *', 'Europe/Berlin', now);
    expect(berlin.reading).toMatch(/06:00/);
    expect(berlin.next).toHaveLength(5);
    // Summer time starts on 29 March 2026: 06:00 stays 06:00 in Berlin, CET then CEST.
    expect(berlin.next[0]).toMatch(/Sat, 28\/03\/2026, 06:00 CET/);
    expect(berlin.next[2]).toMatch(/Mon, 30\/03\/2026, 06:00 CEST/);
    expect(describeSchedule('61 * * * *', 'UTC', now).problem).toBeTruthy();
  });

  it('a running daemon takes a changed job list without a restart: paused jobs lose their schedule, new ones get one', async () => {
    const dir = await sampleProject();
    const config = loadConfig(dir);
    const store = openStore(join(dir, '.newsdesk/state.db'));
    const events: LogEvent[] = [];
    const jobs = loadJobs(join(dir, 'pipeline/jobs.yaml'), config, dir).map((j): Job => ({ ...j, catchUp: false }));
    const daemon = startDaemon({ config, store, jobs, processor: { name: 'none', process: async () => ({ outcome: 'held', languages: {} }) }, log: (e) => events.push(e) });
    try {
      const evening: Job = { ...jobs[0]!, name: 'evening', schedule: '30 18 * * *', timezone: 'Asia/Shanghai' };
      await daemon.reload([{ ...jobs[0]!, paused: true }, evening]);
      const reload = events.find((e) => e.event === 'jobs-reload')!;
      expect(reload.changes).toEqual([
        { job: 'inbox', change: 'paused' },
        { job: 'evening', change: 'added' },
      ]);
      expect(reload.jobs).toEqual([
        { job: 'inbox', nextRun: null, paused: true },
        { job: 'evening', nextRun: expect.stringMatching(/T10:30:00\.000Z$/) },
      ]);
      await daemon.reload([jobs[0]!]);
      expect(events.filter((e) => e.event === 'jobs-reload')[1]!.changes).toEqual([
        { job: 'evening', change: 'removed' },
        { job: 'inbox', change: 'resumed' },
      ]);
    } finally {
      await daemon.stop();
      store.close();
    }
  });
});
