// The figures stage on whole articles: ingest → segment → extract, positions in the file,
// ids in document order, warnings for ambiguous numbers, and the `extract --json` contract.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article/types.js';
import { loadConfig } from '../src/config/index.js';
import { extractArticleFigures } from '../src/figures/index.js';
import { parseArticle, readArticle } from '../src/ingest/index.js';
import { segmentArticle } from '../src/segment/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);

function extracted(article: Article) {
  segmentArticle(article);
  return extractArticleFigures(article);
}

/**
 * Every figure of content/ki-stadt/index.md, read by hand: text, kind, value, unit, qualifier. The
 * 39 counts, dates, ranges and percentages, and the five ranks said with "erste" ("Super-ersten"
 * is half a compound).
 */
const SAMPLE: Array<[string, string, number | string | [number, number], string | null, string]> = [
  ['0 bis 100', 'range', [0, 100], null, 'exact'],
  ['26. Juli', 'date', '2024-07-26', null, 'exact'],
  ['2024–2025', 'range', [2024, 2025], null, 'exact'],
  ['30. Juli', 'date', '2024-07-30', null, 'exact'],
  ['22 Maßnahmen', 'quantity', 22, 'Maßnahmen', 'exact'],
  ['6 Aspekten', 'quantity', 6, 'Aspekten', 'exact'],
  ['drei führenden Branchen', 'quantity', 3, 'Branchen', 'exact'],
  ['0 bis 1', 'range', [0, 1], null, 'exact'],
  ['10 bis 10', 'range', [10, 10], null, 'exact'],
  ['10 bis 100', 'range', [10, 100], null, 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
  ['ersten', 'ordinal', 1, null, 'exact'], // "in der ersten Staffel": ranks are ordinal figures (issue 11)
  ['etwa 15.000 Standardschränke', 'quantity', 15000, 'Standardschränke', 'approx'],
  ['erste', 'ordinal', 1, null, 'exact'], // "die erste Phase"
  ['bis zu 40.000 P', 'quantity', 40000, 'P', 'max'],
  ['20.000 P überschritten', 'quantity', 20000, 'P', 'over'],
  ['drei Orten', 'quantity', 3, 'Orten', 'exact'],
  ['zwei Jahren', 'quantity', 2, 'yr', 'exact'],
  ['drei', 'number', 3, null, 'exact'],
  ['erste', 'ordinal', 1, null, 'exact'], // "als erste Staffel"; "unter den ersten drei" is a count of three, no rank
  ['1,0000', 'number', 1, null, 'exact'],
  ['0,7449', 'number', 0.7449, null, 'exact'],
  ['0,6266', 'number', 0.6266, null, 'exact'],
  ['drei', 'number', 3, null, 'exact'],
  ['2022-2023', 'range', [2022, 2023], null, 'exact'],
  ['fünf Dimensionen', 'quantity', 5, 'Dimensionen', 'exact'],
  ['drei', 'number', 3, null, 'exact'],
  ['drei alte Dinge', 'quantity', 3, 'Dinge', 'exact'],
  ['drei neue Dinge', 'quantity', 3, 'Dinge', 'exact'],
  ['drei Dinge', 'quantity', 3, 'Dinge', 'exact'],
  ['Drei', 'number', 3, null, 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
  ['drei Jahren', 'quantity', 3, 'yr', 'exact'],
  ['26 %', 'percent', 26, null, 'exact'],
  ['sechs nationale Schlüssellabore', 'quantity', 6, 'Schlüssellabore', 'exact'],
  ['drei nationale technische Forschungszentren', 'quantity', 3, 'Forschungszentren', 'exact'],
  ['erster', 'ordinal', 1, null, 'exact'], // "an erster Stelle"
  ['erste', 'ordinal', 1, null, 'exact'], // "die erste im Land"
  ['0 auf 100', 'range', [0, 100], null, 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
  ['fünf Startups', 'quantity', 5, 'Startups', 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
  ['drei Städte', 'quantity', 3, 'Städte', 'exact'],
];

describe('figures: the sample article', () => {
  const article = readArticle(join(REPO, 'content/ki-stadt/index.md'), config);
  const figures = extracted(article);

  it('reads every figure, in document order, with ids f1…', () => {
    const seen = figures.map((f) => [f.text, f.kind, f.value ?? f.date ?? [f.min, f.max], f.unit ?? f.currency ?? null, f.qualifier]);
    expect(seen).toEqual(SAMPLE);
    expect(figures.map((f) => f.id)).toEqual(SAMPLE.map((_, i) => `f${i + 1}`));
    expect(article.figures).toBe(figures);
  });

  it('keeps the decimals as written and places each figure in the file', () => {
    expect(figures.filter((f) => f.decimals !== undefined).map((f) => [f.text, f.decimals])).toEqual([
      ['1,0000', 4],
      ['0,7449', 4],
      ['0,6266', 4],
    ]);
    for (const figure of figures) {
      expect(article.source.slice(figure.span.start, figure.span.end)).toBe(figure.text);
      expect(article.segments.some((s) => s.id === figure.segment && s.span.start <= figure.span.start && figure.span.end <= s.span.end)).toBe(true);
    }
    const juli = figures[1]!;
    const line = article.source.split('\n')[juli.line - 1]!;
    expect(line.slice(juli.column - 1, juli.endColumn - 1)).toBe('26. Juli');
    expect([juli.line, juli.endLine]).toEqual([18, 18]);
  });

  it('raises no ambiguity warning in a clean German article', () => {
    expect(article.messages.filter((m) => m.ruleId === 'figures/ambiguous-number')).toEqual([]);
  });
});

describe('figures: articles with markup and ambiguous numbers', () => {
  const source = [
    '---',
    'title: Test',
    'lang: en',
    'date: 2024-08-02',
    '---',
    '',
    'Boda plans **15,000** cabinets and *about 1.000 servers* by July 26.',
    '',
    'It costs $1.153 billion.',
    '',
  ].join('\n');

  it('maps figures through inline markup and warns where the form is ambiguous', () => {
    const article = parseArticle(source, 'a.md', config);
    const figures = extracted(article);
    expect(figures.map((f) => [f.id, f.text, f.kind, f.value ?? f.date, f.qualifier, f.line, f.column])).toEqual([
      ['f1', '15,000** cabinets', 'quantity', 15000, 'exact', 7, 14],
      ['f2', 'about 1.000 servers', 'quantity', 1, 'approx', 7, 37],
      ['f3', 'July 26', 'date', '2024-07-26', 'exact', 7, 61],
      ['f4', '$1.153 billion', 'money', 1_153_000_000, 'exact', 9, 10],
    ]);
    expect(figures[3]!.currency).toBe('USD');
    expect(article.messages).toEqual([
      expect.objectContaining({
        ruleId: 'figures/ambiguous-number',
        severity: 'warning',
        line: 7,
        column: 37,
        endLine: 7,
        endColumn: 56,
        source: 'figures',
        file: 'a.md',
        actual: 'about 1.000 servers',
        message: expect.stringMatching(/f2.*1\.000.*1000/),
      }),
    ]);
  });
});

describe('newsdesk extract', () => {
  it('prints the design contract with --json', async () => {
    const result = await runCli(['extract', 'ki-stadt', '--json'], { cwd: REPO });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(Object.keys(printed)).toEqual(['article', 'lang', 'date', 'figures', 'claims']);
    expect(printed.article).toBe('ki-stadt');
    expect(printed.lang).toBe('de');
    expect(printed.date).toBe('2024-08-02');
    const capacity = printed.claims.find((claim: { text: string }) => claim.text.includes('15.000 Standardschränke'));
    const capacityFigures = printed.figures.filter((f: { id: string }) => capacity.figures.includes(f.id)).map((f: { text: string }) => f.text);
    expect(capacityFigures).toEqual(['etwa 15.000 Standardschränke', 'erste', 'bis zu 40.000 P']);
    expect(capacity.entities).toContain('Boda Data');
    expect(printed.figures).toHaveLength(SAMPLE.length);
    expect(printed.figures[12]).toMatchObject({
      id: 'f13',
      text: 'etwa 15.000 Standardschränke',
      kind: 'quantity',
      value: 15000,
      unit: 'Standardschränke',
      qualifier: 'approx',
      line: 28,
      column: 302,
    });
    expect(Object.keys(printed.figures[2]).slice(0, 6)).toEqual(['id', 'segment', 'text', 'kind', 'min', 'max']);
  });

  it('prints a table without --json, warnings on stderr, and refuses a missing article', async () => {
    const dir = tmpProject({ 'a.md': '---\ntitle: x\nlang: en\n---\n\nWe counted 1.000 votes.\n' });
    const table = await runCli(['extract', 'a.md'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^a\.md: 1 figures, 1 claims \(en\)\nid\s+at\s+kind/);
    expect(table.stdout).toMatch(/f1\s+6:12\s+quantity\s+1\s+votes\s+1\.000 votes/);
    expect(table.stderr).toMatch(/^a\.md:6:12-6:23 {2}warning {2}Ambiguous number f1: .* {2}figures\/ambiguous-number\n$/);
    const missing = await runCli(['extract', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    const usage = await runCli(['extract'], { cwd: dir });
    expect(usage.code).toBe(2);
  });
});
