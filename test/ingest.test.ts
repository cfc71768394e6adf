import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { readArticle } from '../src/ingest/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);

describe('ingest: the sample article', () => {
  it('reads front matter with defaults and keeps unknown keys', () => {
    const article = readArticle(join(REPO, 'content/ki-stadt/index.md'), config);
    expect(article.slug).toBe('ki-stadt');
    expect(article.frontmatter.lang).toBe('de');
    expect(article.frontmatter.date).toBe('2024-08-02');
    expect(article.frontmatter.credits).toEqual({ editor: 'Peng Bo', proofreading: 'Peng Qihua' });
    expect(article.frontmatter.languages).toHaveLength(14);
    const headings = article.tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((h) => (h as { depth: number }).depth)).toEqual([1, 2, 2, 2]);
  });

  it('needs only title and lang, and passes unknown keys on', async () => {
    const dir = tmpProject({ 'a.md': '---\ntitle: Kurz\nlang: en\nlicense: CC-BY-4.0\nsource: https://example.org/a\n---\n\nOne sentence.\n' });
    const result = await runCli(['parse', 'a.md', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.frontmatter.extra).toEqual({ license: 'CC-BY-4.0', source: 'https://example.org/a' });
    expect(printed.frontmatter.languages).toEqual(config.languages);
  });
});

describe('ingest: bad input is one positioned line, exit 2', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty file', '', /a\.md:1:1: the article is empty/],
    ['no front matter', '# Titel\n\nText.\n', /a\.md:1:1: the article has no front matter/],
    ['unclosed front matter', '---\ntitle: x\nlang: de\n', /not closed/],
    ['invalid YAML', '---\ntitle: [unclosed\nlang: de\n---\nText.\n', /a\.md:\d+:\d+: invalid YAML in front matter/],
    ['binary data', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]), /binary data/],
    ['invalid UTF-8', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]), /not valid UTF-8/],
    ['unknown language', '---\ntitle: x\nlang: xx\n---\nText.\n', /a\.md:3:7: unknown language `xx`/],
    ['a list as the language, shown as written', '---\ntitle: x\nlang: [de]\n---\nText.\n', /a\.md:3:7: unknown language `\["de"\]` in `lang`/],
    ['a mapping as the language, not [object Object]', '---\ntitle: x\nlang: { code: de }\n---\nText.\n', /a\.md:3:7: unknown language `\{"code":"de"\}` in `lang`/],
    ['unknown target language', '---\ntitle: x\nlang: de\nlanguages: [en, klingon]\n---\nText.\n', /a\.md:4:17: unknown language `klingon`/],
    ['missing title', '---\nlang: de\n---\nText.\n', /needs a `title`/],
    ['bad date', '---\ntitle: x\nlang: de\ndate: 2024-02-30\n---\nText.\n', /a\.md:4:7: `date` must be a date/],
    ['front matter only', '---\ntitle: x\nlang: de\n---\n', /no body/],
  ];
  for (const [name, content, expected] of cases) {
    it(name, async () => {
      const dir = tmpProject({ 'a.md': content });
      const result = await runCli(['parse', 'a.md'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect(readdirSync(dir).sort()).toEqual(['a.md', 'pipeline']);
    });
  }

  it('a 5 MB article', async () => {
    const big = `---\ntitle: x\nlang: de\n---\n${'Ein Satz mit 15.000 Wörtern. '.repeat(180_000)}`;
    const dir = tmpProject({ 'a.md': big });
    const result = await runCli(['parse', 'a.md'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/more than the limit of 1048576/);
  });
});
