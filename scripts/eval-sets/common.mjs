// What the eval-set builders share: their one-line input error, writing a built file atomically,
// comparing it with the committed one (`--check`), and the command-line wrapper.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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
