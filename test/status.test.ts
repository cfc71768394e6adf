// `newsdesk status`: the article × language matrix of key states, and the jobs' next runs.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

const ARTICLE = 'content/rechenzentren/index.md';

interface StatusJson {
  articles: Array<{ article: string; source: string; keys: number; languages: Record<string, Record<string, number>> }>;
  failed: Array<{ article: string; error: string }>;
  jobs: Array<{ job: string; schedule: string; timezone: string; nextRun: string | null; lastRun: unknown }>;
  jobsError?: string;
}

describe('newsdesk status', () => {
  it('counts every key of every article and language by state, and shows the jobs', async () => {
    const server = await startOpenAiServer();
    servers.push(server);
    const fixture = readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8');
    const dir = tmpProject({ [ARTICLE]: fixture.replace('category: Nachricht', 'category: Nachricht\nlanguages: [de, fr, ja, en]') });
    const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
    expect((await cli(['translate', 'rechenzentren', '--to', 'fr,ja', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test'])).code).toBe(0);
    const source = JSON.parse(readFileSync(join(dir, 'locales/de/rechenzentren.json'), 'utf8')) as Record<string, string>;
    const keyOf = (prefix: string) => Object.keys(source).find((key) => source[key]!.startsWith(prefix))!;
    // fr: one edited, one reviewed, one human value made stale by a correction, nine machine.
    const fr = JSON.parse(readFileSync(join(dir, 'locales/fr/rechenzentren.json'), 'utf8')) as Record<string, string>;
    fr[keyOf('Drei Städte')] = 'Trois villes, trois stratégies';
    fr[keyOf('Peking setzt')] = 'Pékin mise sur la recherche fondamentale.';
    writeFileSync(join(dir, 'locales/fr/rechenzentren.json'), `${JSON.stringify(fr, null, 2)}\n`);
    expect((await cli(['review', 'rechenzentren', '--lang', 'fr', '--mark-reviewed', keyOf('Das Zentrum')])).code).toBe(0);
    writeFileSync(join(dir, ARTICLE), readFileSync(join(dir, ARTICLE), 'utf8').replace('Peking setzt auf', 'Peking setzt vor allem auf'));

    const result = await cli(['status', '--json']);
    expect(result.code).toBe(0);
    const status = JSON.parse(result.stdout) as StatusJson;
    expect(status.articles).toEqual([
      {
        article: 'rechenzentren',
        source: 'de',
        keys: 12,
        languages: {
          fr: { machine: 9, edited: 1, reviewed: 1, stale: 1, missing: 0, broken: 0, retired: 0 },
          ja: { machine: 11, edited: 0, reviewed: 0, stale: 0, missing: 1, broken: 0, retired: 0 },
          en: { machine: 0, edited: 0, reviewed: 0, stale: 0, missing: 12, broken: 0, retired: 0 },
        },
      },
    ]);
    expect(status.failed).toEqual([]);
    expect(status.jobs).toHaveLength(1);
    expect(status.jobs[0]).toMatchObject({ job: 'inbox', schedule: '*/15 6-22 * * *', timezone: 'Europe/Berlin', lastRun: null });
    expect(status.jobs[0]!.nextRun).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);

    const text = await cli(['status']);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^article\s+lang\s+keys\s+machine\s+edited\s+reviewed\s+stale\s+missing\s+broken$/);
    expect(lines).toContain('rechenzentren  de→fr    12        9       1         1      1        0       0');
    expect(lines).toContain('rechenzentren  de→en    12        0       0         0      0       12       0');
    expect(text.stdout).toMatch(/\ninbox\s+\*\/15 6-22 \* \* \*\s+Europe\/Berlin\s+\d{4}-/);

    const onlyJa = JSON.parse((await cli(['status', 'rechenzentren', '--lang', 'ja', '--json'])).stdout) as StatusJson;
    expect(Object.keys(onlyJa.articles[0]!.languages)).toEqual(['ja']);
  });

  it('works without articles or jobs, and reports a broken jobs file without failing', async () => {
    const dir = tmpProject({ 'content/glossary.yaml': 'entities: []\n' });
    writeFileSync(join(dir, 'pipeline/jobs.yaml'), 'jobs:\n  - name: Bad Name\n');
    const result = await runCli(['status'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No articles under content/.');
    expect(result.stdout).toMatch(/jobs: pipeline\/jobs\.yaml:\d+:\d+: /);
    const json = JSON.parse((await runCli(['status', '--json', '--jobs', 'none.yaml'], { cwd: dir })).stdout) as StatusJson;
    expect(json).toEqual({ articles: [], failed: [], jobs: [] });
  });
});
