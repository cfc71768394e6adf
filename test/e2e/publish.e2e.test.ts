// `newsdesk publish --target strapi` against a real Strapi 5.54 (test/e2e/strapi, started
// and provisioned by scripts/strapi-e2e.sh): the sample article with its reviewed
// translations in 14 languages, re-runs that send nothing and duplicate nothing, one
// corrected translation that updates one locale, one changed source sentence that updates
// only the versions it changes, and what the CMS holds at the end. Validation and QA run but
// only warn in this project (their verdicts are their suites' business); the last test runs
// them as configured and checks that what they hold back stays out of the CMS. Requests are
// counted by wrapping fetch (the CLI runs in-process).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type LanguageCode } from '../../src/lang/codes.js';
import { parse, stringify } from 'yaml';
import { openStore } from '../../src/store/index.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { addArticle, configWith, copySample, editLocale as editIn, keyOf as keyIn, editOneSourceSentence, recordRequests, seedProject, testGet, SMALL_ARTICLE, versionsOf as versionsIn, warningsOnly, type RecordedRequests } from './support/project.js';

const STRAPI_URL = process.env.STRAPI_URL ?? '';
const STRAPI_TOKEN = process.env.STRAPI_TOKEN ?? '';
const STRAPI_TOKEN_READONLY = process.env.STRAPI_TOKEN_READONLY ?? '';

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

let recorded: RecordedRequests | undefined;
/** The requests newsdesk sent since the last `sent().length = 0`. */
const sent = () => recorded?.list ?? [];
const realFetch: typeof fetch = (input, init) => (recorded?.fetch ?? globalThis.fetch)(input, init);
let dir = '';

const read = (url: string) => testGet(url, { authorization: `Bearer ${STRAPI_TOKEN}` }, realFetch);

/** Every stored entry (all locales), drafts or published ones, read straight from the CMS. */
async function entries(status: 'draft' | 'published', externalId?: string): Promise<Entry[]> {
  const all: Entry[] = [];
  for (let page = 1; ; page++) {
    const query = new URLSearchParams({ locale: '*', status, 'pagination[page]': String(page), 'pagination[pageSize]': '100', sort: 'id:asc' });
    if (externalId) query.set('filters[externalId][$eq]', externalId);
    const response = await read(`${STRAPI_URL}/api/articles?${query}`);
    expect(response.status).toBe(200);
    const json = (await response.json()) as { data: Entry[]; meta: { pagination: { pageCount: number } } };
    all.push(...json.data);
    if (page >= json.meta.pagination.pageCount) return all;
  }
}

function writes(): string[] {
  return sent().filter((r) => r.method === 'POST' || r.method === 'PUT').map((r) => `${r.method} ${new URL(r.url).pathname}?locale=${new URL(r.url).searchParams.get('locale')}`);
}

async function publish(...args: string[]): Promise<CliResult> {
  sent().length = 0;
  return runCli(['publish', ...args], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN } });
}

const versionsOf = (slug: string, root = dir) => versionsIn(root, slug);
const keyOf = (slug: string, text: string) => keyIn(dir, slug, text);
const editLocale = (lng: string, slug: string, edit: (resource: Record<string, string>) => Record<string, string>) => editIn(dir, lng, slug, edit);

const TRANSLATIONS = LANGUAGES.filter((l) => l !== 'de');

const byLocale = (list: Entry[]) => new Map(list.map((e) => [e.locale, e]));

