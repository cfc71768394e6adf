// `newsdesk schedule` as a real daemon: child processes on a seconds-level cron
// (`*/1 * * * * *`), killed with SIGKILL mid-run and restarted, two at once, stopped with
// SIGTERM; and the missed-run policy of an in-process daemon at start.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { parseJobs, startDaemon, type LogEvent, type NamedProcessor } from '../src/schedule/index.js';
import { openStore, stateFile, type RunRecord } from '../src/store/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

/** A private build of the CLI (the daemon runs compiled JavaScript, as in production). */
const BUILD = join(REPO, '.newsdesk/test-build/schedule');
const BIN = join(BUILD, 'cli/bin.js');
const PROCESSOR = join(REPO, 'test/fixtures/schedule-processor/processor.mjs');

beforeAll(() => {
  try {
    execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', REPO, '--outDir', BUILD], { stdio: 'pipe' });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; only a missing entry point matters.
  }
  if (!existsSync(BIN)) throw new Error(`the build did not produce ${BIN}`);
}, 120_000);

const FAST = `jobs:
  - name: inbox
    schedule: "*/1 * * * * *"
    timezone: Europe/Berlin
    sources:
      - folder: content/inbox
    languages: [en, fr]
    publish: static
`;

const article = (title: string) => `---\ntitle: ${title}\nlang: de\n---\n\n${title} zählt 15.000 Einwohner.\n`;

interface Daemon {
  child: ChildProcess;
  events: LogEvent[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function daemon(dir: string, options: { processor?: boolean; delayMs?: number } = {}): Daemon {
  const args = [BIN, 'schedule', '--jobs', 'pipeline/fast.yaml', ...(options.processor === false ? [] : ['--processor', PROCESSOR])];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, NEWSDESK_TEST_JOURNAL: join(dir, 'journal.jsonl'), NEWSDESK_TEST_DELAY_MS: String(options.delayMs ?? 0) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const events: LogEvent[] = [];
  let buffer = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      events.push(JSON.parse(line) as LogEvent);
    }
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      if (stderr) events.push({ event: 'stderr', text: stderr });
      resolve({ code, signal });
    }),
  );
  return { child, events, exit };
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function journal(dir: string): Array<{ event: 'start' | 'done'; article: string; pid: number }> {
  const file = join(dir, 'journal.jsonl');
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
}

function runs(dir: string): RunRecord[] {
  const store = openStore(stateFile(loadConfig(dir)));
  try {
    return store.listRuns().reverse();
  } finally {
    store.close();
  }
}

const articlesOf = (events: LogEvent[]) => events.filter((e) => e.event === 'article').map((e) => e.path);

