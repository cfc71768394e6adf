// `newsdesk publish --target wordpress` against a real WordPress (Debian's package, on PHP's
// built-in server and MariaDB, started by scripts/wordpress-e2e.sh with newsdesk's plugin and
// an Editor's application password): the sample in 14 languages as 14 posts of one group,
// with categories from the section, the publication date and hreflang alternates on the
// page; re-runs that send nothing and duplicate nothing (one with the state store lost); one
// changed source sentence that updates only the versions it changes; a held language set to
// draft, and `withdraw`. Requests are counted by wrapping fetch (the CLI runs in-process).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang/codes.js';
import { openStore } from '../../src/store/index.js';
import { runCli, type CliResult } from '../helpers/cli.js';
import { configWith, copySample, editLocale, editOneSourceSentence, keyOf, recordRequests, seedProject, testGet, versionsOf, warningsOnly, type RecordedRequests } from './support/project.js';

const URL_ = process.env.WORDPRESS_URL ?? '';
const USER = process.env.WORDPRESS_USER ?? '';
const PASSWORD = process.env.WORDPRESS_APP_PASSWORD ?? '';
const AUTH = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;
const env = { WORDPRESS_URL: URL_, WORDPRESS_USER: USER, WORDPRESS_APP_PASSWORD: PASSWORD };

interface Post {
  id: number;
  status: string;
  link: string;
  slug: string;
  date_gmt: string;
  modified_gmt: string;
  title: { raw: string };
  content: { raw: string };
  categories: number[];
  meta: Record<string, string>;
  newsdesk_alternates: Array<{ hreflang: string; href: string }>;
}

let recorded: RecordedRequests | undefined;
/** The requests newsdesk sent since the last `sent().length = 0`. */
const sent = () => recorded?.list ?? [];
const realFetch: typeof fetch = (input, init) => (recorded?.fetch ?? globalThis.fetch)(input, init);
let dir = '';

async function rest(route: string, query: Record<string, string> = {}): Promise<unknown> {
  const url = `${URL_}/?${new URLSearchParams({ rest_route: route, ...query })}`;
  const response = await testGet(url, { authorization: AUTH }, realFetch);
  expect(response.status, url).toBe(200);
  return response.json();
}

/** Every post of the site (all statuses), newest last. */
async function allPosts(): Promise<Post[]> {
  return (await rest('/wp/v2/posts', { status: 'publish,future,draft,pending,private', context: 'edit', per_page: '100', orderby: 'id', order: 'asc' })) as Post[];
}

const byLang = (posts: Post[], group = 'ki-stadt') => new Map(posts.filter((p) => p.meta.newsdesk_group === group).map((p) => [p.meta.newsdesk_lang!, p]));

function writes(): string[] {
  return sent().filter((r) => r.method === 'POST' || r.method === 'PUT').map((r) => `${r.method} ${new URL(r.url).searchParams.get('rest_route')}`);
}

async function publish(...args: string[]): Promise<CliResult> {
  sent().length = 0;
  return runCli(['publish', ...args], { cwd: dir, env });
}

const TRANSLATIONS = LANGUAGES.filter((l) => l !== 'de');

