// The static site target: publishing one article writes its pages and the site's manifest of
// it; the index is built from the manifests of every article on the site, never by reading
// and rendering the other articles again.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

const CONFIG = `languages: [de, en, fr]
publish:
  target: static
`;

function project(): string {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], CONFIG);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  return dir;
}

const second = SMALL_ARTICLE.replace('title: Peking baut ein Rechenzentrum', 'title: Zweiter Artikel\nslug: zweiter').replace('# Peking baut ein Rechenzentrum', '# Zweiter Artikel');

describe('static site target', () => {
  it('records what the index shows of each published version in the site manifest', async () => {
    const dir = project();
    expect((await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} })).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'output', 'site', 'rechenzentrum', 'manifest.json'), 'utf8')) as { slug: string; entries: Array<{ lang: string; title: string }> };
    expect(manifest.slug).toBe('rechenzentrum');
    expect(manifest.entries.map((e) => [e.lang, e.title])).toEqual([
      ['de', 'Peking baut ein Rechenzentrum'],
      ['en', '[en] Peking baut ein Rechenzentrum'],
      ['fr', '[fr] Peking baut ein Rechenzentrum'],
    ]);
  });

  it('keeps an article on the index from its manifest, without reading its source again', async () => {
    const dir = project();
    await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    const page = readFileSync(join(dir, 'output', 'site', 'rechenzentrum', 'fr.html'), 'utf8');
    // The first article's source becomes unreadable: publishing another must not touch it.
    writeFileSync(join(dir, 'content', 'rechenzentrum', 'index.md'), '---\ntitle: [kaputt\n---\n');
    addArticle(dir, 'zweiter', second, ['de', 'en', 'fr']);
    const result = await runCli(['publish', 'zweiter'], { cwd: dir, env: {} });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const index = readFileSync(join(dir, 'output', 'site', 'index.html'), 'utf8');
    expect(index).toContain('<a href="rechenzentrum/fr.html">[fr] Peking baut ein Rechenzentrum</a>');
    expect(index).toContain('<a href="zweiter/fr.html">[fr] Zweiter Artikel</a>');
    expect(readFileSync(join(dir, 'output', 'site', 'rechenzentrum', 'fr.html'), 'utf8')).toBe(page);
  });

  it('takes an article off the index when its folder is removed from the site', async () => {
    const dir = project();
    await runCli(['publish', 'rechenzentrum'], { cwd: dir, env: {} });
    addArticle(dir, 'zweiter', second, ['de', 'en', 'fr']);
    rmSync(join(dir, 'output', 'site', 'rechenzentrum'), { recursive: true });
    await runCli(['publish', 'zweiter'], { cwd: dir, env: {} });
    const index = readFileSync(join(dir, 'output', 'site', 'index.html'), 'utf8');
    expect(index).not.toContain('rechenzentrum/');
    expect(index).toContain('zweiter/de.html');
  });
});
