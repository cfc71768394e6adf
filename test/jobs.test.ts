// `newsdesk jobs list|run|history` and `jobStatus`, in-process.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobStatus } from '../src/schedule/index.js';
import { loadConfig } from '../src/config/index.js';
import { openStore, stateFile } from '../src/store/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const PROCESSOR = join(REPO, 'test/fixtures/schedule-processor/processor.mjs');
const article = (title: string) => `---\ntitle: ${title}\nlang: de\n---\n\n${title}: 15.000 Menschen.\n`;

describe('jobs list', () => {
  it('lists the jobs with next and last run (--json)', async () => {
    const dir = tmpProject();
    const result = await runCli(['jobs', 'list', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const [row, ...rest] = JSON.parse(result.stdout);
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ job: 'inbox', schedule: '*/15 6-22 * * *', timezone: 'Europe/Berlin', lastRun: null, sources: [{ folder: 'content/inbox' }], languages: ['en', 'fr'], publish: 'static', catchUp: true });
    expect(Date.parse(row.nextRun)).toBeGreaterThan(Date.now());
    const human = await runCli(['jobs', 'list'], { cwd: dir });
    expect(human.stdout).toMatch(/^inbox {2}"\*\/15 6-22 \* \* \*" Europe\/Berlin {2}next \d{4}-.* {2}never run {2}1 source\(s\) → static\n$/);
  });
});

describe('jobs run and history', () => {
  it('runs a job now, and history shows the run (--json contract)', async () => {
    const dir = tmpProject({ 'content/inbox/a.md': article('Alpha'), 'content/inbox/b/index.md': article('Beta') });
    const run = await runCli(['jobs', 'run', 'inbox', '--processor', PROCESSOR], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'content/inbox/a.md: published\ncontent/inbox/b/index.md: published\ninbox: run 1 ok — 2 article(s): 2 published, 0 held, 0 failed; 0 unchanged (processor: ' + PROCESSOR + ')\n',
    );
    const again = await runCli(['jobs', 'run', 'inbox', '--processor', PROCESSOR, '--json'], { cwd: dir });
    expect(JSON.parse(again.stdout)).toMatchObject({ id: 2, job: 'inbox', trigger: 'manual', outcome: 'ok', articles: 0, unchanged: 2, items: [] });

    const history = await runCli(['jobs', 'history', '--json'], { cwd: dir });
    expect(history.code).toBe(0);
    const runs = JSON.parse(history.stdout) as Array<Record<string, unknown>>;
    expect(runs.map((r) => [r.id, r.job, r.outcome, r.articles])).toEqual([
      [2, 'inbox', 'ok', 0],
      [1, 'inbox', 'ok', 2],
    ]);
    for (const r of runs) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['job', 'start', 'end', 'outcome', 'articles']));
      expect(Date.parse(r.end as string)).toBeGreaterThanOrEqual(Date.parse(r.start as string));
    }
    expect(JSON.parse((await runCli(['jobs', 'history', '--json', '--limit', '1'], { cwd: dir })).stdout)).toHaveLength(1);
    expect(JSON.parse((await runCli(['jobs', 'history', '--json', '--job', 'other'], { cwd: dir })).stdout)).toEqual([]);
    const human = await runCli(['jobs', 'history'], { cwd: dir });
    expect(human.stdout.split('\n')[1]).toMatch(/^#1 {2}inbox {2}\S+ → \S+ {2}ok {2}2 article\(s\) {2}\(2 published, 0 held, 0 failed, 0 unchanged\) {2}manual$/);
  });

  it('without the pipeline, says the articles were only ingested', async () => {
    const dir = tmpProject({ 'content/inbox/a.md': article('Alpha') });
    const run = await runCli(['jobs', 'run', 'inbox', '--json'], { cwd: dir });
    const summary = JSON.parse(run.stdout);
    if (summary.processor === 'ingest-only') {
      expect(summary).toMatchObject({ outcome: 'ok', held: 1, items: [{ path: 'content/inbox/a.md', outcome: 'held', languages: { en: 'held', fr: 'held' } }] });
      expect(summary.items[0].reason).toMatch(/^ingest-only/);
    } else {
      expect(summary.processor).toBe('pipeline');
    }
  });

  it('exit 1 when an article fails; history of a project without state is empty', async () => {
    const dir = tmpProject({ 'content/inbox/bad.md': 'no front matter\n' });
    expect((await runCli(['jobs', 'history', '--json'], { cwd: dir })).stdout).toBe('[]\n');
    const strict = await runCli(['jobs', 'run', 'inbox'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^content\/inbox\/bad\.md: failed — content\/inbox\/bad\.md:1:1: the article has no front matter/);
  });

  it('usage errors exit 2 with one line', async () => {
    const dir = tmpProject();
    const cases: Array<[string[], RegExp]> = [
      [['jobs'], /give a subcommand: list, run or history/],
      [['jobs', 'stop'], /unknown subcommand `stop`/],
      [['jobs', 'run'], /give the name of a job/],
      [['jobs', 'run', 'nightly'], /no job `nightly` in pipeline\/jobs\.yaml \(jobs: inbox\)/],
      [['jobs', 'history', '--limit', 'ten'], /--limit must be a positive whole number, got `ten`/],
      [['jobs', 'run', 'inbox', '--processor', 'nope.mjs'], /nope\.mjs: cannot load the processor module/],
      [['schedule', '--job', 'nightly'], /no job `nightly`/],
    ];
    for (const [argv, expected] of cases) {
      const result = await runCli(argv, { cwd: dir });
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('jobStatus', () => {
  it('gives each job its schedule, next run and last run, without creating state', () => {
    const dir = tmpProject();
    const now = new Date('2024-08-02T20:40:00Z');
    expect(jobStatus('pipeline/jobs.yaml', { cwd: dir, now })).toEqual([
      { job: 'inbox', schedule: '*/15 6-22 * * *', timezone: 'Europe/Berlin', nextRun: '2024-08-02T20:45:00.000Z', lastRun: null, waiting: [] },
    ]);
    expect(() => readFileSync(join(dir, '.newsdesk/state.db'))).toThrow();

    const store = openStore(stateFile(loadConfig(dir)));
    const run = store.startRun({ job: 'inbox', trigger: 'schedule', start: new Date('2024-08-02T20:30:00Z') });
    store.recordArticle({ runId: run.id, item: 'x', path: 'content/inbox/x.md', digest: 'd', outcome: 'published', languages: {}, error: null });
    store.finishRun(run.id, 'ok', { end: new Date('2024-08-02T20:30:02Z') });
    store.close();
    expect(jobStatus('pipeline/jobs.yaml', { cwd: dir, now })[0]?.lastRun).toEqual({ id: 1, start: '2024-08-02T20:30:00.000Z', end: '2024-08-02T20:30:02.000Z', outcome: 'ok', articles: 1 });
  });
});
