// The WordPress target against a loopback server speaking the part of the WordPress REST API
// (with newsdesk's plugin) it uses — users/me, posts filtered by newsdesk_group, create,
// update, read back, categories — for what the e2e suite cannot make happen on purpose: 503
// and 429 with Retry-After, a reset connection, a success answer that is not JSON, an answer
// lost after a create, a site without the plugin, a user who cannot publish.

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { readArticle } from '../src/ingest/index.js';
import { buildVersions } from '../src/pipeline/index.js';
import { createWordPressTarget, publishArticle } from '../src/publish/index.js';
import { openStore } from '../src/store/index.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { fakeClock } from './helpers/loopback/clock.js';
import { startLoopback, type RecordedRequest, type Reply } from './helpers/loopback/server.js';
import { tmpProject } from './helpers/tmp.js';

interface Post {
  id: number;
  status: string;
  title: { raw: string };
  meta: Record<string, string>;
  categories: number[];
  date_gmt?: string;
  modified_gmt: string;
}

const EDITOR = { edit_posts: true, publish_posts: true, edit_published_posts: true, edit_others_posts: true, manage_categories: true };

async function fakeWordPress(options: { plugin?: boolean; capabilities?: Record<string, boolean> } = {}) {
  const posts: Post[] = [];
  const categories: Array<{ id: number; name: string }> = [];
  let nextId = 10;
  let loseNextCreate = false;
  const auth = `Basic ${Buffer.from('newsdesk:abcd efgh').toString('base64')}`;
  const error = (status: number, code: string, message: string): Reply => ({ status, body: { code, message, data: { status } } });
  const view = (p: Post) => (options.plugin === false ? { ...p, meta: {} } : p);
  const write = (post: Post, body: Record<string, unknown>) => {
    if (typeof body.title === 'string') post.title = { raw: body.title };
    if (typeof body.status === 'string') post.status = body.status;
    if (body.meta) post.meta = { ...post.meta, ...(body.meta as Record<string, string>) };
    if (Array.isArray(body.categories)) post.categories = body.categories as number[];
    if (typeof body.date_gmt === 'string') post.date_gmt = body.date_gmt;
    post.modified_gmt = new Date().toISOString().slice(0, 19);
  };
  const server = await startLoopback(async (req: RecordedRequest) => {
    if (req.headers.authorization !== auth) return error(401, 'incorrect_password', 'The provided password is an invalid application password.');
    const route = req.query.get('rest_route') ?? '';
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (route === '/wp/v2/posts' && req.method === 'OPTIONS') return { status: 200, body: { namespace: 'wp/v2', endpoints: [{ methods: ['GET'], args: options.plugin === false ? { status: {} } : { status: {}, newsdesk_group: {} } }] } };
    if (route === '/wp/v2/users/me') return { status: 200, body: { id: 2, slug: 'newsdesk', capabilities: options.capabilities ?? EDITOR } };
    if (route === '/wp/v2/categories' && req.method === 'GET') return { status: 200, body: categories.filter((c) => c.name.includes(req.query.get('search') ?? '')) };
    if (route === '/wp/v2/categories' && req.method === 'POST') {
      const category = { id: nextId++, name: String(body.name) };
      categories.push(category);
      return { status: 201, body: category };
    }
    if (route === '/wp/v2/posts' && req.method === 'GET') {
      const group = options.plugin === false ? null : req.query.get('newsdesk_group');
      return { status: 200, body: posts.filter((p) => group === null || p.meta.newsdesk_group === group).map(view) };
    }
    if (route === '/wp/v2/posts' && req.method === 'POST') {
      const post: Post = { id: nextId++, status: 'draft', title: { raw: '' }, meta: {}, categories: [], modified_gmt: '' };
      write(post, body);
      posts.push(post);
      if (loseNextCreate) {
        loseNextCreate = false;
        return new Promise<Reply>(() => {});
      }
      return { status: 201, body: view(post) };
    }
    const one = /^\/wp\/v2\/posts\/(\d+)$/.exec(route);
    const post = one ? posts.find((p) => p.id === Number(one[1])) : undefined;
    if (one && !post) return error(404, 'rest_post_invalid_id', 'Invalid post ID.');
    if (post && req.method === 'GET') return { status: 200, body: view(post) };
    if (post && req.method === 'POST') {
      write(post, body);
      return { status: 200, body: view(post) };
    }
    return error(404, 'rest_no_route', 'No route was found matching the URL and request method.');
  });
  return {
    server,
    posts,
    categories,
    loseNextCreate: () => {
      loseNextCreate = true;
    },
    creates: () => server.requests.filter((r) => r.method === 'POST' && r.query.get('rest_route') === '/wp/v2/posts').length,
    close: () => server.close(),
  };
}

