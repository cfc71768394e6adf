// Has an input changed since the last run? A file's fingerprint is its content digest plus
// what stat says about it (size, mtime, ctime, inode). A later stat that says the same proves
// the file untouched without reading it — that is what lets an unchanged article cost well
// under a millisecond — except for a file modified just before its fingerprint was taken:
// timestamps are coarse, so a second edit in the same tick could keep every stat field. Such
// a fingerprint is marked `racy` and its file is read and hashed every time (git's index
// does the same). A stat that differs is not proof of a change either (a `touch`, a copy):
// the content is hashed and compared.

import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { readBytes } from '../fs/cache.js';

export interface Fingerprint {
  /** sha256 of the content; null: the file did not exist. */
  sha256: string | null;
  size?: number;
  mtimeMs?: number;
  ctimeMs?: number;
  ino?: number;
  /** Modified too close to when this was taken for its stat to be trusted later. */
  racy?: true;
}

/** Files modified less than this before their fingerprint was taken are racy (coarse clocks, network file systems). */
const RACY_MS = 2000;

function stat(path: string): Stats | undefined {
  return statSync(path, { throwIfNoEntry: false });
}

function hashFile(path: string): string | null {
  try {
    return createHash('sha256').update(readBytes(path)).digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A fingerprint of the file as it is now. */
export function fingerprintFile(path: string, now: number = Date.now()): Fingerprint {
  const before = stat(path);
  if (!before) return { sha256: null };
  const sha256 = hashFile(path);
  const after = stat(path);
  // Changed while being read: keep the digest, but never trust the stat.
  if (!after || sha256 === null || after.mtimeMs !== before.mtimeMs || after.size !== before.size || after.ino !== before.ino) return { sha256, racy: true };
  return {
    sha256,
    size: after.size,
    mtimeMs: after.mtimeMs,
    ctimeMs: after.ctimeMs,
    ino: after.ino,
    ...(now - after.mtimeMs < RACY_MS ? { racy: true as const } : {}),
  };
}

/** Whether the file still has the content it had when `known` was taken (hashing only when stat cannot tell). */
export function unchangedFile(path: string, known: Fingerprint): boolean {
  const now = stat(path);
  if (!now) return known.sha256 === null;
  if (known.sha256 === null) return false;
  if (!known.racy && now.size === known.size && now.mtimeMs === known.mtimeMs && now.ctimeMs === known.ctimeMs && now.ino === known.ino) return true;
  if (known.size !== undefined && now.size !== known.size) return false;
  return hashFile(path) === known.sha256;
}

/**
 * Fingerprints of files many articles share (configuration, glossary, each language's
 * labels), taken once per run however many articles ask.
 */
export class FingerprintCache {
  private readonly known = new Map<string, Fingerprint>();

  get(path: string): Fingerprint {
    let print = this.known.get(path);
    if (!print) {
      print = fingerprintFile(path);
      this.known.set(path, print);
    }
    return print;
  }

  /** Whether `path` has the content `recorded` says, by this run's one fingerprint of it. */
  same(path: string, recorded: Fingerprint | undefined): boolean {
    return recorded !== undefined && this.get(path).sha256 === recorded.sha256;
  }
}
