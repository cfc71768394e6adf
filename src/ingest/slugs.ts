// Two articles must never share a slug, nor have slugs that look alike: the second would write
// into the first one's output folder, locale files and CMS entry, or publish a look-alike copy
// (a homoglyph, an NFD spelling, `slug: ki-stadt` on an inbox article). Checked before any
// article runs, over every article of the project (the ones being run and the others), from
// the folder or file name and the front matter's `slug:` line, without parsing the articles.

import { closeSync, openSync, readSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { PipelineConfig } from '../config/index.js';
import { Errors, NewsdeskError } from '../errors/index.js';
import { slugSkeleton } from '../fs/paths.js';
import { listArticleFiles, slugOf } from './index.js';

/** The front matter's `slug:` value, read from the head of the file (a slug line is short). */
function frontMatterSlug(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(16 * 1024);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    const front = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
    const line = front === undefined ? undefined : /^slug:[ \t]*(.*?)[ \t]*$/m.exec(front)?.[1];
    if (line === undefined || line === '') return undefined;
    return line.replace(/^(["'])(.*)\1$/, '$2').normalize('NFC');
  } catch {
    return undefined; // the run reports what is wrong with the file
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The slug an article will get (checked in full when it is read). */
export function plannedSlug(path: string): string {
  return slugOf(path, frontMatterSlug(path));
}

/**
 * For each of `paths` (absolute article files) that would share its slug, or a look-alike of
 * it, with an article earlier in path order: the error that refuses it.
 */
export function slugClashes(paths: readonly string[], config: PipelineConfig, cwd: string): Map<string, NewsdeskError> {
  // The article whose folder (or file) is named by the slug owns it; one that claims it with
  // `slug:` in its front matter comes after; then path order.
  const all = [...new Set([...listArticleFiles(config), ...paths].map((p) => resolve(p)))]
    .map((path) => {
      const slug = plannedSlug(path);
      return { path, slug, claimed: slug !== slugOf(path) };
    })
    .sort((a, b) => Number(a.claimed) - Number(b.claimed) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const first = new Map<string, { path: string; slug: string }>();
  const clashes = new Map<string, NewsdeskError>();
  const wanted = new Set(paths.map((p) => resolve(p)));
  for (const { path, slug } of all) {
    const skeleton = slugSkeleton(slug);
    const owner = first.get(skeleton);
    if (!owner) {
      first.set(skeleton, { path, slug });
      continue;
    }
    if (!wanted.has(path)) continue;
    const shown = relative(cwd, path) || path;
    const how = owner.slug === slug ? `is the slug of ${relative(cwd, owner.path) || owner.path} too` : `looks like \`${owner.slug}\`, the slug of ${relative(cwd, owner.path) || owner.path}`;
    clashes.set(path, new NewsdeskError(Errors.InvalidSlug, `the slug \`${slug}\` ${how}: two articles must not share a folder and address, nor look alike`, { file: shown }));
  }
  return clashes;
}