describe('publish to a real WordPress', () => {
  beforeAll(() => {
    if (!URL_ || !USER || !PASSWORD) throw new Error('WORDPRESS_URL, WORDPRESS_USER and WORDPRESS_APP_PASSWORD are not set: run the suite with scripts/wordpress-e2e.sh');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-wp-'));
    seedProject(dir, LANGUAGES, configWith(warningsOnly()));
    copySample(dir, TRANSLATIONS);
    recorded = recordRequests();
  });
  afterAll(() => {
    recorded?.restore();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a wrong application password with exit 2 and one line', async () => {
    const result = await runCli(['publish', 'ki-stadt', '--target', 'wordpress'], { cwd: dir, env: { ...env, WORDPRESS_APP_PASSWORD: 'abcd efgh ijkl mnop qrst uvwx' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsdesk publish: wordpress: the token was refused \(GET \/wp\/v2\/users\/me: HTTP 401 \w+: .*\) — check the API key or token in the environment\n$/);
  });

  it('publishes the sample in 14 languages: 14 posts of one group, with category, date and meta', async () => {
    const result = await publish('ki-stadt', '--target', 'wordpress');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → wordpress: 14 languages, 14 created, 0 updated, 0 unchanged, 0 held');
    expect(writes().filter((w) => w === 'POST /wp/v2/posts')).toHaveLength(14);
    const posts = byLang(await allPosts());
    expect([...posts.keys()].sort()).toEqual([...LANGUAGES].sort());
    const categories = (await rest('/wp/v2/categories', { per_page: '100' })) as Array<{ id: number; name: string }>;
    const categoryName = new Map(categories.map((c) => [c.id, c.name]));
    for (const version of versionsOf(dir, 'ki-stadt')) {
      const post = posts.get(version.lang)!;
      expect(post.status, version.lang).toBe('publish');
      expect(post.title.raw).toBe(version.title);
      expect(post.content.raw).toBe(version.bodyHtml);
      expect(post.meta).toMatchObject({ newsdesk_external_id: `ki-stadt/${version.lang}`, newsdesk_group: 'ki-stadt', newsdesk_lang: version.lang, newsdesk_digest: version.digest });
      expect(post.date_gmt).toBe('2024-08-02T00:00:00');
      expect(post.categories.map((id) => categoryName.get(id))).toEqual([version.jsonld.articleSection]);
    }
    expect(categoryName.get(posts.get('en')!.categories[0]!)).toBe('In depth');
    expect(categoryName.get(posts.get('de')!.categories[0]!)).toBe('Tiefe');
  });

  it('links the 14 posts by hreflang alternates, in the REST API and in the page head', async () => {
    const posts = byLang(await allPosts());
    const fr = posts.get('fr')!;
    expect(fr.newsdesk_alternates.map((a) => a.hreflang).sort()).toEqual([...LANGUAGES].sort());
    const page = await (await testGet(fr.link, {}, realFetch)).text();
    const links = [...page.matchAll(/<link rel="alternate" hreflang="([a-z]+)" href="([^"]+)" \/>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(links.map(([lang]) => lang).sort()).toEqual([...LANGUAGES].sort());
    expect(new Map(links).get('ja')).toBe(posts.get('ja')!.link);
  });

  it('three more runs, one with the state store lost, send nothing and duplicate nothing', async () => {
    const before = byLang(await allPosts());
    for (const run of [1, 2, 3]) {
      if (run === 2) rmSync(join(dir, '.newsdesk'), { recursive: true, force: true });
      const result = await publish('ki-stadt', '--target', 'wordpress');
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0);
      expect(result.stdout.split('\n')[0], `run ${run}`).toBe('ki-stadt → wordpress: 14 languages, 0 created, 0 updated, 14 unchanged, 0 held');
      expect(writes(), `run ${run}`).toEqual([]);
    }
    const all = await allPosts();
    expect(all.filter((p) => p.meta.newsdesk_group === 'ki-stadt')).toHaveLength(14);
    const ids = all.map((p) => p.meta.newsdesk_external_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [lang, post] of byLang(all)) expect(post.modified_gmt, lang).toBe(before.get(lang)!.modified_gmt);
  });

  it('one changed source sentence updates only the versions it changes', async () => {
    const before = byLang(await allPosts());
    editOneSourceSentence(dir, 'ki-stadt', TRANSLATIONS);
    // WordPress keeps modification times to the second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const result = await publish('ki-stadt', '--target', 'wordpress');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('ki-stadt → wordpress: 14 languages, 0 created, 2 updated, 12 unchanged, 0 held');
    expect(writes()).toEqual([`POST /wp/v2/posts/${before.get('de')!.id}`, `POST /wp/v2/posts/${before.get('it')!.id}`]);
    const after = byLang(await allPosts());
    expect(after.get('de')!.content.raw).toContain('Hinter dem Ausbau einer starken Infrastruktur');
    expect(after.get('it')!.content.raw).toContain('(rivisto)');
    for (const [lang, post] of after) {
      if (lang === 'de' || lang === 'it') expect(post.modified_gmt, lang).not.toBe(before.get(lang)!.modified_gmt);
      else expect(post.modified_gmt, lang).toBe(before.get(lang)!.modified_gmt);
    }
  });

  it('a held language is set to draft and recorded; `withdraw` drafts the rest', async () => {
    const before = byLang(await allPosts());
    // The translator's file loses one sentence: Finnish is held until it is back.
    const gone = keyOf(dir, 'ki-stadt', 'Hinter dem Ausbau einer starken Infrastruktur');
    editLocale(dir, 'fi', 'ki-stadt', (resource) => Object.fromEntries(Object.entries(resource).filter(([key]) => key !== gone)));
    const result = await publish('ki-stadt', '--target', 'wordpress');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^ {2}fi {2}held and unpublished \(translation\): 1 missing key in locales\/fi\/ki-stadt\.json$/m);
    expect(writes()).toContain(`POST /wp/v2/posts/${before.get('fi')!.id}`);
    const after = byLang(await allPosts());
    expect(after.get('fi')!.status).toBe('draft');
    for (const [lang, post] of after) if (lang !== 'fi') expect(post.status, lang).toBe('publish');
    // The other pages no longer link the draft.
    expect(after.get('en')!.newsdesk_alternates.map((a) => a.hreflang)).not.toContain('fi');
    const store = openStore(join(dir, '.newsdesk', 'state.db'));
    try {
      expect(store.lastPublish('wordpress', 'ki-stadt', 'fi')).toMatchObject({ state: 'unpublished', remoteId: String(before.get('fi')!.id) });
    } finally {
      store.close();
    }

    const withdrawn = await runCli(['withdraw', 'ki-stadt'], { cwd: dir, env });
    expect(withdrawn.stderr).toBe('');
    expect(withdrawn.stdout).toMatch(/^ki-stadt → wordpress: 13 languages unpublished \(/);
    const drafts = byLang(await allPosts());
    expect([...drafts.values()].map((p) => p.status)).toEqual(Array(14).fill('draft'));
    expect((await allPosts()).filter((p) => p.meta.newsdesk_group === 'ki-stadt')).toHaveLength(14);
  });
});
