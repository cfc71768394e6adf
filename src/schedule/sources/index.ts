// A job's sources → the items they hold now. A folder yields its markdown files
// (`*.md`, `*/index.md`); a feed, a page or a ninjs document yields remote items turned
// into article markdown, to be written under the job's output folder.

import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Errors, fail } from '../../errors/index.js';
import type { LanguageCode } from '../../lang/codes.js';
import type { PipelineConfig } from '../../config/index.js';
import type { Store } from '../../store/index.js';
import type { Job, Source } from '../types.js';
import { parseFeed } from './feed.js';
import { htmlToMarkdown } from './html.js';
import { fetchSource, type Fetch } from './http.js';
import { articleMarkdown, dayOf, languageOf, slugify, withFrontMatter } from './markdown.js';
import { parseNinjs } from './ninjs.js';

export interface CollectedItem {
  /** Stable key of the item within the job. */
  key: string;
  /** The source it came from, as written in jobs.yaml (`feed:https://…`). */
  source: string;
  /** A file already on disk (folder sources), relative to the project root. */
  file?: string;
  /** An article to write (remote sources): its markdown and a preferred folder name. */
  remote?: { markdown: string; slug: string };
  /** An item that cannot become an article (no language, no title): recorded as failed. */
  problem?: string;
}

export interface Collected {
  items: CollectedItem[];
  /** The remote document had not changed (304, or the same body). */
  notModified: boolean;
  /** Store the source's fetch validators: call once every item was handled. */
  commit?: () => void;
}

export interface CollectDeps {
  config: PipelineConfig;
  store: Store;
  fetch?: Fetch;
  signal?: AbortSignal;
}

export function sourceLabel(source: Source): string {
  return source.kind === 'folder' ? `folder:${source.path}` : `${source.kind}:${source.url}`;
}

export async function collect(job: Job, source: Source, deps: CollectDeps): Promise<Collected> {
  const label = sourceLabel(source);
  if (source.kind === 'folder') return { items: folderItems(deps.config.root, source.path, label), notModified: false };
  const fetched = await fetchSource(source.url, { ...job.fetch, store: deps.store, ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
  if (fetched.status === 'not-modified') return { items: [], notModified: true };
  const fallbackLang = source.lang ?? job.lang;
  let entries: Array<{ key: string; title: string | undefined; lang: string | undefined; date: string | undefined; link: string | undefined; body: string }>;
  if (source.kind === 'feed') {
    entries = parseFeed(fetched.body).map((entry) => ({ ...entry, body: htmlToMarkdown(entry.html) }));
  } else if (source.kind === 'ninjs') {
    entries = parseNinjs(fetched.body).map((entry) => ({ ...entry, body: htmlToMarkdown(entry.html) }));
  } else {
    // Loaded on demand: the importer (unified, remark) is not needed by folder and feed jobs.
    const { pageArticle } = await import('./page.js');
    const page = pageArticle(fetched.body, fetched.url, source.lang, job.lang);
    const key = `page:${source.url}`;
    const item: CollectedItem = page.ok
      ? { key, source: label, remote: { markdown: withFrontMatter(page.frontmatter, page.body), slug: page.slug } }
      : { key, source: label, problem: page.problem };
    return { items: [item], notModified: false, commit: fetched.commit };
  }
  const items = entries.map((entry): CollectedItem => remoteItem(entry, label, fallbackLang));
  return { items, notModified: false, commit: fetched.commit };
}

function remoteItem(
  entry: { key: string; title: string | undefined; lang: string | undefined; date: string | undefined; link: string | undefined; body: string },
  label: string,
  fallbackLang: LanguageCode | undefined,
): CollectedItem {
  const key = `${label.split(':')[0]}:${entry.key}`;
  const lang = languageOf(entry.lang) ?? fallbackLang;
  const title = entry.title?.trim();
  if (!title) return { key, source: label, problem: 'the item has no title' };
  if (!lang) {
    return { key, source: label, problem: `the item declares ${entry.lang ? `language \`${entry.lang}\`, not one of the product's` : 'no language'}; add \`lang:\` to the source or the job` };
  }
  if (entry.body.trim() === '') return { key, source: label, problem: 'the item has no body text' };
  const date = dayOf(entry.date);
  const markdown = articleMarkdown({ title, lang, body: entry.body, ...(date ? { date } : {}), ...(entry.link ? { sourceUrl: entry.link } : {}) });
  return { key, source: label, remote: { markdown, slug: slugify(title, entry.key) } };
}

/** `*.md` files and `<folder>/index.md` folders, sorted, as paths relative to the project root. */
function folderItems(root: string, folder: string, label: string): CollectedItem[] {
  const dir = resolve(root, folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(Errors.FileNotFound, `the folder \`${folder}\` does not exist`, { file: folder });
  const items: CollectedItem[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
    let file: string | undefined;
    if (entry.isFile() && /\.md$/i.test(entry.name)) file = join(dir, entry.name);
    else if (entry.isDirectory() && existsSync(join(dir, entry.name, 'index.md'))) file = join(dir, entry.name, 'index.md');
    if (!file) continue;
    const rel = relative(root, file);
    items.push({ key: `folder:${rel}`, source: label, file: rel });
  }
  return items;
}
