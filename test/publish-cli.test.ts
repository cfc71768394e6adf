// `newsdesk publish` as a user runs it (contract): the target from --target or the
// configuration, the CMS address and token from STRAPI_URL / STRAPI_TOKEN (or variables the
// configuration names), exit 0 / 1 / 2 with one clear line, exchange files beside the HTML,
// and the token nowhere in the output, the files or the state database.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeStrapi, type FakeStrapi } from './e2e/support/loopback-strapi.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

const CONFIG = `languages: [zh, ru, en, fr, id, sa, ja, de, pt, el, es, it, fi, la]
publish:
  target: static
  targets:
    strapi: { retries: 1, retryDelayMs: 1, timeoutMs: 10000 }
    cms: { type: strapi, urlEnv: CMS_URL, tokenEnv: CMS_KEY, retries: 0 }
`;

const servers: FakeStrapi[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

function project(): string {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], CONFIG);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  return dir;
}

async function cms(): Promise<FakeStrapi> {
  const server = await startFakeStrapi({ locales: ['en', 'de', 'fr'] });
  servers.push(server);
  return server;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('newsdesk publish', () => {
  it('publishes to Strapi from STRAPI_URL and STRAPI_TOKEN, then finds nothing to send', async () => {
    const dir = project();
    const strapi = await cms();
    const env = { STRAPI_URL: strapi.url, STRAPI_TOKEN: strapi.token };
    const first = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const documentId = [...strapi.documents.keys()][0]!;
    expect(first.stdout).toBe(
      `rechenzentrum → strapi: 3 languages, 3 created, 0 updated, 0 unchanged, 0 held\n  de  created  ${documentId}\n  en  created  ${documentId}\n  fr  created  ${documentId}\n`,
    );
    const second = await runCli(['publish', 'rechenzentrum', '--target', 'strapi', '--json'], { cwd: dir, env });
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as { target: string; articles: Array<{ sent: number; outcomes: Array<{ action: string }> }> };
    expect(json.target).toBe('strapi');
    expect(json.articles[0]!.sent).toBe(0);
    expect(json.articles[0]!.outcomes.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(strapi.writes()).toHaveLength(3);

    // Exchange formats beside the HTML, and the token in no file newsdesk wrote.
    const out = join(dir, 'output', 'rechenzentrum');
    for (const lng of ['de', 'en', 'fr']) {
      for (const ext of ['md', 'html', 'ninjs.json', 'jsonld']) expect(existsSync(join(out, `${lng}.${ext}`)), `${lng}.${ext}`).toBe(true);
    }
    for (const file of [...filesUnder(join(dir, 'output')), ...filesUnder(join(dir, '.newsdesk'))]) {
      expect(readFileSync(file).includes(strapi.token), file).toBe(false);
    }
  });

  it('uses the variables the configuration names for another Strapi target', async () => {
    const dir = project();
    const strapi = await cms();
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'cms'], { cwd: dir, env: { CMS_URL: strapi.url, CMS_KEY: strapi.token } });
    expect(result.code).toBe(0);
    expect(strapi.documents.size).toBe(1);
  });

  it('exits 1 and names the language held back, publishing the others', async () => {
    const dir = project();
    const strapi = await cms();
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const fr = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    delete fr[Object.keys(fr).at(-1)!];
    writeFileSync(file, JSON.stringify(fr));
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL: strapi.url, STRAPI_TOKEN: strapi.token } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rechenzentrum → strapi: 3 languages, 2 created, 0 updated, 0 unchanged, 1 held\n');
    expect(result.stdout).toContain('  fr  held (translation): 1 missing key in locales/fr/rechenzentrum.json\n');
    expect([...[...strapi.documents.values()][0]!.keys()].sort()).toEqual(['de', 'en']);
  });

  it('exits 2 with one line when the token is missing', async () => {
    const dir = project();
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL: 'http://127.0.0.1:9' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('newsdesk publish: strapi: no API token — set STRAPI_TOKEN (a Strapi API token with find, create, update and unpublish on articles and find on i18n locales)\n');
  });

  it('exits 2 with one line when the CMS cannot be reached, without the token', async () => {
    const dir = project();
    const strapi = await cms();
    const { url, token } = strapi;
    await strapi.close();
    servers.length = 0;
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL: url, STRAPI_TOKEN: token } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^newsdesk publish: strapi: GET /api/i18n/locales: cannot reach ${url.replace(/\./g, '\\.')} \\(connect ECONNREFUSED [^)]*\\) \\(2 attempts\\)\n$`));
    expect(result.stderr + result.stdout).not.toContain(token);
  });

  it('exits 2 when the CMS refuses the token', async () => {
    const dir = project();
    const strapi = await cms();
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env: { STRAPI_URL: strapi.url, STRAPI_TOKEN: 'not-the-token' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'newsdesk publish: strapi: the token was refused (GET /api/i18n/locales: HTTP 401 Missing or invalid credentials) — check the API key or token in the environment\n',
    );
    expect(strapi.server.requests).toHaveLength(1);
  });

  it('exits 2 for a target the configuration does not have', async () => {
    const dir = project();
    const result = await runCli(['publish', 'rechenzentrum', '--target', 'ghost'], { cwd: dir, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "newsdesk publish: pipeline/config.yaml: no publish target `ghost` (publish.targets has strapi, cms) — a target's `type` is one of directus, git, static, strapi, wordpress\n",
    );
  });

  it('publishes to the static site by default', async () => {
    const dir = project();
    const result = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('rechenzentrum → static: 3 languages, 3 created, 0 updated, 0 unchanged, 0 held');
    const site = join(dir, 'output', 'site');
    expect(readFileSync(join(site, 'rechenzentrum', 'fr.html'), 'utf8')).toContain('[fr] Peking baut ein Rechenzentrum');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="rechenzentrum/en.html"');
    const again = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(again.stdout.split('\n')[0]).toBe('rechenzentrum → static: 3 languages, 0 created, 0 updated, 3 unchanged, 0 held');
  });

  it('keeps the articles already on the static site in its index when another one is published', async () => {
    const dir = project();
    await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    addArticle(dir, 'zweiter', SMALL_ARTICLE.replace('title: Peking baut ein Rechenzentrum', 'title: Zweiter Artikel\nslug: zweiter').replace('# Peking baut ein Rechenzentrum', '# Zweiter Artikel'), ['de', 'en', 'fr']);
    const result = await runCli(['publish', 'zweiter'], { cwd: dir, env: {} });
    expect(result.code).toBe(0);
    const index = readFileSync(join(dir, 'output', 'site', 'index.html'), 'utf8');
    expect(index).toContain('href="rechenzentrum/fr.html"');
    expect(index).toContain('href="zweiter/fr.html"');
  });
});
