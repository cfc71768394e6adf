// `newsdesk segment <file|-> --lang L [--json]` (design.md contract: a JSON array of sentences).

import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

describe('newsdesk segment', () => {
  it('reads standard input as plain text and prints a JSON array of sentences', async () => {
    const result = await runCli(['segment', '-', '--lang', 'de', '--json'], { stdin: 'Am 26. Juli kam z. B. Dr. Weber. Er blieb.\n' });
    expect(result).toEqual({ code: 0, stdout: `${JSON.stringify(['Am 26. Juli kam z. B. Dr. Weber.', 'Er blieb.'], null, 2)}\n`, stderr: '' });
  });

  it('prints one sentence per line without --json; blank lines separate paragraphs', async () => {
    const dir = tmpProject({ 'a.txt': 'Erster Satz. Zweiter Satz\n\nDritter Satz!\n' });
    const result = await runCli(['segment', 'a.txt', '--lang', 'de'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Erster Satz.\nZweiter Satz\nDritter Satz!\n');
  });

  it('reads a file with front matter as an article in its own language', async () => {
    const dir = tmpProject({ 'a.md': '---\ntitle: t\nlang: zh\n---\n\n# 标题\n\n北京发布了计划。上海也发布了！\n' });
    const result = await runCli(['segment', 'a.md', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['标题', '北京发布了计划。', '上海也发布了！']);
  });

  it('lets --lang override the front matter', async () => {
    const md = '---\ntitle: t\nlang: en\n---\n\nEr kam am 3. Mai. Sie nicht.\n';
    const asEnglish = await runCli(['segment', '-', '--json'], { stdin: md });
    const asGerman = await runCli(['segment', '-', '--lang', 'de', '--json'], { stdin: md });
    expect(JSON.parse(asEnglish.stdout)).toEqual(['Er kam am 3.', 'Mai.', 'Sie nicht.']);
    expect(JSON.parse(asGerman.stdout)).toEqual(['Er kam am 3. Mai.', 'Sie nicht.']);
  });

  it('standard input goes through the text door: a NUL is one positioned line, exit 2', async () => {
    const result = await runCli(['segment', '-', '--lang', 'de'], { stdin: 'Ein Satz.\nZwei\u0000 Sätze.\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^newsdesk segment: <stdin>:2:5: .*NUL/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('segments the sample article into 64 sentences', async () => {
    const result = await runCli(['segment', 'content/ki-stadt/index.md', '--json'], { cwd: REPO });
    expect(result.code).toBe(0);
    const sentences: unknown = JSON.parse(result.stdout);
    expect(sentences).toHaveLength(64);
    expect((sentences as string[])[4]).toBe('Anwendung mit globalem Einfluss.');
  });

  const errors: Array<[string, string[], string | undefined, RegExp]> = [
    ['an unknown language', ['segment', '-', '--lang', 'xx'], 'Text.', /unknown language `xx` — use one of zh ru en fr id sa ja de pt el es it fi la/],
    ['plain text without --lang', ['segment', '-'], 'Text.', /plain text needs --lang/],
    ['no input named', ['segment', '--lang', 'de'], undefined, /give a file, or `-` for standard input/],
    ['a missing file', ['segment', 'nope.txt', '--lang', 'de'], undefined, /no file at `nope\.txt`/],
    ['an unknown option', ['segment', '-', '--lang', 'de', '--fast'], 'Text.', /Unknown option '--fast'/],
  ];
  for (const [name, argv, stdin, message] of errors) {
    it(`exits 2 with one line for ${name}`, async () => {
      const result = await runCli(argv, { cwd: tmpProject(), ...(stdin === undefined ? {} : { stdin }) });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    });
  }
});
