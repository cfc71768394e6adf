// `newsdesk publish --target strapi` against a real Strapi 5.54 (test/e2e/strapi, started
// and provisioned by scripts/strapi-e2e.sh): the sample article in 14 languages, re-runs
// that send nothing and duplicate nothing, one changed translation that updates one locale,
// one changed source sentence that updates that article's versions only, and what the CMS
// holds at the end. Requests are counted by wrapping fetch (the CLI runs in-process).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { LANGUAGES, type LanguageCode } from '../../src/lang/codes.js';
import { buildVersions, type LanguageVersion } from '../../src/publish/index.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { updatePseudoTranslations } from './support/pseudo.js';
import { addArticle, REPO, seedProject, SMALL_ARTICLE } from './support/project.js';

const STRAPI_URL = process.env.STRAPI_URL ?? '';
const STRAPI_TOKEN = process.env.STRAPI_TOKEN ?? '';

interface Entry {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  body: string;
  bodyMarkdown: string;
  summary: string;
  datePublished: string;
  externalId: string;
  digest: string;
  credits: Record<string, string>;
  claims: Array<{ id: string; text: string }>;
  figures: unknown[];
  jsonld: Record<string, unknown>;
  updatedAt: string;
  publishedAt: string | null;
}

const requests: Array<{ method: string; url: string }> = [];
const realFetch = globalThis.fetch;
let dir = '';

/** Every stored entry (all locales), drafts or published ones, read straight from the CMS. */
async function entries(status: 'draft' | 'published', externalId?: string): Promise<Entry[]> {
  const all: Entry[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({ locale: '*', status, 'pagination[page]': String(page), 'pagination[pageSize]': '100', sort: 'id:asc' });
    if (externalId) query.set('filters[externalId][$eq]', externalId);
    const response = await realFetch(`${STRAPI_URL}/api/articles?${query}`, { headers: { authorization: `Bearer ${STRAPI_TOKEN}` } });
    expect(response.status).toBe(200);
    const json = (await response.json()) as { data: Entry[]; meta: { pagination: { pageCount: number } } };
    all.push(...json.data);
    if (page >= json.meta.pagination.pageCount) return all;
  }
}

function writes(): string[] {
  return requests.filter((r) => r.method === 'POST' || r.method === 'PUT').map((r) => `${r.method} ${new URL(r.url).pathname}?locale=${new URL(r.url).searchParams.get('locale')}`);
}

async function publish(...args: string[]): Promise<CliResult> {
  requests.length = 0;
  return runCli(['publish', ...args], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN } });
}

function versionsOf(slug: string): LanguageVersion[] {
  const config = loadConfig(dir);
  return buildVersions(readArticle(slug, config, dir), config, { cwd: dir }).versions;
}

const byLocale = (list: Entry[]) => new Map(list.map((e) => [e.locale, e]));