describe('schedule: the daemon', () => {
  it('picks up an article dropped into the inbox within one tick; jobs history shows the run', async () => {
    const dir = tmpProject({ 'pipeline/fast.yaml': FAST, 'content/inbox/.gitkeep': '' });
    const d = daemon(dir, { processor: false });
    await waitFor('daemon-start', () => d.events.find((e) => e.event === 'daemon-start'));
    writeFileSync(join(dir, 'content/inbox/neu.md'), article('Neu'));
    const dropped = Date.now();
    const line = await waitFor('the article line', () => d.events.find((e) => e.event === 'article'), 15_000);
    // Taken by the first tick after the drop (or the run already reading the folder then).
    const start = d.events.find((e) => e.event === 'run-start' && e.run === line.run);
    expect(Date.parse(String(start?.slot))).toBeLessThanOrEqual(dropped + 1000);
    expect(line).toMatchObject({ job: 'inbox', path: 'content/inbox/neu.md', item: 'folder:content/inbox/neu.md' });
    expect(['published', 'held', 'failed']).toContain(line.outcome);
    const runLine = await waitFor('the run line', () => d.events.find((e) => e.event === 'run' && e.run === line.run));
    expect(runLine).toMatchObject({ job: 'inbox', trigger: 'schedule', articles: 1 });
    d.child.kill('SIGTERM');
    expect(await d.exit).toEqual({ code: 0, signal: null });

    const history = await runCli(['jobs', 'history', '--json', '--job', 'inbox'], { cwd: dir });
    const rows = JSON.parse(history.stdout) as Array<{ id: number; articles: number; outcome: string; end: string | null }>;
    expect(rows.find((r) => r.id === line.run)).toMatchObject({ articles: 1, outcome: line.outcome === 'failed' ? 'partial' : 'ok' });
    expect(rows.every((r) => r.end !== null)).toBe(true);
  });

  it('SIGTERM: the article in progress is finished, the run recorded as interrupted, exit 0', async () => {
    const dir = tmpProject({ 'pipeline/fast.yaml': FAST, 'content/inbox/a.md': article('A'), 'content/inbox/b.md': article('B'), 'content/inbox/c.md': article('C') });
    const d = daemon(dir, { delayMs: 400 });
    await waitFor('article a to start', () => journal(dir).some((j) => j.article === 'a.md'));
    d.child.kill('SIGTERM');
    expect(await d.exit).toEqual({ code: 0, signal: null });
    expect(journal(dir).map((j) => `${j.event} ${j.article}`)).toEqual(['start a.md', 'done a.md']);
    expect(articlesOf(d.events)).toEqual(['content/inbox/a.md']);
    const order = d.events.map((e) => e.event).filter((e) => ['signal', 'article', 'run', 'daemon-stop'].includes(e));
    expect(order).toEqual(['signal', 'article', 'run', 'daemon-stop']);
    expect(runs(dir).at(-1)).toMatchObject({ outcome: 'interrupted', articles: 1 });
  });

  it('kill -9 mid-run, then restart: nothing lost, nothing processed twice', async () => {
    const dir = tmpProject({ 'pipeline/fast.yaml': FAST, 'content/inbox/a.md': article('A'), 'content/inbox/b.md': article('B'), 'content/inbox/c.md': article('C') });
    const first = daemon(dir, { delayMs: 400 });
    await waitFor('article b to start', () => journal(dir).some((j) => j.event === 'start' && j.article === 'b.md'));
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');
    const killed = runs(dir).at(-1);
    expect(killed).toMatchObject({ outcome: 'running', articles: 1 });

    const second = daemon(dir, { delayMs: 50 });
    await waitFor('b and c', () => articlesOf(second.events).length === 2 && second.events.some((e) => e.event === 'run'));
    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);

    const done = journal(dir).filter((j) => j.event === 'done').map((j) => j.article);
    expect(done).toEqual(['a.md', 'b.md', 'c.md']);
    expect(articlesOf(second.events)).toEqual(['content/inbox/b.md', 'content/inbox/c.md']);
    expect(second.events.find((e) => e.event === 'daemon-start')).toMatchObject({ crashedRuns: [killed?.id] });
    expect(second.events.find((e) => e.event === 'catch-up')).toMatchObject({ reason: 'unfinished', run: killed?.id });
    const all = runs(dir);
    expect(all.find((r) => r.id === killed?.id)).toMatchObject({ outcome: 'crashed', articles: 1, error: expect.stringMatching(/stopped during the run/) });
    expect(all.reduce((sum, r) => sum + r.articles, 0)).toBe(3);
  });

  it('two daemons on one project: each scheduled slot runs once, runs never overlap, each article once', async () => {
    const dir = tmpProject({ 'pipeline/fast.yaml': FAST, 'content/inbox/a.md': article('A'), 'content/inbox/b.md': article('B'), 'content/inbox/c.md': article('C') });
    const one = daemon(dir, { delayMs: 200 });
    const two = daemon(dir, { delayMs: 200 });
    // On a loaded machine one daemon may start seconds after the other: wait for both.
    const started = (d: Daemon) => d.events.some((e) => e.event === 'daemon-start');
    await waitFor('both daemons started', () => started(one) && started(two), 60_000);
    await waitFor('three articles', () => journal(dir).filter((j) => j.event === 'done').length === 3, 60_000);
    // Ticks after both run: both daemons fire each slot, one runs it, the other skips it.
    await waitFor('a slot skipped by one daemon', () => [...one.events, ...two.events].some((e) => e.event === 'run-skipped'), 30_000);
    one.child.kill('SIGTERM');
    two.child.kill('SIGTERM');
    // A daemon that failed says why on stderr: show it with the exit code.
    const said = (d: Daemon) => d.events.filter((e) => e.event === 'stderr').map((e) => e.text).join('');
    expect({ code: (await one.exit).code, stderr: said(one) }).toEqual({ code: 0, stderr: '' });
    expect({ code: (await two.exit).code, stderr: said(two) }).toEqual({ code: 0, stderr: '' });

    expect(journal(dir).filter((j) => j.event === 'done').map((j) => j.article).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    const all = runs(dir);
    const slots = all.map((r) => r.scheduledFor).filter(Boolean);
    expect(new Set(slots).size).toBe(slots.length);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start >= (all[i - 1]!.end ?? '')).toBe(true);
    const skipped = [...one.events, ...two.events].filter((e) => e.event === 'run-skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((e) => e.reason === 'locked' || e.reason === 'already-run')).toBe(true);
  }, 180_000);
});

describe('schedule: runs missed while no daemon ran (in-process, fixed clock)', () => {
  const yearly = (catchUp: boolean) =>
    `jobs:\n  - name: yearly\n    schedule: "0 0 1 1 *"\n    timezone: UTC\n    catchUp: ${catchUp}\n    sources:\n      - folder: content/inbox\n`;
  const published: NamedProcessor = { name: 'test', process: async () => ({ outcome: 'published', languages: {} }) };

  for (const catchUp of [true, false]) {
    it(`catchUp: ${catchUp}`, async () => {
      const dir = tmpProject({ 'content/inbox/a.md': article('A') });
      const config = loadConfig(dir);
      const store = openStore(stateFile(config));
      const last = store.startRun({ job: 'yearly', trigger: 'schedule', start: new Date('2023-01-01T00:00:00Z') });
      store.finishRun(last.id, 'ok', { end: new Date('2023-01-01T00:00:01Z') });
      const events: LogEvent[] = [];
      const running = startDaemon({ config, store, jobs: parseJobs(yearly(catchUp), 'jobs.yaml', config), processor: published, log: (e) => events.push(e), now: () => new Date('2024-08-02T12:00:00Z') });
      await Promise.all(running.runs);
      await running.stop();
      if (catchUp) {
        expect(events.find((e) => e.event === 'catch-up')).toEqual({ event: 'catch-up', job: 'yearly', reason: 'missed', slot: '2024-01-01T00:00:00.000Z' });
        expect(store.lastRun('yearly')).toMatchObject({ trigger: 'catch-up', scheduledFor: '2024-01-01T00:00:00.000Z', outcome: 'ok', articles: 1 });
      } else {
        expect(events.map((e) => e.event)).toEqual(['daemon-start', 'daemon-stopping', 'daemon-stop']);
        expect(store.lastRun('yearly')?.id).toBe(last.id);
      }
      store.close();
    });
  }
});
