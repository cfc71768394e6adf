// Ingest: find an article (path, folder or slug), refuse unusable input with one clear
// positioned error, parse front matter and markdown into the article object.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { unified } from 'unified';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { Errors, fail } from '../errors/index.js';
import { slugProblem } from '../fs/paths.js';
import { decodeText } from '../fs/text.js';
import { checkTextLimits, checkTreeDepth } from './limits.js';
import type { Article } from '../article/types.js';
import { projectPath, type PipelineConfig } from '../config/index.js';
import { parseFrontMatter } from './frontmatter.js';

export { parseFrontMatter, splitFrontMatter } from './frontmatter.js';
export { plannedSlug, slugClashes } from './slugs.js';

/** One frozen parser for the whole process (the unified model). */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Every article under content/: `content/<slug>/index.md`, and one level down the articles
 * the scheduler takes in — a job's drop folder (`content/inbox/<name>.md`,
 * `content/inbox/<slug>/index.md`) and what a job wrote (`content/<job>/<slug>/index.md`).
 * Absolute paths, sorted.
 */
export function listArticleFiles(config: PipelineConfig): string[] {
  const dir = projectPath(config, config.paths.content);
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // A symbolic link is listed too, so `run` reports it (readArticle refuses it) as `run <it>` does.
    if (!(entry.isDirectory() || entry.isSymbolicLink()) || entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    const folder = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      if (existsSync(join(folder, 'index.md'))) found.push(join(folder, 'index.md'));
      continue;
    }
    if (existsSync(join(folder, 'index.md'))) {
      found.push(join(folder, 'index.md'));
      continue;
    }
    for (const inner of readdirSync(folder, { withFileTypes: true })) {
      if (inner.name.startsWith('.') || inner.name.startsWith('_')) continue;
      if (inner.isFile() && /\.md$/i.test(inner.name)) found.push(join(folder, inner.name));
      else if (inner.isDirectory() && existsSync(join(folder, inner.name, 'index.md'))) found.push(join(folder, inner.name, 'index.md'));
    }
  }
  return found.sort();
}

/** Find the markdown file of an article given as a file, a folder, or a slug under content/ (inbox and job folders included). */
export function resolveArticlePath(ref: string, config: PipelineConfig, cwd: string = process.cwd()): string {
  const asPath = resolve(cwd, ref);
  const candidates = [asPath, join(asPath, 'index.md'), join(projectPath(config, config.paths.content), ref, 'index.md')];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // A slug of an article the scheduler took in (content/inbox/…, content/<job>/…).
  if (/^[^/\\]+$/.test(ref)) {
    const matches = listArticleFiles(config).filter((file) => slugOf(file) === ref);
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) fail(Errors.ArticleNotFound, `\`${ref}\` names ${matches.length} articles (${matches.map((m) => relative(config.root, m)).join(', ')}): give the path`);
  }
  fail(Errors.ArticleNotFound, `no article at \`${ref}\``);
}

export function slugOf(path: string, explicit?: string): string {
  if (explicit) return explicit;
  const name = basename(path);
  if (name === 'index.md') return basename(dirname(path));
  return name.replace(/\.(md|markdown)$/i, '').replace(/\.[a-z]{2}$/i, '');
}

/**
 * An article under content/ is a real folder or file there: a symbolic link (to another
 * article, or out of the project) is refused the same way whether `run` lists it or it is
 * named, so no run reads or writes through it.
 */
function refuseLinks(path: string, config: PipelineConfig, cwd: string): void {
  const content = projectPath(config, config.paths.content);
  const rel = relative(content, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  let at = content;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    if (lstatSync(at, { throwIfNoEntry: false })?.isSymbolicLink()) {
      fail(Errors.InvalidSlug, `\`${relative(cwd, at) || at}\` is a symbolic link: an article is a folder or file under ${config.paths.content}/ (copy it there)`, { file: relative(cwd, at) || at });
    }
  }
}

/** Decode and check a file's bytes: size, binary data, encoding, emptiness. */
export function decodeArticle(bytes: Uint8Array, file: string, config: PipelineConfig): string {
  if (bytes.byteLength > config.limits.articleBytes) {
    fail(Errors.FileTooLarge, `the article is ${bytes.byteLength} bytes, more than the limit of ${config.limits.articleBytes}`, { file });
  }
  const text = decodeText(bytes, { file, error: Errors.BinaryFile });
  if (text.trim() === '') fail(Errors.EmptyFile, 'the article is empty', { file, line: 1, column: 1 });
  return text;
}

/** Parse article text already in memory. `path` is used for messages and the slug. */
export function parseArticle(text: string, path: string, config: PipelineConfig): Article {
  // What the parser would choke on is refused first (lines, nesting, inline markup).
  checkTextLimits(text, path, config.limits);
  const { frontmatter, bodyOffset } = parseFrontMatter(text, path, config);
  const tree = parser.parse(text) as Root;
  checkTreeDepth(tree, path, config.limits);
  const body = text.slice(bodyOffset);
  if (body.trim() === '') fail(Errors.EmptyFile, 'the article has front matter but no body', { file: path });
  // A slug from the folder or file name goes by the same policy as one from the front matter.
  const slug = slugOf(path, frontmatter.slug);
  // Only a markdown file names an article (standard input or a .txt given to `segment` does not).
  if (frontmatter.slug === undefined && /\.(?:md|markdown)$/i.test(path)) {
    const problem = slugProblem(slug);
    if (problem) fail(Errors.InvalidSlug, `the ${basename(path) === 'index.md' ? 'folder' : 'file'} name \`${slug}\` cannot be a slug: ${problem}`, { file: path });
  }
  return {
    path,
    slug,
    source: text,
    bodyOffset,
    digest: createHash('sha256').update(text).digest('hex'),
    frontmatter,
    tree,
    segments: [],
    figures: [],
    claims: [],
    messages: [],
    limits: config.limits,
  };
}

/** Read an article from disk (path, folder or slug). */
export function readArticle(ref: string, config: PipelineConfig, cwd: string = process.cwd()): Article {
  const path = resolveArticlePath(ref, config, cwd);
  const shown = relative(cwd, path) || path;
  refuseLinks(path, config, cwd);
  const bytes = readFileSync(path);
  return parseArticle(decodeArticle(bytes, shown, config), shown, config);
}
