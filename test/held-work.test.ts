// Held work stays visible: inbox and job articles are listed by `status` and can be run and
// reviewed by slug; a job runs an article again when its translations or their review state
// change; a language that cannot be rendered leaves no stale outputs, one held by QA or
// validation is marked held in its preview and the manifest. And the small untruths: job
// times in the job's own time zone, no EPIPE stack trace when the reader goes away.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const FIXTURE = readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8').replace('category: Nachricht', 'category: Nachricht\nlanguages: [de, fr, ja]');
const PROCESSOR = join(REPO, 'test/fixtures/schedule-processor/processor.mjs');
const labels = Object.fromEntries(['de', 'fr', 'ja'].map((lang) => [`locales/${lang}/common.json`, readFileSync(join(REPO, `locales/${lang}/common.json`), 'utf8')]));

async function project(articlePath: string) {
  const server = await startOpenAiServer();
  servers.push(server);
  const dir = tmpProject({ [articlePath]: FIXTURE, 'content/glossary.yaml': 'entities: []\n', ...labels });
  const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  const translate = (langs: string) => cli(['translate', 'rechenzentren', '--to', langs, '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test']);
  return { dir, cli, translate };
}

describe('inbox and job articles', () => {
  it('are listed by status and can be translated, reviewed and run by slug', async () => {
    const p = await project('content/inbox/rechenzentren.md');
    const status = JSON.parse((await p.cli(['status', '--json'])).stdout) as { articles: Array<{ article: string; languages: Record<string, { missing: number }> }> };
    expect(status.articles.map((a) => a.article)).toEqual(['rechenzentren']);
    expect(status.articles[0]!.languages.fr!.missing).toBe(12);
    expect((await p.translate('fr')).code).toBe(0);
    const review = await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--json']);
    expect(review.code).toBe(0);
    expect((JSON.parse(review.stdout) as { counts: { machine: number } }).counts.machine).toBe(12);
    const run = await p.cli(['run', 'rechenzentren', '--publish', 'none', '--json']);
    expect(run.code, run.stdout).toBe(0);
    const langs = (JSON.parse(run.stdout) as { articles: Array<{ slug: string; languages: Array<{ lang: string; held?: string }> }> }).articles[0]!;
    expect(langs.slug).toBe('rechenzentren');
    expect(langs.languages.find((l) => l.lang === 'ja')!.held).toMatch(/^10 missing keys in locales\/ja\/rechenzentren\.json \(rechenzentren-im-wettbewerb-01159f, /);
    // `run` without arguments takes it too.
    const all = await p.cli(['run', '--publish', 'none', '--json']);
    expect((JSON.parse(all.stdout) as { articles: Array<{ slug: string }> }).articles.map((a) => a.slug)).toEqual(['rechenzentren']);
  });

  it('are run again by a job when their locale files or review state change', async () => {
    const p = await project('content/inbox/rechenzentren.md');
    const jobs = async () => JSON.parse((await p.cli(['jobs', 'run', 'inbox', '--processor', PROCESSOR, '--json'])).stdout) as { articles: number; unchanged: number };
    expect(await jobs()).toMatchObject({ articles: 1, unchanged: 0 });
    expect(await jobs()).toMatchObject({ articles: 0, unchanged: 1 });
    // A translator fills in the missing language: the held article runs again.
    expect((await p.translate('fr')).code).toBe(0);
    expect(await jobs()).toMatchObject({ articles: 1, unchanged: 0 });
    expect(await jobs()).toMatchObject({ articles: 0, unchanged: 1 });
    // A review is a change too.
    expect((await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--all'])).code).toBe(0);
    expect(await jobs()).toMatchObject({ articles: 1, unchanged: 0 });
  });
});

describe('outputs of held languages', () => {
  it('removes the outputs of a language that can no longer be rendered, and says so in the manifest', async () => {
    const p = await project('content/rechenzentren/index.md');
    expect((await p.translate('fr,ja')).code).toBe(0);
    expect((await p.cli(['run', '--publish', 'none'])).code).toBe(0);
    const out = (name: string) => join(p.dir, 'output/rechenzentren', name);
    for (const suffix of ['md', 'html', 'ninjs.json', 'jsonld']) expect(existsSync(out(`fr.${suffix}`)), suffix).toBe(true);
    rmSync(join(p.dir, 'locales/fr/rechenzentren.json'));
    expect((await p.cli(['run', '--publish', 'none'])).code).toBe(0);
    for (const suffix of ['md', 'html', 'ninjs.json', 'jsonld']) expect(existsSync(out(`fr.${suffix}`)), suffix).toBe(false);
    expect(existsSync(out('ja.html'))).toBe(true);
    const manifest = JSON.parse(readFileSync(out('manifest.json'), 'utf8')) as { languages: Record<string, { result: { output: string; held?: string }; files: string[] }> };
    const fr = manifest.languages.fr!.result;
    expect(manifest.languages.fr!.files).toEqual([]);
    expect(fr.output).toBe('removed');
    expect(fr.held).toMatch(/^10 missing keys in locales\/fr\/rechenzentren\.json/);
  });

  it('marks the preview of a language held by validation, and the manifest', async () => {
    const p = await project('content/rechenzentren/index.md');
    expect((await p.translate('fr,ja')).code).toBe(0);
    // A validation error in the source (a range from 10 to 10) holds every language.
    const article = join(p.dir, 'content/rechenzentren/index.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('Peking setzt auf Grundlagenforschung.', 'Peking setzt auf Grundlagenforschung von 10 bis 10 Prozent.'));
    expect((await p.translate('fr,ja')).code).toBe(0);
    expect((await p.cli(['run', '--publish', 'none'])).code).toBe(0);
    const html = readFileSync(join(p.dir, 'output/rechenzentren/fr.html'), 'utf8');
    expect(html).toMatch(/<body[^>]*>\n<p class="newsdesk-held" role="alert"><strong>Held, not published:<\/strong> 1 validation error in the source \(\d+:\d+ range-order\)<\/p>/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const manifest = JSON.parse(readFileSync(join(p.dir, 'output/rechenzentren/manifest.json'), 'utf8')) as { languages: Record<string, { result: { output: string } }> };
    expect(Object.entries(manifest.languages).map(([lang, l]) => [lang, l.result.output])).toEqual([
      ['de', 'held'],
      ['fr', 'held'],
      ['ja', 'held'],
    ]);
  });
});

describe('small untruths', () => {
  it('shows a job’s next run in the job’s own time zone', async () => {
    const dir = tmpProject();
    writeFileSync(join(dir, 'pipeline/jobs.yaml'), 'jobs:\n  - name: morning\n    schedule: "30 9 * * *"\n    timezone: Europe/Berlin\n    sources:\n      - folder: content/inbox\n  - name: tokyo\n    schedule: "0 7 * * *"\n    timezone: Asia/Tokyo\n    sources:\n      - folder: content/inbox\n');
    const list = await runCli(['jobs', 'list'], { cwd: dir });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^morning {2}"30 9 \* \* \*" Europe\/Berlin {2}next \d{4}-\d\d-\d\d 09:30 Europe\/Berlin \(UTC\+0[12]:00\)/m);
    expect(list.stdout).toMatch(/^tokyo {2}"0 7 \* \* \*" Asia\/Tokyo {2}next \d{4}-\d\d-\d\d 07:00 Asia\/Tokyo \(UTC\+09:00\)/m);
    const status = await runCli(['status'], { cwd: dir });
    expect(status.stdout).toMatch(/morning\s+30 9 \* \* \*\s+Europe\/Berlin\s+\d{4}-\d\d-\d\d 09:30 Europe\/Berlin \(UTC\+0[12]:00\)/);
  });

  it('ends quietly when the reader of its output goes away (newsdesk … | head)', () => {
    const bin = join(REPO, 'dist/cli/bin.js');
    expect(existsSync(bin), 'npm test builds dist/ first').toBe(true);
    // Half a megabyte of TMX into a reader that takes 100 bytes and leaves.
    const result = spawnSync('bash', ['-c', `node ${JSON.stringify(bin)} tmx export | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`], { cwd: REPO, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.stdout).toBe('exit 0\n');
  });
});
