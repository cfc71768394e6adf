// File writes shared by every stage that writes. Two kinds, by what a crash may cost:
//
//   writeFileAtomic   what a person wrote or nothing can make again (a translator's locale
//                     file and review state, an article, a fix): a temp file in the same
//                     folder, fsync, rename, fsync of the folder. When it returns, the new
//                     content survives a crash; before, the old one does (principle 2).
//   writeRegenerable  what a run makes again from its inputs (rendered pages, exchange files,
//                     reports): a temp file and a rename, no fsync. A reader never sees half a
//                     file; the folder is made durable once for the whole batch by the caller
//                     (`syncDir`), and a manifest written last says which files belong to it,
//                     so a crash leaves the previous set or one the next run sees is incomplete.

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { fromSystemError } from '../errors/system.js';
import { forget } from './cache.js';

/** What a write left on disk: enough to tell later whether the file is still the one written. */
export interface WrittenFile {
  size: number;
  ino: number;
  mtimeMs: number;
}

/** Temp files are `.<name>.<pid>-<thread>.<8 hex>.tmp`: a crash may leave one behind. */
export const TEMP_FILE = /^\..+\.\d+-\d+\.[0-9a-f]{8}\.tmp$/;

// A per-thread counter after a random start: unique among this thread's temp files without
// asking the system for randomness once per file.
let counter = randomBytes(4).readUInt32BE(0);

function tempPath(path: string): string {
  counter = (counter + 1) >>> 0;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}.${counter.toString(16).padStart(8, '0')}.tmp`);
}

function openTemp(path: string): { temp: string; fd: number } {
  const temp = tempPath(path);
  try {
    return { temp, fd: openSync(temp, 'w') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw diskError(error, path);
    // The folder does not exist yet: made once, not checked before every file.
    try {
      mkdirSync(dirname(path), { recursive: true });
      return { temp, fd: openSync(temp, 'w') };
    } catch (cause) {
      throw diskError(mkdirCause(cause, dirname(path)), path);
    }
  }
}

/**
 * Node's recursive mkdir reports ENOENT where it could not create a folder on a read-only or
 * full disk; making the first missing folder alone gives the real reason (EROFS, ENOSPC, EACCES).
 */
function mkdirCause(error: unknown, dir: string): unknown {
  if ((error as { code?: unknown }).code !== 'ENOENT') return error;
  let missing = dir;
  while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
  try {
    mkdirSync(missing);
    rmSync(missing, { recursive: true, force: true });
  } catch (cause) {
    return cause;
  }
  return error;
}

/** A full or read-only disk names the file being written, in one line (not the article, not a stack). */
function diskError(error: unknown, path: string): unknown {
  return fromSystemError(error, path, null) ?? error;
}

function writeTemp(path: string, content: string | Uint8Array, sync: boolean): { temp: string; written: WrittenFile } {
  const { temp, fd } = openTemp(path);
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      // A write may take fewer bytes than given: go on until all are written.
      for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done);
      if (sync) fsyncSync(fd);
      const stat = fstatSync(fd);
      return { temp, written: { size: stat.size, ino: stat.ino, mtimeMs: stat.mtimeMs } };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    rmSync(temp, { force: true });
    throw diskError(error, path);
  }
}

function replace(temp: string, path: string): void {
  forget(path);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw diskError(error, path);
  }
}

/** Flush a folder's entries (the renames into it) to disk. */
export function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Durable replace: survives a crash once it returns (see the header). */
export function writeFileAtomic(path: string, content: string | Uint8Array): WrittenFile {
  const { temp, written } = writeTemp(path, content, true);
  replace(temp, path);
  syncDir(dirname(path));
  return written;
}

/** Atomic replace without fsync: the caller syncs the folder once for the batch (see the header). */
export function writeRegenerable(path: string, content: string | Uint8Array): WrittenFile {
  const { temp, written } = writeTemp(path, content, false);
  replace(temp, path);
  return written;
}
