// Publishing is serialised per article: two `newsdesk publish --target strapi` started
// together as real processes against one (slow) CMS create one document, not two; the lock
// row of a process that died is free at once. And what the lock protects, the records:
// a language held after publication is unpublished and recorded as such, `withdraw` takes
// the article off, a later publish puts it back. The CLI processes run the build of
// `npm test` (dist/), as in production.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { startFakeStrapi, type FakeStrapi } from './e2e/support/loopback-strapi.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const BIN = join(REPO, 'dist/cli/bin.js');

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

beforeAll(() => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run the tests with \`npm test\` (it builds first)`);
});

function cli(dir: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function project(): Promise<{ dir: string; cms: FakeStrapi; env: NodeJS.ProcessEnv }> {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr']);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  const cms = await startFakeStrapi({ locales: ['de', 'en', 'fr'] });
  open.push(cms);
  return { dir, cms, env: { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.token } };
}

describe('publish lock', () => {
  it('two concurrent publish processes create one document; the second sends nothing', async () => {
    const { dir, cms, env } = await project();
    // A slow CMS: every answer takes 60 ms, so both processes look for the document while
    // neither has created it yet — unless one waits for the other.
    cms.server.setDelay(60);
    const [a, b] = await Promise.all([cli(dir, ['publish', 'rechenzentrum', '--target', 'strapi'], env), cli(dir, ['publish', 'rechenzentrum', '--target', 'strapi'], env)]);
    expect(a.stderr + b.stderr).toBe('');
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(cms.documents.size).toBe(1);
    const lines = [a.stdout.split('\n')[0], b.stdout.split('\n')[0]].sort();
    expect(lines).toEqual(['rechenzentrum → strapi: 3 languages, 0 created, 0 updated, 3 unchanged, 0 held', 'rechenzentrum → strapi: 3 languages, 3 created, 0 updated, 0 unchanged, 0 held']);
    expect(cms.writes().filter((r) => r.method === 'POST')).toHaveLength(1);
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    open.push(store);
    expect(store.articleRecords('rechenzentrum').map((r) => `${r.lang} ${r.state}`)).toEqual(['de published', 'en published', 'fr published']);
  }, 60_000);

  it('waits for a live holder, and takes over the lock of a process that is gone', async () => {
    const { dir } = await project();
    const file = join(dir, '.newsdesk', 'state.db');
    const first = openStore(file);
    const second = openStore(file);
    open.push(first, second);
    const held = first.tryPublishLock('rechenzentrum');
    expect(held.ok).toBe(true);
    const refused = second.tryPublishLock('rechenzentrum');
    expect(refused).toMatchObject({ ok: false, holder: { pid: process.pid } });
    // A holder whose process died (kill -9 leaves its row behind) does not block anyone.
    const gone = spawn(process.execPath, ['-e', '']);
    const pid = await new Promise<number>((resolve) => gone.on('close', () => resolve(gone.pid!)));
    const sqlite = new Database(file);
    sqlite.prepare('UPDATE publish_locks SET pid = ? WHERE article = ?').run(pid, 'rechenzentrum');
    sqlite.close();
    expect(second.tryPublishLock('rechenzentrum').ok).toBe(true);
  });
});

describe('unpublish and withdraw', () => {
  it('a language held after publication is unpublished and recorded; it comes back when it is publishable again', async () => {
    const { dir, cms, env } = await project();
    expect((await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env })).code).toBe(0);
    const [documentId] = [...cms.documents.keys()];
    const fr = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const translation = readFileSync(fr, 'utf8');
    const resource = JSON.parse(translation) as Record<string, string>;
    delete resource[Object.keys(resource)[0]!];
    writeFileSync(fr, JSON.stringify(resource));

    const held = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env });
    expect(held.code).toBe(1);
    // The other versions change too: their language links (JSON-LD workTranslation) lose French.
    expect(held.stdout).toContain('rechenzentrum → strapi: 3 languages, 0 created, 2 updated, 0 unchanged, 1 held (1 unpublished)\n');
    expect(held.stdout).toContain('  fr  held and unpublished (translation): 1 missing key in locales/fr/rechenzentrum.json\n');
    expect(cms.documents.get(documentId!)!.get('fr')!.publishedAt).toBeNull();
    expect(cms.documents.get(documentId!)!.get('en')!.publishedAt).not.toBeNull();
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    open.push(store);
    expect(store.lastPublish('strapi', 'rechenzentrum', 'fr')).toMatchObject({ state: 'unpublished', remoteId: documentId });

    // Held still: nothing more is sent.
    const again = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env });
    expect(again.stdout).toContain('2 unchanged, 1 held\n');
    expect(cms.writes().filter((r) => r.path.endsWith('/unpublish'))).toHaveLength(1);

    writeFileSync(fr, translation);
    const back = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env });
    expect(back.code).toBe(0);
    expect(cms.documents.get(documentId!)!.get('fr')!.publishedAt).not.toBeNull();
    expect(store.lastPublish('strapi', 'rechenzentrum', 'fr')).toMatchObject({ state: 'published' });
  });

  it('`withdraw` unpublishes every language at every target it went to, and records it', async () => {
    const { dir, cms, env } = await project();
    expect((await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env })).code).toBe(0);
    expect((await runCli(['publish', 'rechenzentrum', '--target', 'static'], { cwd: dir, env })).code).toBe(0);
    expect(existsSync(join(dir, 'output', 'site', 'rechenzentrum', 'fr.html'))).toBe(true);
    const result = await runCli(['withdraw', 'rechenzentrum'], { cwd: dir, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('rechenzentrum → static: 3 languages unpublished (de en fr)\nrechenzentrum → strapi: 3 languages unpublished (de en fr)\n');
    for (const entry of cms.documents.values().next().value!.values()) expect(entry.publishedAt, entry.locale).toBeNull();
    expect(existsSync(join(dir, 'output', 'site', 'rechenzentrum'))).toBe(false);
    expect(readFileSync(join(dir, 'output', 'site', 'index.html'), 'utf8')).not.toContain('rechenzentrum/');
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    open.push(store);
    expect(store.articleRecords('rechenzentrum').map((r) => `${r.target} ${r.lang} ${r.state}`)).toEqual([
      'static de unpublished',
      'static en unpublished',
      'static fr unpublished',
      'strapi de unpublished',
      'strapi en unpublished',
      'strapi fr unpublished',
    ]);
    expect((await runCli(['withdraw', 'rechenzentrum'], { cwd: dir, env })).stdout).toBe('rechenzentrum: not published, nothing to withdraw\n');
    // Publishing again puts it back.
    const back = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env });
    expect(back.stdout.split('\n')[0]).toBe('rechenzentrum → strapi: 3 languages, 3 created, 0 updated, 0 unchanged, 0 held');
    expect(cms.documents.size).toBe(1);
  });
});
