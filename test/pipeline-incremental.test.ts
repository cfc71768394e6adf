// The main job does only what changed, from output/<slug>/manifest.json: nothing for an
// unchanged article, one language for a translator's edit in one locale file, everything when
// the article, a project file or an article-level output changed — and a damaged or stranger
// file in the output folder is never called current.

import { readdirSync, readFileSync, renameSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import type { LanguageCode } from '../src/lang/codes.js';
import { runPipeline, type RunSummary } from '../src/pipeline/index.js';
import { addArticle, editLocale, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { tmpProject } from './helpers/tmp.js';

const CONFIG = 'languages: [de, en, fr]\n';

function project(): string {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], CONFIG);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  return dir;
}

const run = (dir: string, extra: { force?: boolean; languages?: LanguageCode[] } = {}) => runPipeline({ config: loadConfig(dir), cwd: dir, publish: 'none', ...extra });
const out = (dir: string, name: string) => join(dir, 'output', 'rechenzentrum', name);
const mtimes = (dir: string) => Object.fromEntries(readdirSync(join(dir, 'output', 'rechenzentrum')).map((name) => [name, statSync(out(dir, name)).mtimeMs]));

function only(summary: RunSummary) {
  expect(summary.failed).toEqual([]);
  const [result] = summary.results;
  return { unchanged: result!.unchanged, redone: result!.redone };
}

/** A translator's edit of one sentence (a no-break space), as an editor saves it. */
function editFrench(dir: string): void {
  const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
  const resource = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const key = Object.keys(resource).find((k) => !k.startsWith('meta.') && resource[k]!.includes(' '))!;
  resource[key] = resource[key]!.replace(' ', '\u00a0');
  writeFileSync(file, `${JSON.stringify(resource, null, 2)}\n`);
}

/** Set every input's times an hour back, so their fingerprints are not racy and stat alone decides. */
function age(dir: string): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const file of ['content/rechenzentrum/index.md', 'content/glossary.yaml', 'pipeline/config.yaml', ...['de', 'en', 'fr'].flatMap((l) => [`locales/${l}/rechenzentrum.json`, `locales/${l}/common.json`])]) {
    utimesSync(join(dir, file), past, past);
  }
}