describe('publish to a real Strapi 5', () => {
  beforeAll(() => {
    if (!STRAPI_URL || !STRAPI_TOKEN) throw new Error('STRAPI_URL and STRAPI_TOKEN are not set: run the suite with scripts/strapi-e2e.sh');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));
    seedProject(dir, LANGUAGES);
    addArticle(dir, 'ki-stadt', readFileSync(join(REPO, 'content', 'ki-stadt', 'index.md'), 'utf8'), LANGUAGES);
    addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
    globalThis.fetch = async (input, init) => {
      requests.push({ method: init?.method ?? 'GET', url: String(input) });
      return realFetch(input, init);
    };
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('checks the CMS locales first: a language without its locale stops everything (exit 2)', async () => {
    writeFileSync(join(dir, 'pipeline', 'config.yaml'), `${readFileSync(join(dir, 'pipeline', 'config.yaml'), 'utf8')}\n`.replace('  targets: {}', '  targets:\n    strapi-ca: { type: strapi, locales: { fr: fr-CA } }'));
    const result = await publish('ki-stadt', '--target', 'strapi-ca');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsdesk publish: strapi-ca: the CMS has no locale for fr \(as fr-CA\); it has de el en es fi fr id it ja la pt ru sa zh — /);
    expect(writes()).toEqual([]);
  });

  it('refuses a wrong token with exit 2 and one line', async () => {
    requests.length = 0;
    const result = await runCli(['publish', 'ki-stadt', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN: 'wrong-token' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('newsdesk publish: strapi: the token was refused (GET /api/i18n/locales: HTTP 401 Missing or invalid credentials) — check the API key or token in the environment\n');
  });

  it('publishes the sample in 14 languages: one document, created in German, one PUT per other language', async () => {
    const result = await publish('ki-stadt', 'rechenzentrum', '--target', 'strapi');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → strapi: 14 languages, 14 created, 0 updated, 0 unchanged, 0 held');
    const stored = await entries('published', 'ki-stadt');
    expect(stored).toHaveLength(14);
    const documentId = stored[0]!.documentId;
    expect(new Set(stored.map((e) => e.documentId))).toEqual(new Set([documentId]));
    expect(stored.map((e) => e.locale).sort()).toEqual([...LANGUAGES].sort());
    const ki = writes().slice(0, 14);
    expect(ki[0]).toBe('POST /api/articles?locale=de');
    expect(ki.slice(1).sort()).toEqual(LANGUAGES.filter((l) => l !== 'de').map((l) => `PUT /api/articles/${documentId}?locale=${l}`).sort());
    expect(writes()).toHaveLength(14 + 3);
  });

  it('holds, for every locale, the version newsdesk built (title, digest, body, metadata)', async () => {
    const stored = byLocale(await entries('published', 'ki-stadt'));
    for (const version of versionsOf('ki-stadt')) {
      const entry = stored.get(version.lang)!;
      expect(entry, version.lang).toBeDefined();
      expect(entry.title).toBe(version.title);
      expect(entry.digest).toBe(version.digest);
      expect(entry.slug).toBe('ki-stadt');
      expect(entry.externalId).toBe('ki-stadt');
      expect(entry.datePublished).toBe('2024-08-02');
      expect(entry.body).toBe(version.bodyHtml);
      expect(entry.bodyMarkdown).toBe(version.bodyMarkdown);
      expect(entry.summary).toBe(version.summary);
      expect(entry.credits).toEqual({ editor: 'Peng Bo', proofreading: 'Peng Qihua' });
      expect(entry.jsonld).toMatchObject({ '@type': 'NewsArticle', inLanguage: version.lang, datePublished: '2024-08-02' });
      expect(entry.claims.length).toBe(version.claims.length);
      expect(entry.publishedAt).not.toBeNull();
    }
    expect(stored.get('la')!.title.startsWith('[la] Peking, Shanghai und Shenzhen')).toBe(true);
    expect(stored.get('de')!.jsonld.workTranslation).toHaveLength(13);
    expect(stored.get('zh')!.jsonld.translationOfWork).toMatchObject({ inLanguage: 'de' });
  });

  it('re-publishes without sending anything: no request at all, nothing updated in the CMS', async () => {
    const before = byLocale(await entries('published', 'ki-stadt'));
    const result = await publish('ki-stadt', '--target', 'strapi');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ki-stadt → strapi: 14 languages, 0 created, 0 updated, 14 unchanged, 0 held\n');
    expect(requests).toEqual([]);
    const after = byLocale(await entries('published', 'ki-stadt'));
    for (const [locale, entry] of after) expect(entry.updatedAt, locale).toBe(before.get(locale)!.updatedAt);
  });

  it('one corrected sentence in the French translation updates the French locale only', async () => {
    const before = byLocale(await entries('published', 'ki-stadt'));
    const file = join(dir, 'locales', 'fr', 'ki-stadt.json');
    const fr = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const key = Object.keys(fr).find((k) => fr[k]!.includes('Rechenleistungsinfrastruktur'))!;
    fr[key] = fr[key]!.replace('[fr] ', '[fr] (relu) ');
    writeFileSync(file, `${JSON.stringify(fr, null, 2)}\n`);
    const result = await publish('ki-stadt', '--target', 'strapi');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → strapi: 14 languages, 0 created, 1 updated, 13 unchanged, 0 held');
    const documentId = before.get('fr')!.documentId;
    expect(writes()).toEqual([`PUT /api/articles/${documentId}?locale=fr`]);
    const after = byLocale(await entries('published', 'ki-stadt'));
    expect(after.get('fr')!.body).toContain('(relu)');
    for (const [locale, entry] of after) {
      if (locale === 'fr') expect(entry.updatedAt).not.toBe(before.get(locale)!.updatedAt);
      else expect(entry.updatedAt, locale).toBe(before.get(locale)!.updatedAt);
    }
  });

  it('one changed source sentence updates that article’s versions, not the other article', async () => {
    const other = byLocale(await entries('published', 'rechenzentrum'));
    const path = join(dir, 'content', 'ki-stadt', 'index.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Hinter dem Aufbau einer starken Infrastruktur steht', 'Hinter dem Ausbau einer starken Infrastruktur steht'));
    // The translators (here: the pseudo engine) translate the one new sentence in each language.
    const config = loadConfig(dir);
    const fr = readFileSync(join(dir, 'locales', 'fr', 'ki-stadt.json'), 'utf8');
    updatePseudoTranslations(dir, readArticle('ki-stadt', config, dir), LANGUAGES);
    const frNew = JSON.parse(readFileSync(join(dir, 'locales', 'fr', 'ki-stadt.json'), 'utf8')) as Record<string, string>;
    const frOld = JSON.parse(fr) as Record<string, string>;
    expect(Object.keys(frNew).filter((k) => !(k in frOld))).toHaveLength(1);
    expect(Object.values(frNew).some((v) => v.includes('(relu)'))).toBe(true); // the reviewed sentence is kept
    const result = await publish('ki-stadt', 'rechenzentrum', '--target', 'strapi');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → strapi: 14 languages, 0 created, 14 updated, 0 unchanged, 0 held');
    expect(result.stdout).toContain('rechenzentrum → strapi: 3 languages, 0 created, 0 updated, 3 unchanged, 0 held\n');
    expect(writes()).toHaveLength(14);
    expect(writes().every((w) => w.startsWith('PUT '))).toBe(true);
    const after = byLocale(await entries('published', 'ki-stadt'));
    expect(after.get('en')!.body).toContain('[en] Hinter dem Ausbau einer starken Infrastruktur steht');
    for (const [locale, entry] of byLocale(await entries('published', 'rechenzentrum'))) expect(entry.updatedAt, locale).toBe(other.get(locale)!.updatedAt);
  });

  it('three more runs, one of them with the state store lost, leave no duplicate and send nothing', async () => {
    for (const run of [1, 2, 3]) {
      if (run === 2) rmSync(join(dir, '.newsdesk'), { recursive: true, force: true });
      const result = await publish('ki-stadt', 'rechenzentrum', '--target', 'strapi');
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0);
      expect(writes(), `run ${run}`).toEqual([]);
    }
    for (const status of ['draft', 'published'] as const) {
      const all = await entries(status);
      const keys = all.map((e) => `${e.externalId}/${e.locale}`);
      expect(new Set(keys).size, status).toBe(keys.length);
      expect(all.filter((e) => e.externalId === 'ki-stadt')).toHaveLength(14);
      expect(all.filter((e) => e.externalId === 'rechenzentrum')).toHaveLength(3);
      expect(new Set(all.map((e) => e.documentId)).size).toBe(2);
    }
    const stored = byLocale(await entries('published', 'ki-stadt'));
    for (const version of versionsOf('ki-stadt')) expect(stored.get(version.lang as LanguageCode)!.digest, version.lang).toBe(version.digest);
  });
});
