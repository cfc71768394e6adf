// Issue 14, items 4 and 10 (disks): a full or read-only disk under output/, locales/ or the
// state folder is one line naming the file being written, exit 2 — not a stack trace, and not
// a complaint about the article. Real file systems: small tmpfs mounts (the CI runs as root);
// where mounting is not allowed the tests say so and skip.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) execFileSync('umount', ['-l', mounted.pop()!]);
});

function mount(dir: string, options: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounted.push(dir);
}

const canMount = (() => {
  const probe = tmpProject();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    console.warn('hostile-disk: mounting a tmpfs is not allowed here; the disk tests are skipped');
    return false;
  }
})();

const ARTICLE = '---\ntitle: Peking baut\nlang: de\nlanguages: [de, en]\n---\n\nDas Rechenzentrum hat etwa 15.000 Standardschränke.\n';

function oneLine(result: { code: number; stderr: string }, expected: RegExp): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at |SqliteError|internal error/);
}

describe.skipIf(!canMount)('full and read-only disks', () => {
  it('a full output disk names the output file being written, not the article', async () => {
    const dir = tmpProject({ 'content/r/index.md': ARTICLE });
    mount(join(dir, 'output'), 'size=12k');
    const result = await runCli(['run', '--publish', 'none'], { cwd: dir });
    oneLine(result, /^\[1\/1\] output\/r\/[\w.-]+: cannot write: no space left on the device \(ENOSPC\)/);
    expect(result.stderr).not.toMatch(/content\/r\/index\.md/);
  });

  it('read-only locales: one line naming the locale file, exit 2', async () => {
    const dir = tmpProject({ 'content/r/index.md': ARTICLE });
    mount(join(dir, 'locales'), 'size=64k');
    execFileSync('mount', ['-o', 'remount,ro', join(dir, 'locales')]);
    oneLine(await runCli(['run', '--publish', 'none'], { cwd: dir }), /^\[1\/1\] locales\/de\/r\.json: cannot write: the file system is read-only \(EROFS\)/);
    oneLine(await runCli(['xliff', 'export', 'r', '--lang', 'en', '-o', 'locales/en.xlf'], { cwd: dir }), /^newsdesk xliff: locales\/en\.xlf: cannot write: the file system is read-only \(EROFS\)/);
  });

  it('a full state disk: "database or disk is full" is one line, exit 2', async () => {
    const dir = tmpProject({ 'content/r/index.md': ARTICLE });
    mount(join(dir, '.newsdesk'), 'size=4k');
    oneLine(await runCli(['run'], { cwd: dir }), /^newsdesk run: the state database failed: the database or the disk is full \(SQLITE_FULL\)/);
  });
});
