// Opening the state database: one SQLite file in WAL mode (readers never block the daemon's
// writer), a busy timeout for a second process, and the schema brought up to date.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Errors, fail } from '../errors/index.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** The schema version this code writes (`PRAGMA user_version`). */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false, timeout: 5000 });
  } catch (error) {
    fail(Errors.StateStore, `cannot open the state database: ${(error as Error).message}`, { file }, error);
  }
  if (!options.readonly) {
    useWal(db, file);
    // FULL: a committed transaction (a job run, a publish record) survives a power loss, not only a crash.
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  migrate(db, file, options.readonly ?? false);
  return db;
}

/** How long opening waits for another process converting the same new file to WAL. */
const WAL_WAIT_MS = 10_000;

/**
 * Put the file in WAL mode. WAL is a property of the file, so this is a read after the first
 * open. Converting needs the file to itself, and SQLite does not call its busy handler for
 * that: two processes opening a new state database at once (two daemons started together)
 * would see SQLITE_BUSY at once. So the conversion is tried again, with a growing pause,
 * until another process has done it or the wait runs out.
 */
function useWal(db: Db, file: string): void {
  const deadline = Date.now() + WAL_WAIT_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      if (db.pragma('journal_mode', { simple: true }) === 'wal') return;
      // A refused change answers with the mode the file keeps.
      if (db.pragma('journal_mode = WAL', { simple: true }) === 'wal') return;
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error; // also SQLITE_BUSY_RECOVERY
    }
    if (Date.now() >= deadline) {
      db.close();
      fail(Errors.StateStore, `cannot put the state database in WAL mode: another process held it for ${WAL_WAIT_MS / 1000} s`, { file });
    }
    Atomics.wait(PAUSE, 0, 0, pause);
  }
}

/** Something to block on for a pause in synchronous code (nothing ever notifies it). */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function migrate(db: Db, file: string, readonly: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    db.close();
    fail(Errors.StateStore, `the state database has schema version ${current}, newer than this newsdesk (${SCHEMA_VERSION}); upgrade newsdesk`, { file });
  }
  if (current === SCHEMA_VERSION) return;
  if (readonly) {
    db.close();
    fail(Errors.StateStore, `the state database has schema version ${current}, expected ${SCHEMA_VERSION}; run any newsdesk job once to upgrade it`, { file });
  }
  // Each step and its version bump commit together: a crash leaves a whole version behind.
  // The version is read again inside the write lock: two processes may start at once.
  const step = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= SCHEMA_VERSION) return false;
    db.exec(MIGRATIONS[version] ?? '');
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // one migration per transaction
  }
}
