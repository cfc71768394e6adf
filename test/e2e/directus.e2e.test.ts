// `newsdesk publish --target directus` against a real Directus 11 (test/e2e/directus, started
// by scripts/directus-e2e.sh with newsdesk's schema and a least-privilege user made by
// src/publish/cms/directus/setup.mjs): the sample in 14 languages as one article with 14
// rows in its translations junction; re-runs that send nothing and duplicate nothing (one
// with the state store lost); one changed source sentence that updates only the rows it
// changes; a held language set to draft, and `withdraw`. Requests are counted by wrapping
// fetch (the CLI runs in-process).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang/codes.js';
import { openStore } from '../../src/store/index.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { configWith, copySample, editLocale, editOneSourceSentence, keyOf, recordRequests, seedProject, testGet, versionsOf, warningsOnly, type RecordedRequests } from './support/project.js';

const URL_ = process.env.DIRECTUS_URL ?? '';
const TOKEN = process.env.DIRECTUS_TOKEN ?? '';
const env = { DIRECTUS_URL: URL_, DIRECTUS_TOKEN: TOKEN };

interface Row {
  id: number;
  articles_id: number;
  languages_code: string;
  status: string;
  title: string;
  slug: string;
  body: string;
  body_markdown: string;
  summary: string;
  date_published: string;
  credits: Record<string, string>;
  claims: unknown[];
  figures: unknown[];
  jsonld: Record<string, unknown>;
  digest: string;
  date_updated: string | null;
}

let recorded: RecordedRequests | undefined;
/** The requests newsdesk sent since the last `sent().length = 0`. */
const sent = () => recorded?.list ?? [];
const realFetch: typeof fetch = (input, init) => (recorded?.fetch ?? globalThis.fetch)(input, init);
let dir = '';

async function items<T>(collection: string, query: Record<string, string> = {}): Promise<T[]> {
  const url = `${URL_}/items/${collection}?${new URLSearchParams({ limit: '-1', sort: 'id', ...query })}`;
  const response = await testGet(url, { authorization: `Bearer ${TOKEN}` }, realFetch);
  expect(response.status, url).toBe(200);
  return ((await response.json()) as { data: T[] }).data;
}

const articles = () => items<{ id: number; external_id: string; status: string; translations: number[] }>('articles', { fields: 'id,external_id,status,translations' });
const rows = () => items<Row>('articles_translations');
const byLang = (list: Row[], article: number) => new Map(list.filter((r) => r.articles_id === article).map((r) => [r.languages_code, r]));

function writes(): string[] {
  return sent().filter((r) => r.method !== 'GET' && r.method !== 'SEARCH').map((r) => `${r.method} ${new URL(r.url).pathname}`);
}

async function publish(...args: string[]): Promise<CliResult> {
  sent().length = 0;
  return runCli(['publish', ...args], { cwd: dir, env });
}

const TRANSLATIONS = LANGUAGES.filter((l) => l !== 'de');
let article = 0;

