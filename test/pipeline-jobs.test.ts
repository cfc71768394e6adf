// `newsdesk run --jobs N`: articles on worker threads (the compiled worker of `npm run build`)
// give the same results, table, outputs, site and error lines as the main thread alone.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { runCli, type CliResult } from './helpers/cli.js';

const CONFIG = 'languages: [de, en, fr]\npublish:\n  target: static\n';

function variant(n: number): string {
  return SMALL_ARTICLE.replace('title: Peking baut ein Rechenzentrum', `title: Rechenzentrum ${n}\nslug: zentrum-${n}`)
    .replace('# Peking baut ein Rechenzentrum', `# Rechenzentrum ${n}`)
    .replace('15.000', `${n + 1}5.000`);
}

/** A run manifest without what differs between two copies of a project: inodes and times. */
function portableManifest(text: string): unknown {
  const manifest = JSON.parse(text) as { source: Record<string, object>; languages: Record<string, { inputs: Record<string, object> }>; outputs: Record<string, { size: number }> };
  const digestOnly = (prints: Record<string, object>) => Object.fromEntries(Object.entries(prints).map(([path, print]) => [path, (print as { sha256: string | null }).sha256]));
  return {
    ...manifest,
    source: digestOnly(manifest.source),
    languages: Object.fromEntries(Object.entries(manifest.languages).map(([lng, entry]) => [lng, { ...entry, inputs: digestOnly(entry.inputs) }])),
    outputs: Object.fromEntries(Object.entries(manifest.outputs).map(([name, record]) => [name, record.size])),
  };
}

/** Every file under `dir` with its content; ninjs's `versioncreated` (the time of writing) masked. */
function files(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const name = relative(dir, path);
    out[name] = name.endsWith('manifest.json') && !name.startsWith('site') ? portableManifest(text) : text.replace(/"versioncreated": "[^"]+"/, '"versioncreated": "…"');
  }
  return out;
}

describe('newsdesk run --jobs', () => {
  const dirs: string[] = [];
  let one: CliResult;
  let two: CliResult;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), 'newsdesk-jobs-'));
    seedProject(base, ['de', 'en', 'fr'], CONFIG);
    for (let n = 0; n < 5; n++) addArticle(base, `zentrum-${n}`, variant(n), ['de', 'en', 'fr']);
    mkdirSync(join(base, 'content', 'kaputt'), { recursive: true });
    writeFileSync(join(base, 'content', 'kaputt', 'index.md'), '---\ntitle: [kaputt\nlang: de\n---\nText.\n');
    for (const jobs of ['1', '2']) {
      const dir = mkdtempSync(join(tmpdir(), `newsdesk-jobs-${jobs}-`));
      cpSync(base, dir, { recursive: true });
      dirs.push(dir);
    }
    rmSync(base, { recursive: true, force: true });
    one = await runCli(['run', '--jobs', '1', '--json'], { cwd: dirs[0]!, env: {} });
    two = await runCli(['run', '--jobs', '2', '--json'], { cwd: dirs[1]!, env: {} });
  }, 240_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the same articles, languages, holds and publishing', () => {
    expect(one.code).toBe(2); // the unusable article
    expect(two.code).toBe(one.code);
    // Publish times and the project folder aside, the same document.
    const strip = (text: string, dir: string) => JSON.parse(text.replace(/"at": "[^"]+"/g, '"at": "…"').replaceAll(dir, '<project>')) as { articles: unknown[]; published: unknown[]; failed: unknown[] };
    const a = strip(one.stdout, dirs[0]!);
    const b = strip(two.stdout, dirs[1]!);
    expect(a.failed).toEqual([{ ref: '<project>/content/kaputt/index.md', error: expect.stringMatching(/^invalid YAML in front matter/) }]);
    expect(a.articles).toHaveLength(5);
    expect(b).toEqual(a);
  });

  it('writes the same outputs and site', () => {
    const a = files(join(dirs[0]!, 'output'));
    expect(Object.keys(a)).toContain(join('zentrum-3', 'fr.html'));
    expect(Object.keys(a)).toContain(join('site', 'index.html'));
    expect(files(join(dirs[1]!, 'output'))).toEqual(a);
  });

  it('reports progress and an unusable article in the same lines, in article order', async () => {
    const a = await runCli(['run', '--jobs', '1', '--force'], { cwd: dirs[0]!, env: {} });
    const b = await runCli(['run', '--jobs', '2', '--force'], { cwd: dirs[1]!, env: {} });
    expect(a.stderr).toMatch(/^\[1\/6\] content\/kaputt\/index\.md:\d+:\d+: invalid YAML in front matter/);
    expect(a.stderr).toMatch(/\[6\/6\] zentrum-4: 3\/3 languages rendered, 3 publishable, 0 sent to static\n$/);
    expect(b.stderr).toBe(a.stderr);
    expect(b.stdout).toBe(a.stdout);
  }, 120_000);

  it('refuses a number of workers that is not a whole number', async () => {
    const result = await runCli(['run', '--jobs', 'zwei'], { cwd: dirs[0]!, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('newsdesk run: --jobs takes a whole number of worker threads, 1 or more (got `zwei`) — run `newsdesk --help`\n');
  });
});
