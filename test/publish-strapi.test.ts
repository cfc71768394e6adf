// The Strapi target against a loopback server speaking Strapi 5's REST protocol: one
// document per article, one locale per language, nothing sent twice, and the faults a CMS
// has — down, slow, 5xx, 429, a token revoked mid-run, an answer lost after the write —
// with nothing recorded as published that the CMS does not hold.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.js';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { readArticle } from '../src/ingest/index.js';
import { buildVersions } from '../src/pipeline/index.js';
import { createStrapiTarget, publishArticle, type LanguageVersion } from '../src/publish/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { startFakeStrapi, type FakeStrapi } from './e2e/support/loopback-strapi.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { tmpProject } from './helpers/tmp.js';

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

interface Setup {
  dir: string;
  cms: FakeStrapi;
  store: Store;
  article: Article;
  versions: LanguageVersion[];
  target: (settings?: Record<string, unknown>) => ReturnType<typeof createStrapiTarget>;
  clock: ReturnType<typeof fakeClock>;
  rebuild(): LanguageVersion[];
}

async function setup(options: { locales?: string[] } = {}): Promise<Setup> {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr']);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  const cms = await startFakeStrapi({ locales: options.locales ?? ['en', 'de', 'fr'] });
  open.push(cms);
  const store = openStore(join(dir, '.newsdesk', 'state.db'));
  open.push(store);
  const config = loadConfig(dir);
  const clock = fakeClock();
  const rebuild = () => buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir }).versions;
  return {
    dir,
    cms,
    store,
    article: readArticle('rechenzentrum', config, dir),
    versions: rebuild(),
    clock,
    rebuild,
    target: (settings = {}) => createStrapiTarget('strapi', { timeoutMs: 5000, ...settings }, { env: { STRAPI_URL: cms.url, STRAPI_TOKEN: cms.token }, clock: clock.clock, random: () => 1 }),
  };
}

const writesOf = (cms: FakeStrapi) => cms.writes().map((r) => `${r.method} ${r.path}?locale=${r.query.get('locale')}`);

