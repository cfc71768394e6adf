// The git target against a real repository (`git init` in a temporary folder): one markdown
// file with front matter per language at the configured layout, one commit naming the
// article and the languages, and no commit when nothing changed.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

const repos: string[] = [];
afterEach(() => {
  while (repos.length) rmSync(repos.pop()!, { recursive: true, force: true });
});

function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-C', repo, '-c', 'user.name=Site Owner', '-c', 'user.email=owner@example.org', ...args], { encoding: 'utf8' }).trim();
}

function setup(layout?: string) {
  const repo = mkdtempSync(join(tmpdir(), 'newsdesk-site-'));
  repos.push(repo);
  git(repo, 'init', '--quiet', '--initial-branch=main');
  writeFileSync(join(repo, 'README.md'), '# site\n');
  git(repo, 'add', 'README.md');
  git(repo, 'commit', '--quiet', '-m', 'site');
  const settings = `{ type: git, repo: ${JSON.stringify(repo)}${layout ? `, layout: ${JSON.stringify(layout)}` : ''} }`;
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], `publish:\n  target: site\n  targets:\n    site: ${settings}\n`);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  return { dir, repo };
}

describe('git target', () => {
  it('marks a language held after publication `draft: true` and commits it; `withdraw` drafts the rest', async () => {
    const { dir, repo } = setup();
    expect((await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} })).code).toBe(0);
    const fr = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const resource = JSON.parse(readFileSync(fr, 'utf8')) as Record<string, string>;
    delete resource[Object.keys(resource).find((key) => !key.startsWith('meta.'))!];
    writeFileSync(fr, JSON.stringify(resource));
    const held = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(held.code).toBe(1);
    expect(held.stdout).toContain('  fr  held and unpublished (translation): 1 missing key in locales/fr/rechenzentrum.json\n');
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('newsdesk: withdraw rechenzentrum (fr)');
    const draft = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(repo, 'content', 'fr', 'rechenzentrum.md'), 'utf8'))![1]!;
    expect(parse(draft)).toMatchObject({ lang: 'fr', draft: true });
    expect(readFileSync(join(repo, 'content', 'de', 'rechenzentrum.md'), 'utf8')).not.toContain('draft:');
    const withdrawn = await runCli(['withdraw', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(withdrawn.stdout).toBe('rechenzentrum → site: 2 languages unpublished (de en)\n');
    for (const lng of ['de', 'en', 'fr']) expect(readFileSync(join(repo, 'content', lng, 'rechenzentrum.md'), 'utf8'), lng).toMatch(/^draft: true$/m);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('writes content/<lng>/<slug>.md with front matter and commits once, naming article and languages', async () => {
    const { dir, repo } = setup();
    const result = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('newsdesk: publish rechenzentrum (de, en, fr)');
    expect(git(repo, 'log', '-1', '--format=%an <%ae>')).toBe('newsdesk <newsdesk@localhost>');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['content/de/rechenzentrum.md', 'content/en/rechenzentrum.md', 'content/fr/rechenzentrum.md']);
    const fr = readFileSync(join(repo, 'content', 'fr', 'rechenzentrum.md'), 'utf8');
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(fr)!;
    expect(parse(yaml!)).toMatchObject({
      title: '[fr] Peking baut ein Rechenzentrum',
      date: '2024-08-02',
      slug: 'rechenzentrum',
      lang: 'fr',
      translationKey: 'rechenzentrum',
      translationOf: 'de',
      description: '[fr] Das Rechenzentrum in Shenzhen hat 15\u202f000 Standardschränke. [fr] Die erste Phase ist fertig.',
    });
    expect(body!.startsWith('# \\[fr] Peking baut ein Rechenzentrum\n')).toBe(true);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('makes no commit when nothing changed, and a commit of one file when one translation changed', async () => {
    const { dir, repo } = setup();
    await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    const head = git(repo, 'rev-parse', 'HEAD');
    for (const args of [['publish', 'rechenzentrum'], ['publish', 'rechenzentrum', '--force']]) {
      const again = await runCli(args, { cwd: dir, env: {} });
      expect(again.code).toBe(0);
      expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    }
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[fr] Die erste Phase ist fertig.', '[fr] La première phase est terminée.'));
    const third = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(third.stdout.split('\n')[0]).toBe('rechenzentrum → site: 3 languages, 0 created, 1 updated, 2 unchanged, 0 held');
    expect(git(repo, 'rev-list', '--count', 'HEAD')).toBe('3');
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('newsdesk: publish rechenzentrum (fr)');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD')).toBe('content/fr/rechenzentrum.md');
  });

  it('follows a layout from the configuration and leaves other staged work out of its commit', async () => {
    const { dir, repo } = setup('src/content/news/{lang}/{slug}.md');
    writeFileSync(join(repo, 'draft.md'), 'work in progress\n');
    git(repo, 'add', 'draft.md');
    const result = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(result.code).toBe(0);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').split('\n')).toContain('src/content/news/en/rechenzentrum.md');
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD')).not.toContain('draft.md');
    expect(git(repo, 'status', '--porcelain')).toBe('A  draft.md');
  });

  it('exits 2 when the configured folder is not a git work tree', async () => {
    const { dir } = setup();
    const notRepo = mkdtempSync(join(tmpdir(), 'newsdesk-plain-'));
    repos.push(notRepo);
    writeFileSync(join(dir, 'pipeline', 'config.yaml'), `publish:\n  target: site\n  targets:\n    site: { type: git, repo: ${JSON.stringify(notRepo)} }\n`);
    const result = await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`newsdesk publish: pipeline/config.yaml: site: ${notRepo} is not a git work tree\n`);
  });
});
