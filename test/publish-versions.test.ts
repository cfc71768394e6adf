// Building language versions: rendered from the locale files, held back with a reason when
// a translation is incomplete, a digest that changes exactly when what a target receives does.

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { readArticle } from '../src/ingest/index.js';
import { buildVersions } from '../src/pipeline/index.js';
import { addArticle, seedProject, SMALL_ARTICLE } from './e2e/support/project.js';
import { tmpProject } from './helpers/tmp.js';

function project() {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr']);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['de', 'en', 'fr']);
  return dir;
}

describe('buildVersions', () => {
  it('renders every language of the bar with title, bodies, summary and a digest', () => {
    const dir = project();
    const config = loadConfig(dir);
    const { versions, validation } = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir });
    expect(validation.blocking).toBe(false);
    expect(versions.map((v) => [v.lang, v.publishable])).toEqual([['de', true], ['en', true], ['fr', true]]);
    const en = versions.find((v) => v.lang === 'en')!;
    expect(en.title).toBe('[en] Peking baut ein Rechenzentrum');
    expect(en.summary).toBe('[en] Das Rechenzentrum in Shenzhen hat 15,000 Standardschränke. [en] Die erste Phase ist fertig.');
    expect(en.bodyHtml).toContain('<h1>[en] Peking baut ein Rechenzentrum</h1>');
    expect(en.bodyMarkdown.startsWith('# \\[en] Peking')).toBe(true);
    expect(en.datePublished).toBe('2024-08-02');
    expect(en.jsonld).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', translationOfWork: { inLanguage: 'de' } });
    expect(en.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(versions.map((v) => v.digest)).size).toBe(3);
  });

  it('holds back a language whose locale file lacks a sentence, naming the file', () => {
    const dir = project();
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const fr = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    delete fr[Object.keys(fr).at(-1)!];
    writeFileSync(file, JSON.stringify(fr));
    const config = loadConfig(dir);
    const { versions } = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir });
    const held = versions.find((v) => v.lang === 'fr')!;
    expect(held).toMatchObject({ publishable: false, heldReason: 'translation', heldDetail: '1 missing key in locales/fr/rechenzentrum.json' });
  });

  it('holds back a language the QA stage refuses, with its first finding', () => {
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'zh']);
    // "[zh] Das Rechenzentrum…" is not Chinese: QA's script check must stop it.
    addArticle(dir, 'rechenzentrum', SMALL_ARTICLE.replace('languages: [de, en, fr]', 'languages: [de, zh]'), ['de', 'zh']);
    const config = loadConfig(dir);
    const { versions } = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir });
    expect(versions.map((v) => [v.lang, v.publishable, v.heldReason])).toEqual([['de', true, undefined], ['zh', false, 'qa']]);
    expect(versions[1]!.heldDetail).toMatch(/^\d+ QA errors?, first in [a-z0-9-]+ at \d+:\d+ qa\/script: /);
  });

  it('holds back every language while the source has a validation error nobody acknowledged', () => {
    const dir = tmpProject({}, { withConfig: false });
    seedProject(dir, ['de', 'en', 'fr']);
    addArticle(dir, 'rechenzentrum', SMALL_ARTICLE.replace('Die erste Phase ist fertig.', 'Die Phasen 2 bis 2 sind fertig.'), ['de', 'en', 'fr']);
    const config = loadConfig(dir);
    const { versions, validation } = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir });
    expect(validation.blocking).toBe(true);
    expect(versions.map((v) => v.heldReason)).toEqual(['validation', 'validation', 'validation']);
    expect(versions[0]!.heldDetail).toBe('1 validation error in the source (12:71 range-order)');
  });

  it('renders the source language from the article, whatever its locale file says', () => {
    const dir = project();
    rmSync(join(dir, 'locales', 'de', 'rechenzentrum.json'));
    const config = loadConfig(dir);
    const { versions } = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir });
    expect(versions[0]).toMatchObject({ lang: 'de', publishable: true, title: 'Peking baut ein Rechenzentrum' });
  });

  it('changes the digest of exactly the language whose translation changed', () => {
    const dir = project();
    const config = loadConfig(dir);
    const before = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir }).versions;
    const file = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[fr] Die erste Phase ist fertig.', '[fr] La première phase est terminée.'));
    const after = buildVersions(readArticle('rechenzentrum', config, dir), config, { cwd: dir }).versions;
    expect(after.map((v, i) => v.digest === before[i]!.digest)).toEqual([true, true, false]);
  });
});