describe('strapi target', () => {
  it('creates one document in the source language, then one PUT per other language, and records each', async () => {
    const s = await setup();
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.cms.documents.size).toBe(1);
    const [documentId, locales] = [...s.cms.documents][0]!;
    expect(writesOf(s.cms)).toEqual(['POST /api/articles?locale=de', `PUT /api/articles/${documentId}?locale=en`, `PUT /api/articles/${documentId}?locale=fr`]);
    expect([...locales.keys()].sort()).toEqual(['de', 'en', 'fr']);
    const en = locales.get('en')!;
    expect(en).toMatchObject({ title: '[en] Peking baut ein Rechenzentrum', slug: 'rechenzentrum', externalId: 'rechenzentrum', datePublished: '2024-08-02', credits: { editor: 'Peng Bo' } });
    expect(en.body).toContain('<h1>[en] Peking baut ein Rechenzentrum</h1>');
    expect((en.jsonld as Record<string, unknown>).inLanguage).toBe('en');
    expect(result.outcomes.map((o) => [o.lang, o.action, o.remoteId])).toEqual([
      ['de', 'created', documentId],
      ['en', 'created', documentId],
      ['fr', 'created', documentId],
    ]);
    for (const lang of ['de', 'en', 'fr']) expect(s.store.lastPublish('strapi', 'rechenzentrum', lang)).toMatchObject({ remoteId: documentId, digest: s.versions.find((v) => v.lang === lang)!.digest });
    // Every request carried the token as a bearer header.
    expect(s.cms.server.requests.every((r) => r.headers.authorization === `Bearer ${s.cms.token}`)).toBe(true);
  });

  it('sends nothing when nothing changed, and only the changed language when one translation changed', async () => {
    const s = await setup();
    await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    const before = s.cms.server.requests.length;
    const again = await publishArticle(s.article, s.rebuild(), s.target(), { store: s.store });
    expect(again.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(s.cms.server.requests.length).toBe(before);

    const file = join(s.dir, 'locales', 'fr', 'rechenzentrum.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[fr] Die erste Phase ist fertig.', '[fr] La première phase est terminée.'));
    const third = await publishArticle(s.article, s.rebuild(), s.target(), { store: s.store });
    expect(third.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'updated']);
    const documentId = [...s.cms.documents.keys()][0]!;
    expect(writesOf(s.cms).slice(3)).toEqual([`PUT /api/articles/${documentId}?locale=fr`]);
    expect(s.cms.documents.size).toBe(1);
    expect(String(s.cms.documents.get(documentId)!.get('fr')!.body)).toContain('La première phase est terminée.');
  });

  it('finds the document by externalId when the records are lost, and sends only what differs', async () => {
    const s = await setup();
    await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    const fresh = openStore(join(s.dir, '.newsdesk', 'other.db'));
    open.push(fresh);
    const writes = s.cms.writes().length;
    const result = await publishArticle(s.article, s.versions, s.target(), { store: fresh });
    expect(result.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(s.cms.writes().length).toBe(writes);
    expect(s.cms.documents.size).toBe(1);
    // …and the new store now knows the remote id.
    expect(fresh.lastPublish('strapi', 'rechenzentrum', 'fr')?.remoteId).toBe([...s.cms.documents.keys()][0]);
  });

  it('refuses to write when the CMS lacks a locale (Strapi would store it silently)', async () => {
    const s = await setup({ locales: ['en', 'de'] });
    const error = await publishArticle(s.article, s.versions, s.target(), { store: s.store }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewsdeskError);
    expect((error as NewsdeskError).exitCode).toBe(2);
    expect((error as NewsdeskError).message).toBe('strapi: the CMS has no locale for fr; it has de en');
    expect(s.cms.writes()).toEqual([]);
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'de')).toBeUndefined();
  });

  it('maps a language to another Strapi locale code', async () => {
    const s = await setup({ locales: ['en', 'de', 'fr-FR'] });
    await publishArticle(s.article, s.versions, s.target({ locales: { fr: 'fr-FR' } }), { store: s.store });
    expect([...[...s.cms.documents.values()][0]!.keys()].sort()).toEqual(['de', 'en', 'fr-FR']);
  });

  it('retries 503 and 429 with backoff and Retry-After, then publishes once', async () => {
    const s = await setup();
    s.cms.server.script({ status: 503, body: 'down for maintenance' }, { status: 429, headers: { 'retry-after': '2' }, body: { error: { message: 'Too Many Requests' } } });
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.exitCode).toBe(0);
    // random() = 1: the full backoff ceiling, 500 ms then 1000 ms; Retry-After raises the second to 2 s.
    expect(s.clock.sleeps).toEqual([500, 2000]);
    expect(s.cms.documents.size).toBe(1);
  });

  it('retries a reset connection and a success answer that is not JSON (a proxy page), then publishes once', async () => {
    const s = await setup();
    s.cms.server.script({ reset: true }, { status: 200, body: '<html><body>Gateway</body></html>' });
    const logs: string[] = [];
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store, log: (line) => logs.push(line) });
    expect(result.exitCode).toBe(0);
    expect(s.clock.sleeps).toEqual([500, 1000]);
    expect(logs[0]).toBe('strapi: GET /api/i18n/locales failed (network), retry 1 in 500 ms');
    expect(logs[1]).toBe('strapi: GET /api/i18n/locales failed (200), retry 2 in 1000 ms');
    expect(s.cms.documents.size).toBe(1);
  });

  it('stops with exit 2 after the retries when the CMS keeps failing, recording only what it holds', async () => {
    const s = await setup();
    await publishArticle(s.article, s.versions.slice(0, 1), s.target(), { store: s.store }); // de only
    s.cms.server.script(...Array.from({ length: 10 }, () => ({ status: 502 })));
    const error = (await publishArticle(s.article, s.versions, s.target({ retries: 2 }), { store: s.store }).catch((e: unknown) => e)) as NewsdeskError;
    expect(error.exitCode).toBe(2);
    expect(error.toLine()).toMatch(/^strapi: GET \/api\/i18n\/locales: HTTP 502 .* \(3 attempts\)$/);
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'en')).toBeUndefined();
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'de')).toBeDefined();
  });

  it('stops at once on 401 mid-run: nothing retried, only confirmed languages recorded', async () => {
    const s = await setup();
    s.cms.revokeTokenAfter(1); // the POST in de succeeds, everything after is refused
    const error = (await publishArticle(s.article, s.versions, s.target(), { store: s.store }).catch((e: unknown) => e)) as NewsdeskError;
    expect(error).toBeInstanceOf(NewsdeskError);
    expect(error.name).toBe('AuthError');
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^strapi: the token was refused \(GET \/api\/articles\/\w+: HTTP 401 Missing or invalid credentials\)$/);
    expect(error.toLine()).not.toContain(s.cms.token);
    expect(s.clock.sleeps).toEqual([]);
    // de was written, but its read-back was refused: the CMS may hold it, newsdesk does not claim it.
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'de')).toBeUndefined();
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'en')).toBeUndefined();
  });

  it('does not create a second document when the answer to its POST is lost', async () => {
    const s = await setup();
    s.cms.loseNextAnswer('POST');
    const result = await publishArticle(s.article, s.versions, s.target({ timeoutMs: 500 }), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.cms.writes().filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(s.cms.documents.size).toBe(1);
    expect(s.clock.sleeps.length).toBeGreaterThanOrEqual(1); // it did wait and look again
  });

  it('times out a CMS that does not answer, and retries', async () => {
    const s = await setup();
    s.cms.server.script({ hang: true });
    const result = await publishArticle(s.article, s.versions, s.target({ timeoutMs: 500 }), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.clock.sleeps[0]).toBe(500);
    expect(s.cms.documents.size).toBe(1);
  });

  it('refuses a version the CMS reads back differently, and does not record it', async () => {
    const s = await setup();
    await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    const documentId = [...s.cms.documents.keys()][0]!;
    const before = s.store.lastPublish('strapi', 'rechenzentrum', 'en')!;
    const file = join(s.dir, 'locales', 'en', 'rechenzentrum.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[en] Die erste Phase ist fertig.', '[en] The first phase is complete.'));
    // A CMS-side hook that rewrites titles after every write: the read-back must notice.
    const rewriting = createStrapiTarget('strapi', { timeoutMs: 5000 }, {
      env: { STRAPI_URL: s.cms.url, STRAPI_TOKEN: s.cms.token },
      clock: s.clock.clock,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method === 'PUT') s.cms.tamper(documentId, 'en', 'title', 'Edited in the CMS');
        return response;
      },
    });
    const error = (await publishArticle(s.article, s.rebuild(), rewriting, { store: s.store }).catch((e: unknown) => e)) as NewsdeskError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`strapi: en read back differs from what was sent (title) in document ${documentId}`);
    expect(s.store.lastPublish('strapi', 'rechenzentrum', 'en')).toEqual(before);
  });
});
