// One module says what state every key of a language is in (language-state.ts); status,
// review and the run table must say the same thing. Also: a broken locale file holds only
// its own language, with its position; the source language's row says `source`.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { languageState, loadArticleSource, localesDirOf } from '../src/translate/workflow/index.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

const ARTICLE = 'content/rechenzentren/index.md';

async function translatedProject() {
  const server = await startOpenAiServer();
  servers.push(server);
  const fixture = readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8');
  const labels = Object.fromEntries(['de', 'fr', 'ja'].map((lang) => [`locales/${lang}/common.json`, readFileSync(join(REPO, `locales/${lang}/common.json`), 'utf8')]));
  const dir = tmpProject({ [ARTICLE]: fixture.replace('category: Nachricht', 'category: Nachricht\nlanguages: [de, fr, ja]'), 'content/glossary.yaml': 'entities: []\n', ...labels });
  const cli = (args: string[]) => runCli(args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  expect((await cli(['translate', 'rechenzentren', '--to', 'fr,ja', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test'])).code).toBe(0);
  const path = (lang: string) => join(dir, `locales/${lang}/rechenzentren.json`);
  const locale = (lang: string) => JSON.parse(readFileSync(path(lang), 'utf8')) as Record<string, string>;
  const keyOf = (prefix: string) => Object.entries(locale('de')).find(([, v]) => v.startsWith(prefix))![0];
  const state = (lang: 'fr' | 'ja' | 'de') => {
    const config = loadConfig(dir);
    return languageState(loadArticleSource('rechenzentren', config, dir), lang, localesDirOf(config));
  };
  const translateJson = async () => {
    const result = await cli(['translate', 'rechenzentren', '--to', 'fr,ja', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test', '--json']);
    return { code: result.code, report: JSON.parse(result.stdout) as { languages: Record<string, { translated: number; failures: Array<{ key: string; reason: string }> }> } };
  };
  return { dir, cli, path, locale, keyOf, state, translateJson };
}

describe('language state', () => {
  it('calls a value whose figures differ from the source broken, and counts it once', async () => {
    const p = await translatedProject();
    const key = p.keyOf('Das Zentrum');
    const fr = p.locale('fr');
    fr[key] = 'Le centre peut supporter une puissance de calcul.';
    writeFileSync(p.path('fr'), `${JSON.stringify(fr, null, 2)}\n`);
    const fr1 = p.state('fr');
    const row = fr1.rows.find((r) => r.key === key)!;
    expect(row.state).toBe('broken');
    expect(row.problems!.join('; ')).toMatch(/f\d+/);
    expect(fr1.counts.broken).toBe(1);
    expect(Object.values(fr1.counts).reduce((a, b) => a + b, 0)).toBe(fr1.keys);
    const status = JSON.parse((await p.cli(['status', '--json'])).stdout) as { articles: Array<{ languages: Record<string, Record<string, number>> }> };
    expect(status.articles[0]!.languages.fr!.broken).toBe(1);
    const review = JSON.parse((await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--json'])).stdout) as { counts: Record<string, number> };
    expect(review.counts).toEqual(fr1.counts);
  });

  it('counts the source language as the reference, and the run table says `source`', async () => {
    const p = await translatedProject();
    const de = p.state('de');
    expect(de.isSource).toBe(true);
    expect(de.counts.reviewed).toBe(de.keys);
    const run = await p.cli(['run', '--publish', 'none']);
    expect(run.stdout).toMatch(/rechenzentren\s+de\s+12\s+12\s+source\s/);
  });

  it('holds only the language whose locale file is broken, naming its line and column', async () => {
    const p = await translatedProject();
    const text = readFileSync(p.path('fr'), 'utf8');
    writeFileSync(p.path('fr'), text.replace('",\n', '"\n')); // a missing comma after the first entry
    const fr = p.state('fr');
    expect(fr.broken?.file).toBe('locales/fr/rechenzentren.json');
    expect(fr.broken?.line).toBe(3);
    expect(fr.counts.broken).toBe(12);
    expect(p.state('ja').broken).toBeUndefined();

    const status = await p.cli(['status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/rechenzentren\s+de→fr\s+12\s+0\s+0\s+0\s+0\s+0\s+12\n/);
    expect(status.stdout).toContain('locales/fr/rechenzentren.json:3:');

    const run = await p.cli(['run', '--publish', 'none', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { articles: Array<{ languages: Array<{ lang: string; rendered: boolean; held?: string }> }> };
    const langs = Object.fromEntries(result.articles[0]!.languages.map((l) => [l.lang, l]));
    expect(langs.fr!.rendered).toBe(false);
    expect(langs.fr!.held).toMatch(/^unreadable locale file locales\/fr\/rechenzentren\.json:3:\d+: invalid JSON: .* \(after the entry `meta\.section`\)/);
    expect(langs.ja, JSON.stringify(langs.ja)).toMatchObject({ rendered: true });
    // translate leaves the broken language alone, says where, and translates the others.
    writeFileSync(p.path('ja'), '{}\n');
    const translated = await p.translateJson();
    expect(translated.code).toBe(1);
    expect(translated.report.languages.fr!.failures).toEqual([{ key: '*', reason: expect.stringMatching(/^not translated: locales\/fr\/rechenzentren\.json:3:\d+: invalid JSON/) }]);
    expect(translated.report.languages.ja!.translated).toBe(12);
    expect(langs.de!.rendered).toBe(true);
  });

  it('says `stale` in the run table where review says stale after a one-word source edit', async () => {
    const p = await translatedProject();
    const key = p.keyOf('Peking setzt');
    const fr = p.locale('fr');
    fr[key] = 'Pékin mise sur la recherche fondamentale.';
    writeFileSync(p.path('fr'), `${JSON.stringify(fr, null, 2)}\n`);
    writeFileSync(join(p.dir, ARTICLE), readFileSync(join(p.dir, ARTICLE), 'utf8').replace('Peking setzt auf', 'Peking setzt vor allem auf'));
    const review = JSON.parse((await p.cli(['review', 'rechenzentren', '--lang', 'fr', '--json'])).stdout) as { counts: Record<string, number> };
    expect(review.counts.stale).toBe(1);
    expect(review.counts.missing).toBe(0);
    const run = await p.cli(['run', '--publish', 'none']);
    expect(run.stdout).toMatch(/rechenzentren\s+fr\s+.*1 stale key in locales\/fr\/rechenzentren\.json/);
    expect(run.stdout).not.toMatch(/fr\s+.*missing key/);
  });
});
