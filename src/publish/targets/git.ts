// The git target, for sites built from a content folder (Hugo, Astro, Eleventy, Decap CMS):
// each language version becomes a markdown file with front matter in a git work tree, at
// `layout` (default `content/{lang}/{slug}.md`, Hugo's and Decap's multiple-folders i18n),
// and the files are committed with a message naming the article and the languages — only
// when something changed. Pushing is left to the site's own pipeline, unless `push` names
// a remote.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import type { Article } from '../../article/types.js';
import type { PipelineConfig } from '../../config/index.js';
import { Errors, fail } from '../../errors/index.js';
import { writeFileAtomic } from '../../localize/index.js';
import type { LanguageVersion, PublishContext, PublishOutcome, PublishTarget } from '../types.js';
import { articleId } from '../versions.js';

const run = promisify(execFile);

export interface GitSettings {
  /** The work tree (relative to the project root or absolute). */
  repo: string;
  /** Where a version goes in the tree: `{lang}`, `{slug}` and `{id}` are replaced. */
  layout?: string;
  /** Commit author (default "newsdesk <newsdesk@localhost>"). */
  authorName?: string;
  authorEmail?: string;
  /** A remote to push to after a commit (default: none). */
  push?: string;
  /** Branch to push (default: the current one). */
  branch?: string;
}

/** The file of one version: front matter (Hugo/Astro/Decap-friendly keys) and the markdown body. */
export function gitFile(article: Article, version: LanguageVersion): string {
  const fm: Record<string, unknown> = {
    title: version.title,
    ...(version.datePublished ? { date: version.datePublished } : {}),
    slug: version.slug,
    lang: version.lang,
    translationKey: articleId(article),
    ...(version.lang !== version.sourceLang ? { translationOf: version.sourceLang } : {}),
    ...(version.summary ? { description: version.summary } : {}),
  };
  const extra = version.rendered?.frontmatter ?? {};
  for (const key of ['dateText', 'section', 'category', 'sourceLine', 'credits']) {
    if (extra[key] !== undefined) fm[key] = extra[key];
  }
  fm.digest = version.digest;
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${version.bodyMarkdown}`;
}

/** The file with `draft: true` in its front matter (added, or replacing a `draft:` line). */
export function setDraft(text: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return `---\ndraft: true\n---\n\n${text}`;
  const fm = match[1]!;
  const next = /^draft:.*$/m.test(fm) ? fm.replace(/^draft:.*$/m, 'draft: true') : `${fm}\ndraft: true`;
  return `---\n${next}\n---\n${text.slice(match[0].length)}`;
}

export function layoutPath(layout: string, values: { lang: string; slug: string; id: string }): string {
  const path = normalize(layout.replace(/\{(lang|slug|id)\}/g, (_, key: 'lang' | 'slug' | 'id') => values[key]));
  if (isAbsolute(path) || path.startsWith('..')) fail(Errors.InvalidConfig, `git: layout \`${layout}\` leads outside the work tree`, { file: 'pipeline/config.yaml' });
  return path;
}

