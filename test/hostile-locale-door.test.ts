// Issue 14, item 6 (locale files): invalid UTF-8, NUL and control characters in a locale
// file never reach a page. The language is held with the file, line and column; the other
// languages go on; a byte-order mark is not an error.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, seedProject, SMALL_ARTICLE, warningsOnly } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

function project(): string {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], `languages: [de, en, fr]\n${warningsOnly()}`);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['en', 'fr']);
  return dir;
}

/** Every file a run wrote, as text. */
function outputs(dir: string): Array<[string, string]> {
  return readdirSync(join(dir, 'output'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]);
}

/** Replace the first occurrence of `find` in a file's bytes. */
function patchBytes(file: string, find: string, replacement: Uint8Array): void {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(Buffer.from(find, 'utf8'));
  expect(at).toBeGreaterThan(-1);
  writeFileSync(file, Buffer.concat([bytes.subarray(0, at), replacement, bytes.subarray(at + Buffer.byteLength(find))]));
}

describe('locale files at the door', () => {
  const cases: Array<[string, (file: string) => void, RegExp]> = [
    ['invalid UTF-8', (file) => patchBytes(file, '[fr] ', new Uint8Array([0x5b, 0x66, 0x72, 0x5d, 0x20, 0xff, 0xfe])), /locales\/fr\/rechenzentrum\.json:\d+:\d+: the locale file is not valid UTF-8/],
    ['a NUL byte', (file) => patchBytes(file, '[fr] ', new Uint8Array([0x00])), /locales\/fr\/rechenzentrum\.json:\d+:\d+: binary data \(a NUL byte/],
    ['a NUL written as \\u0000', (file) => patchBytes(file, '[fr] ', Buffer.from('\\u0000', 'utf8')), /locales\/fr\/rechenzentrum\.json:\d+:\d+: the value of `[^`]+` holds a NUL character/],
    ['a lone surrogate written as \\ud800', (file) => patchBytes(file, '[fr] ', Buffer.from('\\ud800', 'utf8')), /holds a lone surrogate/],
  ];
  for (const [name, corrupt, expected] of cases) {
    it(`${name}: French is held with the place, English is published, no page carries it`, async () => {
      const dir = project();
      corrupt(join(dir, 'locales', 'fr', 'rechenzentrum.json'));
      const result = await runCli(['run', '--json'], { cwd: dir });
      expect(result.code).toBe(0);
      const report = JSON.parse(result.stdout) as { articles: Array<{ languages: Array<{ lang: string; publishable: boolean; held?: string }> }> };
      const languages = report.articles[0]!.languages;
      expect(languages.find((l) => l.lang === 'fr')).toMatchObject({ publishable: false, held: expect.stringMatching(expected) });
      expect(languages.find((l) => l.lang === 'en')?.publishable).toBe(true);
      expect(existsSync(join(dir, 'output', 'site', 'rechenzentrum', 'en.html'))).toBe(true);
      expect(existsSync(join(dir, 'output', 'site', 'rechenzentrum', 'fr.html'))).toBe(false);
      for (const [file, text] of outputs(dir)) {
        expect(text.includes('\ufffd'), file).toBe(false);
        expect(text.includes('\u0000'), file).toBe(false);
        expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(text), file).toBe(false);
      }
    });
  }

  it('a byte-order mark before the JSON is not an error', async () => {
    const dir = project();
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
    const result = await runCli(['run', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { articles: Array<{ languages: Array<{ lang: string; publishable: boolean }> }> };
    expect(report.articles[0]!.languages.every((l) => l.publishable)).toBe(true);
  });

  it('review refuses a locale file with invalid bytes in one positioned line, exit 2', async () => {
    const dir = project();
    patchBytes(join(dir, 'locales', 'fr', 'rechenzentrum.json'), '[fr] ', new Uint8Array([0xc3, 0x28]));
    const result = await runCli(['review', 'rechenzentrum', '--lang', 'fr'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/locales\/fr\/rechenzentrum\.json:2:\d+: the locale file is not valid UTF-8 \(byte 0xc3/);
  });
});
