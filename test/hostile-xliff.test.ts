// Issue 14, item 6 (XLIFF): a file whose header names another language, a file for no
// sentence of the article, and bytes that are not text are refused whole; nothing is written.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { sampleProject } from './helpers/tmp.js';

const sample = sampleProject;

/** Every locale and state file's bytes, to prove an import wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lng of readdirSync(join(dir, 'locales'))) {
    for (const name of readdirSync(join(dir, 'locales', lng))) out[`${lng}/${name}`] = readFileSync(join(dir, 'locales', lng, name), 'utf8');
  }
  return out;
}

async function exportFrench(dir: string): Promise<string> {
  const result = await runCli(['xliff', 'export', 'ki-stadt', '--lang', 'fr', '-o', 'fr.xlf'], { cwd: dir });
  expect(result.code).toBe(0);
  return readFileSync(join(dir, 'fr.xlf'), 'utf8');
}

describe('XLIFF import refuses what is not this article in this language', () => {
  it('French targets under target-language="ja" (targets still marked fr): refused, Japanese untouched', async () => {
    const dir = sample();
    const xliff = (await exportFrench(dir)).replace('target-language="fr"', 'target-language="ja"');
    writeFileSync(join(dir, 'bad.xlf'), xliff);
    const before = snapshot(dir);
    const result = await runCli(['xliff', 'import', 'bad.xlf'], { cwd: dir });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toMatch(/bad\.xlf:\d+:\d+ {2}error {2}the target is marked xml:lang="fr" in a file whose target-language is ja/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('French targets under target-language="ja" without xml:lang on the targets: refused by their language', async () => {
    const dir = sample();
    const xliff = (await exportFrench(dir)).replace('target-language="fr"', 'target-language="ja"').replace(/<target xml:lang="fr"/g, '<target');
    writeFileSync(join(dir, 'bad.xlf'), xliff);
    const before = snapshot(dir);
    const result = await runCli(['xliff', 'import', 'bad.xlf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.xlf:3:3: the targets are written in fr, but the file's target-language is ja: nothing imported/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a file none of whose ids is a sentence of the article: exit 2, nothing retired', async () => {
    const dir = sample();
    const xliff = (await exportFrench(dir)).replace(/<trans-unit id="([^"]+)"/g, '<trans-unit id="other-$1"').replace(/state="final"/g, 'state="translated"');
    writeFileSync(join(dir, 'other.xlf'), xliff);
    const before = snapshot(dir);
    const result = await runCli(['xliff', 'import', 'other.xlf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/other\.xlf:3:3: none of the \d+ units of the file is a sentence of ki-stadt/);
    expect(snapshot(dir)).toEqual(before);
  });

  const bytes: Array<[string, (xliff: Buffer) => Buffer, RegExp]> = [
    ['invalid UTF-8 in a target', (x) => splice(x, afterTarget(x), [0xff]), /fr\.xlf:\d+:\d+: the XLIFF file is not valid UTF-8/],
    ['a NUL byte in a target', (x) => splice(x, afterTarget(x), [0x00]), /fr\.xlf:\d+:\d+: binary data \(a NUL byte/],
    ['a control character reference in a target', (x) => splice(x, afterTarget(x), [...Buffer.from('&#1;')]), /fr\.xlf:\d+:\d+: `&#1;` is not a character XML allows/],
  ];
  for (const [name, corrupt, expected] of bytes) {
    it(`${name}: exit 2 with the place, nothing written`, async () => {
      const dir = sample();
      await exportFrench(dir);
      // A changed target: without the bad byte this import would write.
      const file = join(dir, 'fr.xlf');
      writeFileSync(file, corrupt(Buffer.from(readFileSync(file, 'utf8').replace('state="final"', 'state="translated"'), 'utf8')));
      const before = snapshot(dir);
      const result = await runCli(['xliff', 'import', 'fr.xlf'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(expected);
      expect(snapshot(dir)).toEqual(before);
    });
  }
});

/** Just inside the first filled <target>. */
function afterTarget(xliff: Buffer): number {
  return xliff.indexOf('>', xliff.indexOf('<target xml:lang="fr" state="final"')) + 1;
}

describe('XLIFF nesting (item 4)', () => {
  it('20,000 nested <g> in a target: one positioned line, exit 2, nothing written', async () => {
    const dir = sample();
    await exportFrench(dir);
    const file = join(dir, 'fr.xlf');
    const xliff = readFileSync(file);
    const deep = `${'<g id="1">'.repeat(20_000)}x${'</g>'.repeat(20_000)}`;
    writeFileSync(file, splice(xliff, afterTarget(xliff), [...Buffer.from(deep)]));
    const before = snapshot(dir);
    const result = await runCli(['xliff', 'import', 'fr.xlf'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/fr\.xlf:\d+:\d+: elements nested deeper than 100 levels/);
    expect(snapshot(dir)).toEqual(before);
  });
});

function splice(buffer: Buffer, at: number, insert: number[]): Buffer {
  return Buffer.concat([buffer.subarray(0, at), Buffer.from(insert), buffer.subarray(at)]);
}