const open: Array<{ close(): unknown }> = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function setup(options: Parameters<typeof fakeWordPress>[0] = {}) {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr']);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE.replace('languages: [de, en, fr]', 'section: Tiefe\nlanguages: [de, en, fr]'), ['de', 'en', 'fr']);
  const site = await fakeWordPress(options);
  open.push(site);
  const store = openStore(join(dir, '.newsdesk', 'state.db'));
  open.push(store);
  const config = loadConfig(dir);
  const article = readArticle('rechenzentrum', config, dir);
  const versions = buildVersions(article, config, { cwd: dir }).versions;
  const clock = fakeClock();
  const target = (settings: Record<string, unknown> = {}) =>
    createWordPressTarget('wordpress', { timeoutMs: 1500, ...settings }, { env: { WORDPRESS_URL: site.server.url, WORDPRESS_USER: 'newsdesk', WORDPRESS_APP_PASSWORD: 'abcd efgh' }, clock: clock.clock, random: () => 1 });
  return { site, store, article, versions, clock, target };
}

describe('the WordPress target', () => {
  it('one post per language with group meta, category and date; nothing sent again when the records are lost', async () => {
    const s = await setup();
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.outcomes.map((o) => `${o.lang} ${o.action}`)).toEqual(['de created', 'en created', 'fr created']);
    expect(s.site.posts.map((p) => [p.meta.newsdesk_external_id, p.meta.newsdesk_group, p.status, p.date_gmt])).toEqual([
      ['rechenzentrum/de', 'rechenzentrum', 'publish', '2024-08-02T00:00:00'],
      ['rechenzentrum/en', 'rechenzentrum', 'publish', '2024-08-02T00:00:00'],
      ['rechenzentrum/fr', 'rechenzentrum', 'publish', '2024-08-02T00:00:00'],
    ]);
    expect(s.site.categories.map((c) => c.name).sort()).toEqual(['En profondeur', 'In depth', 'Tiefe']);
    s.store.close();
    const again = await publishArticle(s.article, s.versions, s.target());
    expect(again.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(s.site.creates()).toBe(3);
  });

  it('retries 503, 429 (waiting Retry-After), a reset connection and a success answer that is not JSON', async () => {
    const s = await setup();
    s.site.server.script({ status: 503, body: 'busy' }, { status: 429, headers: { 'retry-after': '4' }, body: { code: 'too_many', message: 'slow down' } }, { reset: true }, { status: 200, body: '<html>cache page</html>' });
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.clock.sleeps).toEqual([500, 4000, 2000, 4000]);
    expect(s.site.posts).toHaveLength(3);
  });

  it('a create whose answer was lost is looked up, not sent again', async () => {
    const s = await setup();
    s.site.loseNextCreate();
    const result = await publishArticle(s.article, s.versions, s.target(), { store: s.store });
    expect(result.exitCode).toBe(0);
    expect(s.site.posts).toHaveLength(3);
    expect(s.site.creates()).toBe(3);
  });

  it('says what is missing: the plugin, or a capability of the user', async () => {
    const s = await setup({ plugin: false });
    const noPlugin = (await publishArticle(s.article, s.versions, s.target()).catch((e: unknown) => e)) as NewsdeskError;
    expect(s.site.posts).toHaveLength(0);
    expect(noPlugin.toLine()).toBe("wordpress: the WordPress site does not have newsdesk's plugin (no newsdesk_group filter on /wp/v2/posts) — copy src/publish/cms/wordpress/newsdesk.php into wp-content/mu-plugins/ (or install and activate it as a plugin)");
    const author = await setup({ capabilities: { ...EDITOR, edit_others_posts: false, manage_categories: false } });
    const refused = (await publishArticle(author.article, author.versions, author.target()).catch((e: unknown) => e)) as NewsdeskError;
    expect(refused.toLine()).toBe('wordpress: WordPress user newsdesk cannot edit_others_posts, manage_categories — give the user the Editor role (or a role with these capabilities)');
    expect(author.site.posts).toHaveLength(0);
  });
});
