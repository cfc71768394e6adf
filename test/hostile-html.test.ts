// Issue 14, item 9: raw HTML never reaches a markdown output (output/<slug>/<lng>.md, the git
// target's files, Strapi's bodyMarkdown); an engine answer carrying `<script>` or
// `<img onerror>` is refused at the door, a translator's value carrying it is a QA error and
// is not spread by the translation memory; a provider error that echoes the key is redacted.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeStrapi, type FakeStrapi } from './e2e/support/loopback-strapi.js';
import { addArticle, seedProject, warningsOnly } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { startOpenAiServer } from './helpers/loopback/openai.js';
import type { LoopbackServer } from './helpers/loopback/server.js';
import { tmpProject } from './helpers/tmp.js';

const servers: Array<LoopbackServer | FakeStrapi> = [];
const folders: string[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
  while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
});

const HOSTILE = `---
title: Peking baut ein Rechenzentrum
lang: de
date: 2024-08-02
languages: [de, en, fr]
---

Das Rechenzentrum in Shenzhen hat etwa 15.000 Standardschränke.

<script>alert(1)</script>

<iframe srcdoc="<script>alert(2)</script>"></iframe>

Ein Bild <img src=x onerror=alert(3)> mitten im Satz.

<div onmouseover="alert(4)">Ein Block.</div>
`;

const DANGER = /<script|onerror|onmouseover|<iframe|srcdoc/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('raw HTML in the source never reaches a markdown output', () => {
  it('output/<slug>/<lng>.md, the git target and Strapi bodyMarkdown carry none of it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'newsdesk-site-'));
    folders.push(repo);
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=Site', '-c', 'user.email=site@example.org', ...args], { encoding: 'utf8' });
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(join(repo, 'README.md'), '# site\n');
    git('add', 'README.md');
    git('commit', '--quiet', '-m', 'site');
    const strapi = await startFakeStrapi({ locales: ['de', 'en', 'fr'] });
    servers.push(strapi);
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'en', 'fr'], `languages: [de, en, fr]\n${warningsOnly()}publish:\n  target: static\n  targets:\n    site: { type: git, repo: ${JSON.stringify(repo)} }\n    strapi: { retries: 0, timeoutMs: 10000 }\n`);
    addArticle(dir, 'rechenzentrum', HOSTILE, ['en', 'fr']);

    expect((await runCli(['run', '--publish', 'none'], { cwd: dir })).code).toBe(0);
    for (const lng of ['de', 'en', 'fr']) {
      const markdown = readFileSync(join(dir, 'output', 'rechenzentrum', `${lng}.md`), 'utf8');
      expect(markdown, lng).toContain('Standardschränke');
      expect(markdown, lng).not.toMatch(DANGER);
    }
    for (const file of filesUnder(join(dir, 'output'))) expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script>alert|onerror=|onmouseover=|<iframe/);

    expect((await runCli(['publish', 'rechenzentrum', '--target', 'site'], { cwd: dir, env: {} })).code).toBe(0);
    for (const lng of ['de', 'en', 'fr']) expect(readFileSync(join(repo, 'content', lng, 'rechenzentrum.md'), 'utf8'), lng).not.toMatch(DANGER);

    const env = { STRAPI_URL: strapi.url, STRAPI_TOKEN: strapi.token };
    expect((await runCli(['publish', 'rechenzentrum', '--target', 'strapi'], { cwd: dir, env })).code).toBe(0);
    const entries = [...strapi.documents.values()].flatMap((doc) => [...doc.values()]);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(String(entry.bodyMarkdown)).toContain('Standardschr');
      expect(JSON.stringify(entry)).not.toMatch(/<script>alert|onerror=|onmouseover=|<iframe/);
    }
  });
});

const ARTICLE = '---\ntitle: Rechenzentrum\nlang: de\nlanguages: [de, fr]\n---\n\nDas Rechenzentrum hat etwa 15.000 Standardschränke.\n\nDie erste Phase ist fertig.\n';