describe('publish to a real Strapi 5', () => {
  beforeAll(() => {
    if (!STRAPI_URL || !STRAPI_TOKEN) throw new Error('STRAPI_URL and STRAPI_TOKEN are not set: run the suite with scripts/strapi-e2e.sh');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));
    seedProject(dir, LANGUAGES, configWith(warningsOnly()));
    copySample(dir, TRANSLATIONS);
    addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
    recorded = recordRequests();
  });
  afterAll(() => {
    recorded?.restore();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('`cms check strapi` with the least-privilege token of the e2e: everything newsdesk needs is there, and no more', async () => {
    const result = await runCli(['cms', 'check', 'strapi'], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('✗'))).toEqual([]);
    expect(lines).toContain('✓ Strapi has a locale for each of the 14 languages');
    expect(lines).toContain('✓ the token may unpublish articles');
    expect(lines).toContain('✓ the token may not delete articles (newsdesk never deletes)');
    expect(lines.at(-1)).toBe('strapi: ready for newsdesk');
    // Its probing writes are ones Strapi must refuse (an invalid body, no such document): nothing is stored.
    expect(writes().length).toBeGreaterThan(0);
    expect(await entries('draft')).toEqual([]);
  });

  it('`cms check strapi` with a read-only token says exactly which permissions are missing (exit 1)', async () => {
    const result = await runCli(['cms', 'check', 'strapi', '--json'], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN: STRAPI_TOKEN_READONLY } });
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Array<{ ok: boolean; check: string; fix?: string }>;
    expect(findings.filter((f) => !f.ok).map((f) => f.check)).toEqual([
      'the token may list locales (i18n: Locale → find)',
      'the token may findOne articles',
      'the token may create articles',
      'the token may update articles',
      'the token may unpublish articles',
    ]);
    expect(findings.find((f) => f.check === 'the token may create articles')!.fix).toBe('allow "create" under Article in the token\'s permissions (Settings → API Tokens)');
    expect(await entries('draft')).toEqual([]);
  });

  it('checks the CMS locales first: a language without its locale stops everything (exit 2)', async () => {
    const config = parse(readFileSync(join(dir, 'pipeline', 'config.yaml'), 'utf8')) as { publish: { targets: Record<string, unknown> } };
    config.publish.targets['strapi-ca'] = { type: 'strapi', locales: { fr: 'fr-CA' } };
    writeFileSync(join(dir, 'pipeline', 'config.yaml'), stringify(config));
    const result = await publish('ki-stadt', '--target', 'strapi-ca');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsdesk publish: strapi-ca: the CMS has no locale for fr \(as fr-CA\); it has de el en es fi fr id it ja la pt ru sa zh — /);
    expect(writes()).toEqual([]);
  });

  it('refuses a wrong token with exit 2 and one line', async () => {
    sent().length = 0;
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
    expect(stored.get('la')!.title.startsWith('Pechinum, Sciamhaevum et Shenzhen')).toBe(true);
    expect(stored.get('zh')!.body).toContain('1.5万');
    expect(stored.get('de')!.figures.length).toBeGreaterThan(0);
    expect(stored.get('de')!.jsonld.workTranslation).toHaveLength(13);
    expect(stored.get('zh')!.jsonld.translationOfWork).toMatchObject({ inLanguage: 'de' });
  });

  it('re-publishes without sending anything: no request at all, nothing updated in the CMS', async () => {
    const before = byLocale(await entries('published', 'ki-stadt'));
    const result = await publish('ki-stadt', '--target', 'strapi');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('ki-stadt → strapi: 14 languages, 0 created, 0 updated, 14 unchanged, 0 held\n');
    expect(sent()).toEqual([]);
    const after = byLocale(await entries('published', 'ki-stadt'));
    for (const [locale, entry] of after) expect(entry.updatedAt, locale).toBe(before.get(locale)!.updatedAt);
  });

  it('one corrected sentence in the French translation updates the French locale only', async () => {
    const before = byLocale(await entries('published', 'ki-stadt'));
    const key = keyOf('ki-stadt', 'Durch die Rechenleistungsinfrastruktur');
    editLocale('fr', 'ki-stadt', (fr) => ({ ...fr, [key]: `${fr[key]!} (relu)` }));
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

  it('one changed source sentence updates the versions it changes, and not the other article', async () => {
    const other = byLocale(await entries('published', 'rechenzentrum'));
    const before = byLocale(await entries('published', 'ki-stadt'));
    editOneSourceSentence(dir, 'ki-stadt', TRANSLATIONS);
    const result = await publish('ki-stadt', 'rechenzentrum', '--target', 'strapi');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → strapi: 14 languages, 0 created, 2 updated, 12 unchanged, 0 held');
    expect(result.stdout).toContain('rechenzentrum → strapi: 3 languages, 0 created, 0 updated, 3 unchanged, 0 held\n');
    const documentId = before.get('de')!.documentId;
    expect(writes()).toEqual([`PUT /api/articles/${documentId}?locale=de`, `PUT /api/articles/${documentId}?locale=it`]);
    const after = byLocale(await entries('published', 'ki-stadt'));
    expect(after.get('de')!.body).toContain('Hinter dem Ausbau einer starken Infrastruktur');
    expect(after.get('it')!.body).toContain('(rivisto)');
    for (const [locale, entry] of after) if (locale !== 'de' && locale !== 'it') expect(entry.updatedAt, locale).toBe(before.get(locale)!.updatedAt);
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
  it('a held language is unpublished (its draft kept) and recorded; `withdraw` unpublishes the rest', async () => {
    const documentId = (await entries('published', 'ki-stadt'))[0]!.documentId;
    const gone = keyOf('ki-stadt', 'Hinter dem Ausbau einer starken Infrastruktur');
    editLocale('fi', 'ki-stadt', (resource) => Object.fromEntries(Object.entries(resource).filter(([key]) => key !== gone)));
    const result = await publish('ki-stadt', '--target', 'strapi');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}fi {2}held and unpublished \(translation\): 1 missing key in locales\/fi\/ki-stadt\.json$/m);
    expect(writes()).toContain(`POST /api/articles/${documentId}/unpublish?locale=fi`);
    const published = byLocale(await entries('published', 'ki-stadt'));
    expect(published.has('fi')).toBe(false);
    expect(published.size).toBe(13);
    expect(byLocale(await entries('draft', 'ki-stadt')).get('fi')!.title.length).toBeGreaterThan(0);
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    try {
      expect(store.lastPublish('strapi', 'ki-stadt', 'fi')).toMatchObject({ state: 'unpublished', remoteId: documentId });
    } finally {
      store.close();
    }
    const withdrawn = await runCli(['withdraw', 'ki-stadt', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL, STRAPI_TOKEN } });
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toMatch(/^ki-stadt → strapi: 13 languages unpublished \(/);
    expect(await entries('published', 'ki-stadt')).toEqual([]);
    expect(await entries('draft', 'ki-stadt')).toHaveLength(14);
  });

  it('with validation and QA as configured, what they hold back stays out of the CMS (exit 1 when any is held)', async () => {
    const strict = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-strict-'));
    try {
      seedProject(strict, LANGUAGES, configWith(undefined));
      copySample(strict, TRANSLATIONS, 'ki-stadt-strict');
      // The editor accepts the three findings validation has on the sample's source.
      writeFileSync(
        join(strict, 'content', 'ki-stadt-strict', 'review.yaml'),
        [
          '- { rule: range-order, text: "10 bis 10", reason: "quoted as said in the Chinese original", by: Peng Bo }',
          '- { rule: ranking-consistency, text: "unter den ersten drei", reason: "Beijing is named in the sentence before", by: Peng Bo }',
          '- { rule: respectively-arity, text: "bzw.", reason: "the first value is Beijing\'s, named in the sentence before", by: Peng Bo }',
          '',
        ].join('\n'),
      );
      const versions = versionsOf('ki-stadt-strict', strict);
      const publishable = versions.filter((v) => v.publishable).map((v) => v.lang).sort();
      const held = versions.filter((v) => !v.publishable);
      console.log(`strict: ${publishable.length} publishable; held: ${held.map((v) => `${v.lang} (${v.heldReason}: ${v.heldDetail})`).join('; ') || 'none'}`);
      expect(publishable).toContain('de');
      sent().length = 0;
      const result = await runCli(['publish', 'ki-stadt-strict', '--target', 'strapi'], { cwd: strict, env: { STRAPI_URL, STRAPI_TOKEN } });
      expect(result.code, result.stderr).toBe(held.length > 0 ? 1 : 0);
      for (const version of held) expect(result.stdout).toContain(`  ${version.lang}  held (${version.heldReason}): `);
      const stored = await entries('published', 'ki-stadt-strict');
      expect(stored.map((e) => e.locale).sort()).toEqual(publishable);
    } finally {
      rmSync(strict, { recursive: true, force: true });
    }
  });
});