describe('publish to a real Directus 11', () => {
  beforeAll(() => {
    if (!URL_ || !TOKEN) throw new Error('DIRECTUS_URL and DIRECTUS_TOKEN are not set: run the suite with scripts/directus-e2e.sh');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-directus-'));
    seedProject(dir, LANGUAGES, configWith(warningsOnly()));
    copySample(dir, TRANSLATIONS);
    recorded = recordRequests();
  });
  afterAll(() => {
    recorded?.restore();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a wrong token with exit 2 and one line', async () => {
    const result = await runCli(['publish', 'ki-stadt', '--target', 'directus'], { cwd: dir, env: { ...env, DIRECTUS_TOKEN: 'not-a-token' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('newsdesk publish: directus: the token was refused (GET /items/languages: HTTP 401 Invalid user credentials.) — check the API key or token in the environment\n');
  });

  it('checks the languages first: one Directus does not have stops everything (exit 2)', async () => {
    const config = readFileSync(join(dir, 'pipeline', 'config.yaml'), 'utf8');
    writeFileSync(join(dir, 'pipeline', 'config.yaml'), config.replace(/publish:\n {2}target: static\n {2}targets: \{\}/, 'publish:\n  target: static\n  targets:\n    directus-pt:\n      type: directus\n      languages: { pt: pt-BR }'));
    const result = await publish('ki-stadt', '--target', 'directus-pt');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsdesk publish: directus-pt: Directus has no language pt \(as pt-BR\); it has de el en es fi fr id it ja la pt ru sa zh — /);
    expect(writes()).toEqual([]);
  });

  it('publishes the sample in 14 languages: one article, 14 published rows of its translations', async () => {
    const result = await publish('ki-stadt', '--target', 'directus');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → directus: 14 languages, 14 created, 0 updated, 0 unchanged, 0 held');
    const list = await articles();
    expect(list.map((a) => [a.external_id, a.status])).toEqual([['ki-stadt', 'published']]);
    article = list[0]!.id;
    expect(list[0]!.translations).toHaveLength(14);
    expect(writes()).toEqual(['POST /items/articles', ...Array(14).fill('POST /items/articles_translations')]);
    const stored = byLang(await rows(), article);
    for (const version of versionsOf(dir, 'ki-stadt')) {
      const row = stored.get(version.lang)!;
      expect(row, version.lang).toBeDefined();
      expect(row.status).toBe('published');
      expect(row.title).toBe(version.title);
      expect(row.digest).toBe(version.digest);
      expect(row.body).toBe(version.bodyHtml);
      expect(row.body_markdown).toBe(version.bodyMarkdown);
      expect(row.summary).toBe(version.summary);
      expect(row.date_published).toBe('2024-08-02');
      expect(row.credits).toEqual({ editor: 'Peng Bo', proofreading: 'Peng Qihua' });
      expect(row.jsonld).toMatchObject({ '@type': 'NewsArticle', inLanguage: version.lang });
      expect(row.claims).toHaveLength(version.claims.length);
    }
    expect(stored.get('zh')!.body).toContain('1.5万');
  });

  it('three more runs, one with the state store lost, send nothing and duplicate nothing', async () => {
    const before = byLang(await rows(), article);
    for (const run of [1, 2, 3]) {
      if (run === 2) rmSync(join(dir, '.newsdesk'), { recursive: true, force: true });
      const result = await publish('ki-stadt', '--target', 'directus');
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0);
      expect(result.stdout.split('\n')[0], `run ${run}`).toBe('ki-stadt → directus: 14 languages, 0 created, 0 updated, 14 unchanged, 0 held');
      expect(writes(), `run ${run}`).toEqual([]);
    }
    expect(await articles()).toHaveLength(1);
    const all = await rows();
    expect(all).toHaveLength(14);
    for (const [lang, row] of byLang(all, article)) expect(row.date_updated, lang).toBe(before.get(lang)!.date_updated);
  });

  it('one changed source sentence updates only the rows it changes', async () => {
    const before = byLang(await rows(), article);
    editOneSourceSentence(dir, 'ki-stadt', TRANSLATIONS);
    const result = await publish('ki-stadt', '--target', 'directus');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → directus: 14 languages, 0 created, 2 updated, 12 unchanged, 0 held');
    expect(writes()).toEqual([`PATCH /items/articles_translations/${before.get('de')!.id}`, `PATCH /items/articles_translations/${before.get('it')!.id}`]);
    const after = byLang(await rows(), article);
    expect(after.get('de')!.body).toContain('Hinter dem Ausbau einer starken Infrastruktur');
    expect(after.get('it')!.body).toContain('(rivisto)');
    for (const [lang, row] of after) {
      if (lang === 'de' || lang === 'it') expect(row.date_updated, lang).not.toBe(before.get(lang)!.date_updated);
      else expect(row.date_updated, lang).toBe(before.get(lang)!.date_updated);
    }
  });

  it('a held language is set to draft and recorded; `withdraw` drafts the rest and the article', async () => {
    const before = byLang(await rows(), article);
    const gone = keyOf(dir, 'ki-stadt', 'Hinter dem Ausbau einer starken Infrastruktur');
    editLocale(dir, 'fi', 'ki-stadt', (resource) => Object.fromEntries(Object.entries(resource).filter(([key]) => key !== gone)));
    const result = await publish('ki-stadt', '--target', 'directus');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}fi {2}held and unpublished \(translation\): 1 missing key in locales\/fi\/ki-stadt\.json$/m);
    expect(writes()).toContain(`PATCH /items/articles_translations/${before.get('fi')!.id}`);
    const after = byLang(await rows(), article);
    expect(after.get('fi')!.status).toBe('draft');
    for (const [lang, row] of after) if (lang !== 'fi') expect(row.status, lang).toBe('published');
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    try {
      expect(store.lastPublish('directus', 'ki-stadt', 'fi')).toMatchObject({ state: 'unpublished', remoteId: String(before.get('fi')!.id) });
    } finally {
      store.close();
    }

    const withdrawn = await runCli(['withdraw', 'ki-stadt'], { cwd: dir, env });
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toMatch(/^ki-stadt → directus: 13 languages unpublished \(/);
    expect([...byLang(await rows(), article).values()].map((r) => r.status)).toEqual(Array(14).fill('draft'));
    expect((await articles()).map((a) => a.status)).toEqual(['draft']);
    expect(await rows()).toHaveLength(14);
  });
});
