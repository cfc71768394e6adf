// The main job end to end on the sample: 14 language versions with native figures, no
// German left in the others, a no-op re-run, and one bad article that stops nothing else.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/codes.js';
import { main } from '../src/cli/index.js';
import type { CliIO } from '../src/cli/io.js';
import { runCli, type CliResult } from './helpers/cli.js';
import { REPO } from './helpers/tmp.js';

/** A project folder shared by the tests of this file (they run in order on one output). */
function sampleProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-run-'));
  cpSync(join(REPO, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
  cpSync(join(REPO, 'content', 'ki-stadt'), join(dir, 'content', 'ki-stadt'), { recursive: true });
  cpSync(join(REPO, 'content', 'glossary.yaml'), join(dir, 'content', 'glossary.yaml'));
  cpSync(join(REPO, 'locales'), join(dir, 'locales'), { recursive: true });
  return dir;
}

/** A native form of 15 000 per language, as the sample's "etwa 15.000 Standardschränke" renders. */
const FIFTEEN_THOUSAND: Record<string, string> = {
  de: '15.000', en: '15,000', fr: '15\u202f000', ru: '15\u00a0000', fi: '15\u00a0000', el: '15.000', es: '15.000', it: '15.000',
  pt: '15.000', id: '15.000', la: '15.000', sa: '१५,०००', zh: '1.5万', ja: '15,000',
};

describe('newsdesk run on the sample', () => {
  let dir: string;
  let first: CliResult;

  beforeAll(async () => {
    dir = sampleProject();
    first = await runCli(['run'], { cwd: dir });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders all 14 languages and reports the validation hold', () => {
    expect(first.code).toBe(0);
    for (const lng of LANGUAGES) {
      expect(existsSync(join(dir, 'output', 'ki-stadt', `${lng}.md`)), lng).toBe(true);
      expect(existsSync(join(dir, 'output', 'ki-stadt', `${lng}.html`)), lng).toBe(true);
    }
    expect(first.stdout).toMatch(/ki-stadt\s+en\s+67\s+67\s+67\s+no\s+3 validation errors in the source \(22:59 range-order\)/);
    expect(existsSync(join(dir, "output", "ki-stadt", "en.ninjs.json"))).toBe(true);
    expect(existsSync(join(dir, 'output', 'ki-stadt', 'claims.json'))).toBe(true);
    expect(readFileSync(join(dir, 'output', 'ki-stadt', 'report.html'), 'utf8')).toContain('range-order');
  });

  it('writes every figure in its locale form', () => {
    for (const lng of LANGUAGES) {
      const markdown = readFileSync(join(dir, 'output', 'ki-stadt', `${lng}.md`), 'utf8');
      expect(markdown, lng).toContain(FIFTEEN_THOUSAND[lng]);
    }
    expect(readFileSync(join(dir, 'output', 'ki-stadt', 'en.md'), 'utf8')).toContain('0.7449');
    expect(readFileSync(join(dir, 'output', 'ki-stadt', 'de.md'), 'utf8')).toContain('0,7449');
  });

  it('leaves no German sentence in the other languages', () => {
    const german = readFileSync(join(dir, 'output', 'ki-stadt', 'de.md'), 'utf8')
      .split('\n')
      .filter((line) => line.length > 40 && !line.startsWith('---') && !line.includes(':'));
    for (const lng of LANGUAGES.filter((l) => l !== 'de')) {
      const text = readFileSync(join(dir, 'output', 'ki-stadt', `${lng}.md`), 'utf8');
      for (const line of german) expect(text.includes(line.slice(0, 40)), `${lng}: ${line.slice(0, 40)}`).toBe(false);
      expect(text, lng).not.toMatch(/\b(und|nicht|haben|wurde|werden|sich) /);
    }
  });

  it('does no work when nothing changed, and only the changed article when one did', async () => {
    const html = join(dir, 'output', 'ki-stadt', 'fr.html');
    const before = statSync(html).mtimeMs;
    const again = await runCli(['run'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Nothing changed since the last run: 1 article skipped\./);
    expect(statSync(html).mtimeMs).toBe(before);

    // A translator's correction in one language file makes the article run again.
    const fr = join(dir, 'locales', 'fr', 'ki-stadt.json');
    const resource = JSON.parse(readFileSync(fr, 'utf8')) as Record<string, string>;
    const key = Object.keys(resource).find((k) => !k.startsWith('meta.'))!;
    resource[key] = resource[key]!.replace(/ /, '\u00a0');
    writeFileSync(fr, `${JSON.stringify(resource, null, 2)}\n`);
    const changed = await runCli(['run'], { cwd: dir });
    expect(changed.stdout).not.toMatch(/Nothing changed/);
    expect(statSync(html).mtimeMs).toBeGreaterThan(before);
  }, 60_000);

  it('reports an unusable article in one line, exits 2, and still runs the others', async () => {
    mkdirSync(join(dir, 'content', 'broken'), { recursive: true });
    writeFileSync(join(dir, 'content', 'broken', 'index.md'), '---\ntitle: [kaputt\nlang: de\n---\nText.\n');
    const result = await runCli(['run', '--force'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/content\/broken\/index\.md:\d+:\d+: invalid YAML in front matter: Flow sequence/);
    expect(existsSync(join(dir, 'output', 'broken'))).toBe(false);
    expect(result.stdout).toMatch(/ki-stadt\s+fr/);
  }, 60_000);

  it('--json writes one JSON document, each article as it is reported', async () => {
    // The broken article of the test before is still there: a failure in the same document.
    const chunks: string[] = [];
    const io: CliIO = { stdout: (text) => void chunks.push(text), stderr: () => {}, readStdin: async () => '', cwd: dir, env: process.env, isTTY: false };
    const code = await main(['run', '--force', '--publish', 'none', '--jobs', '1', '--json'], io);
    expect(code).toBe(2);
    const text = chunks.join('');
    const document = JSON.parse(text) as { articles: Array<{ slug: string; languages: unknown[] }>; published: unknown[]; failed: Array<{ ref: string; error: string }> };
    // The same text as JSON.stringify(…, null, 2) of the whole document would be.
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(document.articles.map((a) => a.slug)).toEqual(['ki-stadt']);
    expect(document.articles[0]!.languages).toHaveLength(LANGUAGES.length);
    expect(document.published).toEqual([]);
    expect(document.failed).toHaveLength(1);
    expect(document.failed[0]!.ref).toMatch(/content\/broken\/index\.md$/);
    // The article's entry went out on its own, before the end of the document.
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]).toMatch(/^\{\n {2}"articles": \[\n {4}\{\n {6}"slug": "ki-stadt"/);
    expect(chunks[0]).not.toMatch(/"failed"/);
  }, 60_000);
});
