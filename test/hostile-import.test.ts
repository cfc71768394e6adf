// Issue 14, item 4 (import): a page of 100,000 nested <div> (under the size limit) kept the
// DOM parser busy for minutes. It is refused in one positioned line, exit 2, before parsing,
// and nothing is written; real pages, however sloppy their optional end tags, still import.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTML_NESTING_LIMIT, htmlDepth } from '../src/ingest/import/html/depth.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const PARAGRAPHS = Array.from({ length: 6 }, (_, i) => `<p>Der Absatz ${i + 1} berichtet, dass der Umsatz im Jahr 2024 um ${i + 3} Prozent auf 15.000 Euro gestiegen ist, wie die Stadt mitteilte.</p>`).join('\n');

function page(body: string): string {
  return `<!DOCTYPE html>\n<html lang="de"><head><title>Ein Bericht</title></head><body>\n<article><h1>Ein Bericht</h1>\n${body}\n</article></body></html>\n`;
}

describe('import: how deep a page nests', () => {
  for (const depth of [100_000, 10_000, HTML_NESTING_LIMIT + 1]) {
    it(`${depth.toLocaleString('en')} nested <div>: one positioned line, exit 2, nothing written`, async () => {
      const html = page(`${'<div>'.repeat(depth)}${PARAGRAPHS}${'</div>'.repeat(depth)}`);
      const dir = tmpProject({ 'deep.html': html });
      const before = readdirSync(dir).sort();
      const started = Date.now();
      const result = await runCli(['import', 'deep.html', '--slug', 'tief'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      // The element past the limit: line 4 (after the <article> line), its column.
      expect(result.stderr).toMatch(new RegExp(`^newsdesk import: deep\\.html:4:${HTML_NESTING_LIMIT * 5 - 4}: elements nested more than ${HTML_NESTING_LIMIT} deep`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(existsSync(join(dir, 'content', 'tief'))).toBe(false);
      // Refused before the DOM parser (which took minutes at 100,000), not after it.
      expect(Date.now() - started).toBeLessThan(20_000);
    });
  }

  it('a page just inside the limit, and the shipped fixture, still import', async () => {
    const depth = HTML_NESTING_LIMIT - 2; // <article> and the <div>s
    const dir = tmpProject({ 'ok.html': page(`${'<div>'.repeat(depth)}${PARAGRAPHS}${'</div>'.repeat(depth)}`), 'page.html': readFileSync(join(REPO, 'test/fixtures/import-html/page.html'), 'utf8') });
    const deep = await runCli(['import', 'ok.html', '--slug', 'tief'], { cwd: dir });
    expect(deep.stderr).toBe('');
    expect(deep.code).toBe(0);
    expect(readFileSync(join(dir, 'content', 'tief', 'index.md'), 'utf8')).toMatch(/um 3 Prozent auf 15\.000 Euro/);
    const fixture = await runCli(['import', 'page.html', '--slug', 'ki-stadt-html'], { cwd: dir });
    expect(fixture.code).toBe(0);
  });

  it('what is counted: elements that need an end tag, not void, self-closed or optional-end ones, nor script text', () => {
    expect(htmlDepth('<div><div><span>x</span></div></div>').depth).toBe(3);
    // 10,000 unclosed <p> and <li> close each other: one level each, as a browser reads them.
    expect(htmlDepth(`<div>${'<p>a'.repeat(10_000)}<ul>${'<li>b'.repeat(10_000)}</ul></div>`).depth).toBe(2);
    expect(htmlDepth(`<div>${'<br><img src=x><input>'.repeat(1000)}<svg>${'<path d="M0"/>'.repeat(1000)}</svg></div>`).depth).toBe(2);
    expect(htmlDepth(`<script>${'<div>'.repeat(1000)}</script><!-- ${'<div>'.repeat(1000)} --><div></div>`).depth).toBe(1);
    expect(htmlDepth(`${'<div>'.repeat(1000)}`, 600)).toEqual({ depth: 601, over: 600 * 5 });
  });
});
