// The Directus target (on @directus/sdk) against a loopback server speaking the part of
// Directus 11's REST API it uses — /items/<collection> with filter, fields and limit; create;
// update — for the faults a CMS has: 503, 429 with Retry-After, a reset connection, a success
// answer that is not JSON, an answer lost after a create, a refused token. The e2e suite runs a
// real Directus; this one makes its faults happen on purpose.

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { readArticle } from '../src/ingest/index.js';
import { buildVersions } from '../src/pipeline/index.js';
import { createDirectusTarget, publishArticle } from '../src/publish/index.js';
import { openStore } from '../src/store/index.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { startLoopback, type LoopbackServer, type RecordedRequest, type Reply } from './helpers/loopback/server.js';
import { tmpProject } from './helpers/tmp.js';

type Item = Record<string, unknown> & { id: number };

/** A minimal Directus: collections of items, Directus's `{ data }` and `{ errors }` shapes. */
async function fakeDirectus(token: string) {
  const collections = new Map<string, Item[]>([
    ['languages', ['de', 'en', 'fr'].map((code, i) => ({ id: i, code }))],
    ['articles', []],
    ['articles_translations', []],
  ]);
  let nextId = 1;
  let loseNextCreate = false;
  const error = (status: number, code: string, message: string): Reply => ({ status, body: { errors: [{ message, extensions: { code } }] } });
  const matches = (item: Item, filter: Record<string, { _eq: unknown }>) => Object.entries(filter).every(([field, { _eq }]) => String(item[field]) === String(_eq));
  const server: LoopbackServer = await startLoopback(async (req: RecordedRequest) => {
    if (req.headers.authorization !== `Bearer ${token}`) return error(401, 'INVALID_CREDENTIALS', 'Invalid user credentials.');
    const m = /^\/items\/([a-z_]+)(?:\/(\d+))?$/.exec(req.path);
    const list = m ? collections.get(m[1]!) : undefined;
    if (!m || !list) return error(403, 'FORBIDDEN', "You don't have permission to access this.");
    if (req.method === 'GET') {
      const filter = JSON.parse(req.query.get('filter') ?? '{}') as Record<string, { _eq: unknown }>;
      return { status: 200, body: { data: list.filter((item) => matches(item, filter)) } };
    }
    const body = req.body as Record<string, unknown>;
    if (req.method === 'POST') {
      const item: Item = { ...body, id: nextId++, date_updated: new Date().toISOString() };
      list.push(item);
      if (loseNextCreate) {
        loseNextCreate = false;
        return new Promise<Reply>(() => {}); // applied, never answered
      }
      return { status: 200, body: { data: item } };
    }
    if (req.method === 'PATCH' && m[2]) {
      const item = list.find((i) => i.id === Number(m[2]));
      if (!item) return error(403, 'FORBIDDEN', "You don't have permission to access this.");
      Object.assign(item, body, { date_updated: new Date().toISOString() });
      return { status: 200, body: { data: { id: item.id } } };
    }
    return error(405, 'METHOD_NOT_ALLOWED', 'no');
  });
  return {
    server,
    collections,
    loseNextCreate: () => {
      loseNextCreate = true;
    },
    writes: () => server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`),
    close: () => server.close(),
  };
}

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup() {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr']);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  const cms = await fakeDirectus('tok-1');
  open.push(cms);
  const store = openStore(join(dir, '.newsdesk', 'state.db'));
  open.push(store);
  const config = loadConfig(dir);
  const article = readArticle('rechenzentrum', config, dir);
  const versions = buildVersions(article, config, { cwd: dir }).versions;
  const clock = fakeClock();
  const target = (token = 'tok-1', settings: Record<string, unknown> = {}) =>
    createDirectusTarget('directus', { timeoutMs: 1500, ...settings }, { env: { DIRECTUS_URL: cms.server.url, DIRECTUS_TOKEN: token }, clock: clock.clock, random: () => 1 });
  return { cms, store, article, versions, clock, target };
}

describe('the Directus target', () => {
  it('creates the article once and one published row per language, then sends nothing unchanged', async () => {
    const s = await setup();
    const first = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(first.outcomes.map((o) => `${o.lang} ${o.action}`)).toEqual(['de created', 'en created', 'fr created']);
    expect(s.cms.writes()).toEqual(['POST /items/articles', 'POST /items/articles_translations', 'POST /items/articles_translations', 'POST /items/articles_translations']);
    const rows = s.cms.collections.get('articles_translations')!;
    expect(rows.map((r) => [r.languages_code, r.status, r.articles_id])).toEqual([['de', 'published', 1], ['en', 'published', 1], ['fr', 'published', 1]]);
    // The state store lost: found by external_id, nothing written again.
    s.store.close();
    const again = await publishArticle(s.article, s.versions, s.target());
    expect(again.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(s.cms.writes()).toHaveLength(4);
  });

  it('retries 503, 429 (waiting Retry-After), a reset connection and a success answer that is not JSON', async () => {
    const s = await setup();
    s.cms.server.script(
      { status: 503, body: { errors: [{ message: 'Service Unavailable' }] } },
      { status: 429, headers: { 'retry-after': '3' }, body: { errors: [{ message: 'Too many requests' }] } },
      { reset: true },
      { status: 200, body: '<html>proxy</html>', headers: { 'content-type': 'text/html' } },
      { status: 200, body: '{"data": [', headers: { 'content-type': 'application/json' } },
    );
    const logs: string[] = [];
    const result = await publishArticle(s.article, s.versions, s.target('tok-1', { retries: 5 }), { store: s.store, log: (line) => logs.push(line) });
    expect(result.exitCode).toBe(0);
    // random() = 1: the full backoff ceiling (500 · 2^n), Retry-After raising the second to 3 s.
    expect(s.clock.sleeps).toEqual([500, 3000, 2000, 4000, 8000]);
    expect(logs.map((l) => l.replace(/ in \d+ ms$/, ''))).toEqual([
      'directus: GET /items/languages failed (503), retry 1',
      'directus: GET /items/languages failed (429), retry 2',
      'directus: GET /items/languages failed (network), retry 3',
      'directus: GET /items/languages failed (200), retry 4',
      'directus: GET /items/languages failed (200), retry 5',
    ]);
    expect(s.cms.collections.get('articles')).toHaveLength(1);
  });

  it('a create whose answer was lost is looked up, not sent again', async () => {
    const s = await setup();
    s.cms.loseNextCreate();
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.cms.collections.get('articles')).toHaveLength(1);
    expect(s.cms.writes().filter((w) => w === 'POST /items/articles')).toHaveLength(1);
  });

  it('gives up after the retries with one line, and stops at once on a refused token', async () => {
    const s = await setup();
    s.cms.server.script(...Array.from({ length: 3 }, () => ({ status: 502, body: { errors: [{ message: 'Bad Gateway' }] } })));
    const error = (await publishArticle(s.article, s.versions, s.target('tok-1', { retries: 2 }), { store: s.store }).catch((e: unknown) => e)) as NewsdeskError;
    expect(error).toBeInstanceOf(NewsdeskError);
    expect(error.toLine()).toBe('directus: GET /items/languages: HTTP 502 Bad Gateway (3 attempts)');
    const refused = (await publishArticle(s.article, s.versions, s.target('wrong'), { store: s.store }).catch((e: unknown) => e)) as NewsdeskError;
    expect(refused.toLine()).toBe('directus: the token was refused (GET /items/languages: HTTP 401 Invalid user credentials.) — check the API key or token in the environment');
    expect(s.clock.sleeps).toEqual([500, 1000]);
  });
});