describe('incremental runs', () => {
  it('with keepResults: false, reports each result to onEvent and keeps none in the summary', async () => {
    const dir = project();
    const kept = await run(dir, { force: true });
    const reported: unknown[] = [];
    const summary = await runPipeline({ config: loadConfig(dir), cwd: dir, publish: 'none', force: true, keepResults: false, onEvent: (event) => event.type === 'article-done' && reported.push(event.result) });
    expect(summary.results).toEqual([]);
    expect(summary.failed).toEqual([]);
    expect(reported).toHaveLength(1);
    const { article: _a, versions: _v, ...result } = reported[0] as RunSummary['results'][number];
    expect(result).toEqual(kept.results[0]);
    // Published to a target: the publish result too goes to onEvent only.
    const sent: number[] = [];
    const published = await runPipeline({ config: loadConfig(dir), cwd: dir, publish: 'static', force: true, keepResults: false, onEvent: (event) => event.type === 'article-done' && event.published && sent.push(event.published.sent) });
    expect(published.published).toEqual([]);
    expect(sent).toEqual([3]);
  });

  it('does nothing for an unchanged article and touches no file', async () => {
    const dir = project();
    expect(only(await run(dir))).toEqual({ unchanged: false, redone: ['de', 'en', 'fr'] });
    const before = mtimes(dir);
    expect(only(await run(dir))).toEqual({ unchanged: true, redone: undefined });
    expect(mtimes(dir)).toEqual(before);
  });

  it('renders and checks again only the language whose locale file changed', async () => {
    const dir = project();
    await run(dir);
    const before = mtimes(dir);
    const html = readFileSync(out(dir, 'fr.html'), 'utf8');
    editFrench(dir);
    const summary = await run(dir);
    expect(only(summary)).toEqual({ unchanged: false, redone: ['fr'] });
    expect(summary.results[0]!.languages.map((l) => l.lang)).toEqual(['de', 'en', 'fr']);
    const after = mtimes(dir);
    for (const name of ['de.html', 'de.md', 'en.html', 'en.ninjs.json', 'claims.json']) expect(after[name], name).toBe(before[name]);
    for (const name of ['fr.html', 'fr.md', 'fr.ninjs.json', 'report.html', 'manifest.json']) expect(after[name], name).toBeGreaterThan(before[name]!);
    expect(readFileSync(out(dir, 'fr.html'), 'utf8')).not.toBe(html);
    expect(readFileSync(out(dir, 'fr.html'), 'utf8')).toContain('\u00a0');
    // The report still has every language's QA section.
    const report = readFileSync(out(dir, 'report.html'), 'utf8');
    expect(report).toContain('(en)');
    expect(report).toContain('(fr)');
    expect(only(await run(dir))).toEqual({ unchanged: true, redone: undefined });
  });

  it('sees an edit that keeps the size and the modification time', async () => {
    const dir = project();
    age(dir);
    await run(dir);
    expect(only(await run(dir)).unchanged).toBe(true);
    const file = join(dir, 'locales', 'en', 'rechenzentrum.json');
    const { mtime, atime } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('[en]', '[EN]'));
    utimesSync(file, atime, mtime);
    expect(only(await run(dir))).toEqual({ unchanged: false, redone: ['en'] });
  });

  it('runs everything when the article changes, and only that language when its output is gone', async () => {
    const dir = project();
    await run(dir);
    writeFileSync(join(dir, 'content', 'rechenzentrum', 'index.md'), SMALL_ARTICLE.replace('date: 2024-08-02', 'date: 2024-08-03'));
    expect(only(await run(dir)).redone).toEqual(['de', 'en', 'fr']);
    expect(readFileSync(out(dir, 'fr.md'), 'utf8')).toContain('date: 2024-08-03');
    renameSync(out(dir, 'en.html'), join(dir, 'en.html.saved'));
    expect(only(await run(dir))).toEqual({ unchanged: false, redone: ['en'] });
    expect(readFileSync(out(dir, 'en.html'), 'utf8')).toContain('<html lang="en"');
  });

  it('calls a torn or replaced output incomplete and runs its language again', async () => {
    const dir = project();
    await run(dir);
    // A crash before the data reached the disk leaves an empty file.
    truncateSync(out(dir, 'fr.md'), 0);
    expect(only(await run(dir))).toEqual({ unchanged: false, redone: ['fr'] });
    expect(readFileSync(out(dir, 'fr.md'), 'utf8')).toContain('Peking');
    // The same bytes under a new inode are not the file the manifest describes either.
    const html = readFileSync(out(dir, 'de.html'));
    writeFileSync(join(dir, 'copy'), html);
    renameSync(join(dir, 'copy'), out(dir, 'de.html'));
    expect(only(await run(dir))).toEqual({ unchanged: false, redone: ['de'] });
  });

  it('runs everything for a file it did not write or an unreadable manifest, and removes the stranger', async () => {
    const dir = project();
    await run(dir);
    writeFileSync(out(dir, '.fr.html.999-0.0a1b2c3d.tmp'), '<html>half');
    expect(only(await run(dir)).redone).toEqual(['de', 'en', 'fr']);
    expect(readdirSync(join(dir, 'output', 'rechenzentrum'))).not.toContain('.fr.html.999-0.0a1b2c3d.tmp');
    truncateSync(out(dir, 'manifest.json'), 10);
    expect(only(await run(dir)).redone).toEqual(['de', 'en', 'fr']);
    expect(only(await run(dir)).unchanged).toBe(true);
  });

  it('drops the outputs of a language that became incomplete and links the others only to each other', async () => {
    const dir = project();
    await run(dir);
    expect(readFileSync(out(dir, 'en.html'), 'utf8')).toContain('hreflang="fr"');
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const resource = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    delete resource[Object.keys(resource).find((k) => !k.startsWith('meta.'))!];
    writeFileSync(file, `${JSON.stringify(resource, null, 2)}\n`);
    const summary = await run(dir);
    expect(only(summary).redone).toEqual(['de', 'en', 'fr']);
    const fr = summary.results[0]!.languages.find((l) => l.lang === 'fr')!;
    expect(fr.rendered).toBe(false);
    expect(readdirSync(join(dir, 'output', 'rechenzentrum')).filter((name) => name.startsWith('fr.'))).toEqual([]);
    expect(readFileSync(out(dir, 'en.html'), 'utf8')).not.toContain('hreflang="fr"');
    expect(only(await run(dir)).unchanged).toBe(true);
  });

  it('a language whose keys pass but whose sentence cannot be written: the pages written before it are written again without it', async () => {
    // Languages go through one at a time (all three here: --force); en comes after fr in the
    // bar, de before: de's page was written linking to fr and must be written again.
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'en', 'fr'], CONFIG);
    addArticle(dir, 'rechenzentrum', SMALL_ARTICLE.replace('hat 15.000', 'hat *genau* 15.000').replace('languages: [de, en, fr]', 'languages: [de, fr, en]'), ['de', 'en', 'fr']);
    await run(dir);
    expect(readFileSync(out(dir, 'de.html'), 'utf8')).toContain('hreflang="fr"');
    // The tag is there (the key checks pass) but never closed: only writing the sentence finds it.
    editLocale(dir, 'fr', 'rechenzentrum', (resource) => {
      const key = Object.keys(resource).find((k) => resource[k]!.includes('</1>'))!;
      return { ...resource, [key]: resource[key]!.replace('</1>', '') };
    });
    const summary = await run(dir, { force: true });
    expect(only(summary).redone).toEqual(['de', 'fr', 'en']);
    const fr = summary.results[0]!.languages.find((l) => l.lang === 'fr')!;
    expect(fr.rendered).toBe(false);
    expect(readdirSync(join(dir, 'output', 'rechenzentrum')).filter((name) => name.startsWith('fr.'))).toEqual([]);
    for (const lng of ['de', 'en']) {
      expect(readFileSync(out(dir, `${lng}.html`), 'utf8')).not.toContain('hreflang="fr"');
      expect(readFileSync(out(dir, `${lng}.jsonld`), 'utf8')).not.toContain('/fr.html');
    }
    const manifest = JSON.parse(readFileSync(out(dir, 'manifest.json'), 'utf8')) as { languages: Record<string, { alternates: string[] }> };
    expect(manifest.languages.de!.alternates).toEqual(['de', 'en']);
    expect(manifest.languages.en!.alternates).toEqual(['de', 'en']);
    // What it wrote is what the next run calls current.
    expect(only(await run(dir)).unchanged).toBe(true);
  });

  it('gives the same table from the manifest as the run that wrote it', async () => {
    const dir = project();
    const first = (await run(dir)).results[0]!;
    const again = (await run(dir)).results[0]!;
    const strip = ({ article: _a, versions: _v, unchanged: _u, redone: _r, ...rest }: typeof first) => rest;
    expect(strip(again)).toEqual(strip(first));
  });
});
