// Write an imported article atomically: a new folder is filled under a temporary name and
// renamed into place; an existing folder (with --force) gets its index.md replaced by a
// rename, and keeps everything else in it (review.yaml is an editor's work).

import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fail } from '../../errors/index.js';
import { ImportErrors } from './errors.js';

export interface WriteOptions {
  force?: boolean;
  /** How to show the folder in messages (relative to the user's working directory). */
  shown?: string;
}

/** Write `markdown` as `<contentDir>/<slug>/index.md`; returns the file's path. */
export function writeArticleFolder(contentDir: string, slug: string, markdown: string, options: WriteOptions = {}): string {
  const dir = join(contentDir, slug);
  const target = join(dir, 'index.md');
  const shown = options.shown ?? dir;
  const token = `${process.pid}-${randomBytes(4).toString('hex')}`;
  if (existsSync(dir)) {
    if (!options.force) fail(ImportErrors.TargetExists, `\`${shown}\` already exists`, { file: shown });
    if (!statSync(dir).isDirectory()) fail(ImportErrors.TargetExists, `\`${shown}\` exists and is not a folder`, { file: shown });
    const temp = join(dir, `.index.md.import-${token}`);
    try {
      writeFileSync(temp, markdown, { flag: 'wx' });
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
    return target;
  }
  mkdirSync(contentDir, { recursive: true });
  const temp = join(contentDir, `.${slug}.import-${token}`);
  try {
    mkdirSync(temp);
    writeFileSync(join(temp, 'index.md'), markdown, { flag: 'wx' });
    try {
      renameSync(temp, dir);
    } catch (error) {
      // Someone created the folder between the check and the rename.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR') fail(ImportErrors.TargetExists, `\`${shown}\` already exists`, { file: shown });
      throw error;
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return target;
}