describe('engine answers and translations carrying raw HTML', () => {
  it('an engine answering <script> or <img onerror>: the segment is refused, nothing stored, the rest is', async () => {
    const server = await startOpenAiServer({ transform: (text) => (text.includes('Phase') ? `${text} <img src=x onerror=alert(1)>` : text.includes('Standardschränke') ? `<script>alert(2)</script>${text}` : text) });
    servers.push(server);
    const dir = tmpProject({ 'content/rz/index.md': ARTICLE });
    const result = await runCli(['translate', 'rz', '--to', 'fr', '--engine', 'openai', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test', '--json'], { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
    const report = JSON.parse(result.stdout);
    const failures = report.languages.fr.failures as Array<{ reason: string }>;
    expect(failures.length).toBeGreaterThanOrEqual(2);
    for (const failure of failures) expect(failure.reason).toMatch(/the answer holds raw HTML \(`<(script|img)[^`]*`\) the source does not have/);
    const locale = join(dir, 'locales', 'fr', 'rz.json');
    const stored = filesUnder(join(dir, 'locales')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(stored).not.toMatch(/<script|onerror/);
    // The title had no HTML added: it was stored.
    expect(JSON.parse(readFileSync(locale, 'utf8'))['meta.title']).toBe('[fr] Rechenzentrum');
  });

  it('a translator value with <img onerror>: a QA error that holds the language, and the memory does not spread it', async () => {
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'fr'], 'languages: [de, fr]\n');
    addArticle(dir, 'eins', ARTICLE, ['fr']);
    const file = join(dir, 'locales', 'fr', 'eins.json');
    const values = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const key = Object.keys(values).find((k) => values[k]!.includes('Phase'))!;
    values[key] = 'La première phase est terminée. <img src=x onerror=alert(1)>';
    writeFileSync(file, JSON.stringify(values, null, 2));
    const qa = await runCli(['qa', 'eins', '--lang', 'fr', '--json'], { cwd: dir });
    expect(qa.code).toBe(1);
    expect(JSON.parse(qa.stdout).messages).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'qa/raw-html', severity: 'error', actual: expect.stringMatching(/^<img src=x onerror=alert\(1\)>/) })]));

    // Another article with the same sentence: the memory does not offer the tainted value.
    mkdirSync(join(dir, 'content', 'zwei'), { recursive: true });
    writeFileSync(join(dir, 'content', 'zwei', 'index.md'), ARTICLE.replace('title: Rechenzentrum', 'title: Zwei'));
    await runCli(['translate', 'zwei', '--to', 'fr', '--json'], { cwd: dir });
    const second = join(dir, 'locales', 'fr', 'zwei.json');
    const text = filesUnder(join(dir, 'locales', 'fr')).filter((f) => f.includes('zwei')).map((f) => readFileSync(f, 'utf8')).join('');
    expect(text).not.toMatch(/onerror/);
    expect(second).toBeTruthy();
  });
});

describe('secrets in provider errors', () => {
  it('a provider error that echoes the API key is printed without it', async () => {
    const key = 'sk-live-9f8e7d6c5b4a39281706';
    const server = await startOpenAiServer({ apiKey: 'another-key-entirely' });
    servers.push(server);
    server.script({ status: 401, body: { error: { message: `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } });
    const dir = tmpProject({ 'content/rz/index.md': ARTICLE });
    const result = await runCli(['translate', 'rz', '--to', 'fr', '--engine', 'openai', '--base-url', `${server.url}/v1`, '--model', 'newsdesk-test'], { cwd: dir, env: { ...process.env, OPENAI_API_KEY: key } });
    expect(`${result.stdout}${result.stderr}`).toMatch(/Incorrect API key provided: \[redacted\]/);
    expect(`${result.stdout}${result.stderr}`).not.toContain(key);
    expect(`${result.stdout}${result.stderr}`).not.toContain('9f8e7d6c5b4a39281706');
    for (const file of filesUnder(dir)) expect(readFileSync(file).includes(key), file).toBe(false);
  });
});
