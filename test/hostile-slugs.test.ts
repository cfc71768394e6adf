// Issue 14, items 1 and 10 (paths): one slug and path policy. A front-matter slug cannot
// leave its folder or take another article's (also from the inbox, through the scheduler);
// look-alike slugs (homoglyphs, NFD) are refused; a symbolic link is refused the same way
// whether `run` lists it or it is named; configured folders stay inside the project.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { slugProblem, slugSkeleton } from '../src/fs/paths.js';
import { loadProcessor, parseJobs, runJob } from '../src/schedule/index.js';
import { openStore, stateFile } from '../src/store/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, sampleProject, tmpProject } from './helpers/tmp.js';

const sample = sampleProject;

/** Every file under a folder with its bytes, to prove a run left it alone. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

const SAMPLE = readFileSync(join(REPO, 'content', 'ki-stadt', 'index.md'), 'utf8');
const withSlug = (slug: string) => SAMPLE.replace(/^lang: de$/m, `lang: de\nslug: ${JSON.stringify(slug)}`);

// Each test runs the pipeline on the sample in a child process: seconds alone, past 30 s at load 15+.
describe('a front-matter slug stays in its folder', { timeout: 120_000 }, () => {
  for (const slug of ['../fr/ki-stadt', '..', '../../x', 'a/b', '.hidden', 'Ki-Stadt', 'ki stadt']) {
    it(`slug: ${slug} is refused at its line; nothing outside the article's own folders changes`, async () => {
      const dir = sample();
      mkdirSync(join(dir, 'content', 'evil'), { recursive: true });
      writeFileSync(join(dir, 'content', 'evil', 'index.md'), withSlug(slug));
      const locales = snapshot(join(dir, 'locales'));
      const result = await runCli(['run', '--publish', 'none', '--lang', 'de,fr'], { cwd: dir });
      expect(result.code).toBe(2);
      const quoted = slug.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      // Refused as a slug, or (a capitalised copy) as a look-alike of ki-stadt before it is even read.
      expect(result.stderr).toMatch(new RegExp(`content/evil/index\\.md:4:7: \`${quoted}\` cannot be a slug|content/evil/index\\.md: the slug \`${quoted}\` looks like \`ki-stadt\``));
      expect(snapshot(join(dir, 'locales'))).toEqual(locales);
      expect(readdirSync(dir).sort()).toEqual(['content', 'locales', 'output', 'pipeline']);
      expect(readdirSync(join(dir, 'output')).sort()).toEqual(['ki-stadt']);
      expect(existsSync(join(dirname(dir), 'x'))).toBe(false);
    });
  }

  it('an inbox article whose slug is another article\'s: the scheduler refuses it and never touches that one\'s translations', async () => {
    const dir = sample();
    writeFileSync(join(dir, 'pipeline', 'jobs.yaml'), 'jobs:\n  - name: inbox\n    schedule: "*/15 * * * *"\n    timezone: UTC\n    sources:\n      - folder: content/inbox\n    languages: [de, fr]\n    publish: none\n');
    mkdirSync(join(dir, 'content', 'inbox'), { recursive: true });
    writeFileSync(join(dir, 'content', 'inbox', 'neu.md'), withSlug('ki-stadt').replace('Peking, Shanghai', 'Berlin, Hamburg'));
    writeFileSync(join(dir, 'content', 'inbox', 'boese.md'), withSlug('../fr/ki-stadt'));
    const french = snapshot(join(dir, 'locales', 'fr'));
    const config = loadConfig(dir);
    const store = openStore(stateFile(config));
    try {
      const jobs = parseJobs(readFileSync(join(dir, 'pipeline', 'jobs.yaml'), 'utf8'), 'pipeline/jobs.yaml', config);
      const result = await runJob(jobs[0]!, { config, store, processor: await loadProcessor(config) });
      if (result.status !== 'ran') throw new Error('not run');
      expect(result.run.items.map((i) => [i.path, i.outcome, i.reason])).toEqual([
        ['content/inbox/boese.md', 'failed', expect.stringMatching(/content\/inbox\/boese\.md:4:7: `\.\.\/fr\/ki-stadt` cannot be a slug/)],
        ['content/inbox/neu.md', 'failed', expect.stringMatching(/the slug `ki-stadt` is the slug of content\/ki-stadt\/index\.md too/)],
      ]);
      expect(store.getItem('inbox', 'folder:content/inbox/neu.md')).toMatchObject({ retry: false });
    } finally {
      store.close();
    }
    expect(snapshot(join(dir, 'locales', 'fr'))).toEqual(french);
  });
});

