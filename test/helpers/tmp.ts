// Temporary project folders for tests that write files.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh folder, removed after the test. `files` maps relative paths to contents. */
export function tmpProject(files: Record<string, string | Uint8Array> = {}, options: { withConfig?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-'));
  made.push(dir);
  if (options.withConfig !== false) cpSync(join(REPO, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A project with the sample article, its glossary and every locale file (a fresh copy). */
export function sampleProject(): string {
  const dir = tmpProject();
  cpSync(join(REPO, 'content', 'ki-stadt'), join(dir, 'content', 'ki-stadt'), { recursive: true });
  cpSync(join(REPO, 'content', 'glossary.yaml'), join(dir, 'content', 'glossary.yaml'));
  cpSync(join(REPO, 'locales'), join(dir, 'locales'), { recursive: true });
  return dir;
}
