// One read per file per unit of work. Running one article reads each of its locale files for
// the renderer, the review state, QA and the manifest's fingerprint; inside `withReadCache`
// those reads share one read from disk (and one pass through the text door). A write through
// src/fs/atomic.ts forgets the file, so a later read in the same scope sees the new content.
// Outside a scope nothing is kept.

import { readFileSync } from 'node:fs';

let scope: Map<string, Map<string, unknown>> | undefined;

/** Run `work` with reads shared; a scope already open serves a nested one. */
export function withReadCache<T>(work: () => T): T {
  if (scope) return work();
  scope = new Map();
  try {
    return work();
  } finally {
    scope = undefined;
  }
}

/** `make()` once per file and kind of reading within the scope (every time outside one). */
export function remember<T>(path: string, kind: string, make: () => T): T {
  if (!scope) return make();
  let known = scope.get(path);
  if (known?.has(kind)) return known.get(kind) as T;
  const value = make(); // a read that throws is not remembered
  if (!known) {
    known = new Map();
    scope.set(path, known);
  }
  known.set(kind, value);
  return value;
}

/** A file's bytes, read once within the scope. */
export function readBytes(path: string): Buffer {
  return remember(path, 'bytes', () => readFileSync(path));
}

/** Forget what was read of `path` (it is being replaced). */
export function forget(path: string): void {
  scope?.delete(path);
}
