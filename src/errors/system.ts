// Errors of the machine, not of the input: a full or read-only disk, a folder without
// permission, a busy or full state database. Node and SQLite report them with a code and a
// stack; here they become one catalogue error naming the file being written (not the
// article being processed), so the CLI prints one line and exits 2, and the scheduler knows
// to try again later rather than blame the content.

import { relative } from 'node:path';
import { Errors, NewsdeskError } from './index.js';

const DESCRIPTIONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error on the device',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'the path is a folder, not a file',
  SQLITE_FULL: 'the database or the disk is full',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_IOERR: 'input/output error in the database',
  SQLITE_CANTOPEN: 'the database cannot be opened',
  SQLITE_BUSY: 'the database is busy (another newsdesk process holds it)',
  SQLITE_LOCKED: 'the database is locked',
  SQLITE_CORRUPT: 'the database file is damaged',
  SQLITE_NOTADB: 'the file is not a database',
};

/** The code of a system or SQLite error (SQLite's extended codes folded to their base). */
export function systemErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const base = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
    if (base in DESCRIPTIONS) return base;
  }
  return undefined;
}

/**
 * A one-line catalogue error for a system error, or undefined when it is not one. The file is
 * kept absolute when `cwd` is null (the printer makes it relative to the user's folder).
 */
export function fromSystemError(error: unknown, file?: string, cwd: string | null = process.cwd()): NewsdeskError | undefined {
  if (error instanceof NewsdeskError) return undefined;
  const code = systemErrorCode(error);
  if (!code) return undefined;
  const path = file ?? (error as { path?: unknown }).path;
  const shown = typeof path === 'string' ? (cwd === null ? path : relative(cwd, path) || path) : undefined;
  const data = code.startsWith('SQLITE_') ? Errors.StateStore : Errors.DiskWrite;
  const what = code.startsWith('SQLITE_') ? 'the state database failed' : `cannot write${shown ? '' : ' a file'}`;
  return new NewsdeskError(data, `${what}: ${DESCRIPTIONS[code]} (${code})`, shown ? { file: shown } : {}, { cause: error });
}
