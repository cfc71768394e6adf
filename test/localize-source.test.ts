// The source-language locale file: one entry per sentence in document order, inline markup
// as numbered tags, digit figures as placeholders whose values stay outside the file.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { parseArticle } from '../src/ingest/index.js';
import { buildSourceResource, loadResources, parseResource, serializeResource, writeSourceResource } from '../src/localize/index.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);
const FIXTURE = join(REPO, 'test/fixtures/render-basic');
const UPDATE = process.env.UPDATE === '1';

function fixtureArticle(text = readFileSync(join(FIXTURE, 'index.md'), 'utf8')) {
  return parseArticle(text, 'test/fixtures/render-basic/index.md', config);
}

/** Compare with a fixture file; `UPDATE=1` rewrites it (the remark fixture model). */
function expectFile(name: string, actual: string): void {
  const path = join(FIXTURE, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('buildSourceResource', () => {
  it('writes sentences with numbered tags and figure placeholders (exact JSON)', () => {
    const { resource } = buildSourceResource(fixtureArticle());
    expectFile('expected.de.json', serializeResource(resource));
    const values = Object.values(resource);
    expect(values).toContain('Am {{f1, figure}} hatte das <1>neue Rechenzentrum</1> etwa {{f2, figure}} Schränke.');
    expect(values).toContain('Der Index lag laut <1>dem Bericht</1> bei {{f1, figure}}.');
    expect(values).toContain('Shenzhen liegt <1>weit vorne</1> bei <2>npm test</2>.');
    expect(Object.keys(resource).slice(0, 3)).toEqual(['meta.section', 'meta.category', 'meta.sourceLine']);
    expect(resource['meta.title']).toBeUndefined();
  });

  it('keeps the figure values beside the resource, numbered per sentence', () => {
    const { resource, figures } = buildSourceResource(fixtureArticle());
    const key = (start: string) => Object.keys(resource).find((k) => resource[k]?.startsWith(start)) ?? '';
    expect(figures[key('Am ')]).toEqual({
      f1: { style: 'date', date: '2024-07-26', parts: 'day-month', text: '26. Juli' },
      f2: { style: 'decimal', value: 15000, decimals: 0, text: '15.000' },
    });
    expect(figures[key('Der Index')]).toEqual({ f1: { style: 'decimal', value: 0.7449, decimals: 4, text: '0,7449' } });
    expect(figures[key('Die Zahl')]).toEqual({ f1: { style: 'percent', value: 26, decimals: 0, text: '26 %' } });
    expect(JSON.stringify(resource)).not.toMatch(/15\.000|0,7449|26 %/);
  });

  it('adds meta.title when the title is not the body H1', () => {
    const text = readFileSync(join(FIXTURE, 'index.md'), 'utf8').replace('title: Ein kleiner Test', 'title: Ein anderer Titel mit 3 Wörtern');
    const { resource, figures } = buildSourceResource(fixtureArticle(text));
    expect(resource['meta.title']).toBe('Ein anderer Titel mit {{f1, figure}} Wörtern');
    expect(figures['meta.title']).toEqual({ f1: { style: 'decimal', value: 3, decimals: 0, text: '3' } });
  });

  it('editing one sentence changes only that entry', () => {
    const original = readFileSync(join(FIXTURE, 'index.md'), 'utf8');
    const before = buildSourceResource(fixtureArticle(original));
    const after = buildSourceResource(fixtureArticle(original.replace('Die Zahl stieg um 26 %.', 'Die Zahl stieg um 27 %.').replace('etwa 15.000', 'etwa 16.000')));
    const removed = Object.keys(before.resource).filter((k) => !(k in after.resource));
    const added = Object.keys(after.resource).filter((k) => !(k in before.resource));
    expect(removed).toHaveLength(2);
    expect(added).toHaveLength(2);
    for (const [k, v] of Object.entries(before.resource)) if (!removed.includes(k)) expect(after.resource[k]).toBe(v);
    // The other sentence of the first paragraph keeps its placeholder numbers and values.
    const index = Object.keys(before.resource).find((k) => before.resource[k]?.startsWith('Der Index'))!;
    expect(after.figures[index]).toEqual(before.figures[index]);
    // Written files differ in exactly those lines.
    const lines = (s: string) => s.split('\n');
    const diff = lines(serializeResource(after.resource)).filter((line, i) => line !== lines(serializeResource(before.resource))[i]);
    expect(diff).toHaveLength(2);
  });

  it('covers every segment of the sample article', () => {
    const article = parseArticle(readFileSync(join(REPO, 'content/ki-stadt/index.md'), 'utf8'), 'content/ki-stadt/index.md', config);
    const { resource, figures, messages } = buildSourceResource(article);
    expect(messages).toEqual([]);
    for (const segment of article.segments) expect(resource[segment.id], segment.text).toBeDefined();
    const all = Object.values(figures).flatMap((f) => Object.values(f));
    expect(all.filter((f) => f.style === 'date').map((f) => f.style === 'date' && f.date)).toEqual(['2024-07-26', '2024-07-30']);
    expect(all).toContainEqual({ style: 'decimal', value: 0.7449, decimals: 4, text: '0,7449' });
    expect(all).toContainEqual({ style: 'percent', value: 26, decimals: 0, text: '26 %' });
    expect(Object.values(resource).join('\n').replace(/\{\{f\d+, figure\}\}/g, '')).not.toMatch(/\d/);
  });
});

describe('locales/de/ki-stadt.json', () => {
  it('is the source resource of the sample article (UPDATE=1 regenerates it)', () => {
    const article = parseArticle(readFileSync(join(REPO, 'content/ki-stadt/index.md'), 'utf8'), 'content/ki-stadt/index.md', config);
    const path = join(REPO, 'locales/de/ki-stadt.json');
    const expected = serializeResource(buildSourceResource(article).resource);
    if (UPDATE || !existsSync(path)) writeFileSync(path, expected);
    expect(readFileSync(path, 'utf8')).toBe(expected);
  });
});

describe('locale files on disk', () => {
  it('writes atomically: pretty JSON with a trailing newline, no temp file left', () => {
    const dir = tmpProject();
    const { path, resource } = writeSourceResource(join(dir, 'locales'), fixtureArticle());
    expect(path).toBe(join(dir, 'locales/de/render-basic.json'));
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(serializeResource(resource));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "meta.section": "Tiefe",');
    expect(readdirSync(join(dir, 'locales/de'))).toEqual(['render-basic.json']);
  });

  it('a broken locale file is one positioned error', () => {
    expect(() => parseResource('{\n  "a": "x",\n}\n', 'locales/en/a.json')).toThrow(NewsdeskError);
    try {
      parseResource('{\n  "a": "x",\n}\n', 'locales/en/a.json');
    } catch (error) {
      expect((error as NewsdeskError).place).toMatchObject({ file: 'locales/en/a.json', line: 3 });
    }
    expect(() => parseResource('{ "a": { "b": "c" } }', 'x.json')).toThrow(/the value of `a` must be a string/);
    expect(() => parseResource('[]', 'x.json')).toThrow(/one JSON object/);
  });

  it('loads resources; a missing file is an empty namespace', () => {
    const dir = tmpProject({ 'locales/en/a.json': '{ "k": "v" }\n' });
    expect(loadResources(join(dir, 'locales'), ['en', 'fr'], ['a'])).toEqual({ en: { a: { k: 'v' } }, fr: { a: {} } });
  });
});
