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
    db.pragma('journal_mode = WAL');
    // FULL: a committed transaction (a job run, a publish record) survives a power loss, not only a crash.
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  migrate(db, file, options.readonly ?? false);
  return db;
}

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
