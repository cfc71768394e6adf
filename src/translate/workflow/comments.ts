// Translators' and editors' comments per key: `locales/<lng>/<slug>.comments.json`, beside
// the resource and its review state (never loaded by i18next, never read as a namespace).
// A comment stays with its key; a corrected sentence gets a new key and starts without.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../../errors/index.js';
import { writeFileAtomic } from '../../fs/atomic.js';
import type { LanguageCode } from '../../lang/codes.js';
import { WorkflowErrors } from './errors.js';

export interface KeyComment {
  by: string;
  at: string;
  text: string;
}

export const COMMENTS_FORMAT = 'newsdesk-comments/1';

export function commentsPath(localesDir: string, lng: LanguageCode, slug: string): string {
  return join(localesDir, lng, `${slug}.comments.json`);
}

export function readComments(localesDir: string, lng: LanguageCode, slug: string): Record<string, KeyComment[]> {
  const file = commentsPath(localesDir, lng, slug);
  if (!existsSync(file)) return {};
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(WorkflowErrors.InvalidStateFile, `invalid JSON in comments file: ${(error as Error).message}`, { file: `locales/${lng}/${slug}.comments.json` });
  }
  const keys = (doc as { keys?: unknown }).keys;
  if (typeof keys !== 'object' || keys === null) return {};
  return keys as Record<string, KeyComment[]>;
}

/** Append a comment to a key; returns the key's comments. */
export function addComment(localesDir: string, lng: LanguageCode, slug: string, key: string, comment: KeyComment): KeyComment[] {
  const keys = readComments(localesDir, lng, slug);
  const list = [...(keys[key] ?? []), { by: comment.by, at: comment.at, text: comment.text }];
  keys[key] = list;
  writeFileAtomic(commentsPath(localesDir, lng, slug), `${JSON.stringify({ format: COMMENTS_FORMAT, article: slug, lang: lng, keys }, null, 2)}\n`);
  return list;
}