export function createGitTarget(name: string, settings: Record<string, unknown>, config: PipelineConfig): PublishTarget {
  if (typeof settings.repo !== 'string' || settings.repo === '') fail(Errors.InvalidConfig, `${name}: set \`repo\` (the site's git work tree) under publish.targets.${name}`, { file: 'pipeline/config.yaml' });
  const repo = resolve(config.root, settings.repo);
  const layout = typeof settings.layout === 'string' ? settings.layout : 'content/{lang}/{slug}.md';
  const author = typeof settings.authorName === 'string' ? settings.authorName : 'newsdesk';
  const email = typeof settings.authorEmail === 'string' ? settings.authorEmail : 'newsdesk@localhost';
  const push = typeof settings.push === 'string' ? settings.push : undefined;
  const branch = typeof settings.branch === 'string' ? settings.branch : undefined;

  async function git(...args: string[]): Promise<{ stdout: string; code: number }> {
    try {
      const { stdout } = await run('git', ['-C', repo, '-c', `user.name=${author}`, '-c', `user.email=${email}`, '-c', 'commit.gpgsign=false', ...args], { maxBuffer: 64 * 1024 * 1024 });
      return { stdout, code: 0 };
    } catch (error) {
      const e = error as { code?: unknown; stderr?: string; stdout?: string };
      if (typeof e.code === 'number') return { stdout: e.stdout ?? '', code: e.code };
      fail(Errors.Service, `${name}: cannot run git (${(error as Error).message})`);
    }
  }

  async function must(...args: string[]): Promise<string> {
    const result = await git(...args);
    if (result.code !== 0) fail(Errors.Service, `${name}: \`git ${args[0]}\` failed in ${repo} (exit ${result.code})`);
    return result.stdout;
  }

  async function checkRepo(): Promise<void> {
    if (!existsSync(repo) || (await git('rev-parse', '--is-inside-work-tree')).code !== 0) {
      fail(Errors.InvalidConfig, `${name}: ${repo} is not a git work tree`, { file: 'pipeline/config.yaml' });
    }
  }

  return {
    name,
    type: 'git',
    /** Sets `draft: true` in the front matter (Hugo, Astro, Eleventy and Decap leave drafts unbuilt) and commits. */
    async unpublish(ref, withdrawals, context: PublishContext): Promise<PublishOutcome[]> {
      await checkRepo();
      const changed: string[] = [];
      for (const w of withdrawals) {
        const path = w.remoteId?.replace(/@[0-9a-f]+$/, '');
        if (!path) continue;
        const file = join(repo, layoutPath(path, { lang: w.lang, slug: ref.slug, id: ref.externalId }));
        if (!existsSync(file)) continue; // already gone from the site
        const text = readFileSync(file, 'utf8');
        const drafted = setDraft(text);
        if (drafted !== text) {
          writeFileAtomic(file, drafted);
          changed.push(path);
        }
      }
      if (changed.length > 0) {
        await must('add', '--', ...changed);
        await must('commit', '--quiet', '-m', `newsdesk: withdraw ${ref.slug} (${withdrawals.map((w) => w.lang).join(', ')})\n\nArticle: ${ref.externalId}\n`, '--', ...changed);
        if (push) await must('push', '--quiet', push, branch ? `HEAD:${branch}` : 'HEAD');
      }
      const at = new Date().toISOString();
      return withdrawals.map((w) => {
        const outcome: PublishOutcome = { target: name, lang: w.lang, action: 'unpublished', remoteId: w.remoteId, digest: w.digest, at };
        context.confirm(outcome);
        return outcome;
      });
    },
    async publish(article, versions, context: PublishContext): Promise<PublishOutcome[]> {
      await checkRepo();
      const id = articleId(article);
      const written: Array<{ version: LanguageVersion; path: string; existed: boolean; same: boolean }> = [];
      for (const version of versions) {
        if (!version.publishable) continue;
        const path = layoutPath(layout, { lang: version.lang, slug: version.slug, id });
        const file = join(repo, path);
        const text = gitFile(article, version);
        const existed = existsSync(file);
        const same = existed && readFileSync(file, 'utf8') === text;
        if (!same) writeFileAtomic(file, text);
        written.push({ version, path, existed, same });
      }
      if (written.length === 0) return [];
      const paths = written.map((w) => w.path);
      await must('add', '--', ...paths);
      const changed = (await git('diff', '--cached', '--quiet', '--', ...paths)).code === 1;
      if (changed) {
        const langs = written.map((w) => w.version.lang).join(', ');
        const title = written.find((w) => w.version.lang === article.frontmatter.lang)?.version.title ?? written[0]!.version.title;
        const message = `newsdesk: publish ${article.slug} (${langs})\n\n${title}\n\nLanguages: ${langs}\nArticle: ${id}\n`;
        // `commit -- paths` commits only these files, whatever else is staged in the tree.
        await must('commit', '--quiet', '-m', message, '--', ...paths);
        if (push) await must('push', '--quiet', push, branch ? `HEAD:${branch}` : 'HEAD');
      }
      const commit = (await must('rev-parse', 'HEAD')).trim();
      const at = new Date().toISOString();
      context.log(changed ? `${name}: committed ${commit.slice(0, 12)} in ${repo}` : `${name}: nothing changed in ${repo}`);
      return written.map(({ version, path, existed, same }) => {
        const outcome: PublishOutcome = { target: name, lang: version.lang, action: !existed ? 'created' : same ? 'unchanged' : 'updated', remoteId: `${path}@${commit}`, digest: version.digest, at };
        context.confirm(outcome);
        return outcome;
      });
    },
  };
}
