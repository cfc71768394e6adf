// What the eval-set builders share: their one-line input error, writing a built file atomically,
// comparing it with the committed one (`--check`), the command-line wrapper, reading a file of the
// OPUS-MT-testsets snapshot, and the FNV-1a hash that fixes the order of candidates.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A usage or input error: the command line prints it in one line and exits 2. */
export class BuildError extends Error {}

export function fail(message) {
  throw new BuildError(message);
}

/** Writes a built file through a temporary file and a rename, its folder made first. */
export function writeAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Whether the committed file differs from the built text (a missing file differs). */
export function differsFrom(path, text) {
  return !existsSync(path) || readFileSync(path, 'utf8') !== text;
}

/** Runs `main` when `moduleUrl` is the script node was started with: a BuildError is one line and exit 2. */
export function runCli(moduleUrl, name, main) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exitCode = 2;
  }
}

/**
 * Reads the lines of a file of an OPUS-MT-testsets snapshot: a checkout (with testsets/) or a bare
 * git dir read at `commit` with `git show`, a symbolic link (`eng-ell/… -> ../ell-eng/…`) followed.
 * A missing file is a BuildError.
 */
export function snapshotReader(opus, commit) {
  const checkout = existsSync(join(opus, 'testsets'));
  const git = (...args) => execFileSync('git', ['--git-dir', opus, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const read = (path, hops = 0) => {
    let text;
    if (checkout) {
      const file = join(opus, path);
      if (!existsSync(file)) fail(`${file} not found`);
      text = readFileSync(file, 'utf8');
    } else {
      try {
        text = git('show', `${commit}:${path}`);
      } catch {
        fail(`${opus}: no ${path} at ${commit}`);
      }
      // a symbolic link's blob is the path it points to
      if (hops < 4 && !text.includes('\n') && git('ls-tree', commit, '--', path).startsWith('120000')) return read(posix.normalize(posix.join(posix.dirname(path), text.trim())), hops + 1);
    }
    return text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
  };
  return (path) => read(path);
}

/** FNV-1a, 32 bits, of the UTF-8 bytes of `text`: the fixed order of a set's candidates. */
export function fnv(text) {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(text, 'utf8')) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