describe('look-alike slugs', { timeout: 120_000 }, () => {
  it('the policy: NFC, one script, no whole-word look-alikes', () => {
    expect(slugProblem('ki-stadt')).toBeUndefined();
    expect(slugProblem('künstliche-intelligenz')).toBeUndefined();
    expect(slugProblem('искусственный-интеллект')).toBeUndefined();
    expect(slugProblem('人工知能-ai')).toMatch(/mixes/);
    expect(slugProblem('人工知能')).toBeUndefined();
    expect(slugProblem('ki-st\u0430dt')).toMatch(/mixes Latin and Cyrillic/);
    expect(slugProblem('\u0455\u0441\u0430\u043c')).toMatch(/reads as the Latin `scam`/);
    expect(slugProblem('cafe\u0301')).toMatch(/not in Unicode NFC/);
    expect(slugSkeleton('ki-st\u0430dt')).toBe(slugSkeleton('ki-stadt'));
  });

  it('a homoglyph copy of an article folder is refused; the real one runs', async () => {
    const dir = sample();
    cpSync(join(dir, 'content', 'ki-stadt'), join(dir, 'content', 'ki-st\u0430dt'), { recursive: true });
    const result = await runCli(['run', '--publish', 'none', '--lang', 'de,fr'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/content\/ki-st\u0430dt\/index\.md: the slug `ki-st\u0430dt` looks like `ki-stadt`, the slug of content\/ki-stadt\/index\.md/);
    // Alone (no article it imitates), the same folder is refused for mixing scripts.
    cpSync(join(dir, 'content', 'ki-st\u0430dt'), join(dir, 'content', 'b\u0430hn'), { recursive: true });
    expect((await runCli(['parse', 'b\u0430hn'], { cwd: dir })).stderr).toMatch(/content\/b\u0430hn\/index\.md: the folder name `b\u0430hn` cannot be a slug: it mixes Latin and Cyrillic letters/);
    expect(readdirSync(join(dir, 'output'))).toEqual(['ki-stadt']);
  });

  it('an NFD spelling of another article\'s slug is the same slug: refused before it runs', async () => {
    const dir = sample();
    const article = (title: string) => `---\ntitle: ${title}\nlang: de\nlanguages: [de]\n---\n\nEin Satz über 15.000 Schränke.\n`;
    mkdirSync(join(dir, 'content', 'caf\u00e9-bericht'), { recursive: true });
    writeFileSync(join(dir, 'content', 'caf\u00e9-bericht', 'index.md'), article('Eins'));
    mkdirSync(join(dir, 'content', 'zweiter'), { recursive: true });
    writeFileSync(join(dir, 'content', 'zweiter', 'index.md'), article('Zwei').replace('lang: de', 'lang: de\nslug: "cafe\u0301-bericht"'));
    mkdirSync(join(dir, 'content', 'cafe\u0301-folder'), { recursive: true });
    writeFileSync(join(dir, 'content', 'cafe\u0301-folder', 'index.md'), article('Drei'));
    const result = await runCli(['run', '--publish', 'none', '--lang', 'de'], { cwd: dir });
    expect(result.stderr).toMatch(/content\/zweiter\/index\.md: the slug `caf\u00e9-bericht` is the slug of content\/caf\u00e9-bericht\/index\.md too/);
    expect(result.stderr).toMatch(/content\/cafe\u0301-folder\/index\.md: the folder name `cafe\u0301-folder` cannot be a slug: it is not in Unicode NFC form/);
    expect(readdirSync(join(dir, 'output')).sort()).toEqual(['caf\u00e9-bericht', 'ki-stadt']);
  });
});

describe('symbolic links', () => {
  it('a symlinked article folder is refused by `run` and by `run <it>` alike', async () => {
    const dir = sample();
    symlinkSync(join(dir, 'content', 'ki-stadt'), join(dir, 'content', 'linked'));
    const all = await runCli(['run', '--publish', 'none', '--lang', 'de,fr'], { cwd: dir });
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(/`content\/linked` is a symbolic link: an article is a folder or file under content\/ \(copy it there\)/);
    const named = await runCli(['run', 'linked', '--publish', 'none'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/`content\/linked` is a symbolic link/);
    expect(readdirSync(join(dir, 'output'))).toEqual(['ki-stadt']);
  });
});

describe('folders of jobs.yaml stay in the project', () => {
  it('an output folder or a folder source outside the project is refused with its position', async () => {
    const dir = tmpProject({ 'pipeline/jobs.yaml': 'jobs:\n  - name: wires\n    schedule: "0 * * * *"\n    sources:\n      - folder: ../../elsewhere\n' });
    const result = await runCli(['jobs', 'list'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/pipeline\/jobs\.yaml:5:17: `folder`: `\.\.\/\.\.\/elsewhere` leads out of the project/);
    writeFileSync(join(dir, 'pipeline', 'jobs.yaml'), 'jobs:\n  - name: wires\n    schedule: "0 * * * *"\n    sources:\n      - feed: https://example.org/rss\n    output: /tmp/wires\n');
    const output = await runCli(['jobs', 'list'], { cwd: dir });
    expect(output.stderr).toMatch(/pipeline\/jobs\.yaml:6:13: `output`: `\/tmp\/wires` is an absolute path/);
  });
});
