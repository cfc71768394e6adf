// `newsdesk validate` as a user runs it: exit codes, the terminal and JSON reports,
// `--fix` rewriting the article, `--report` writing the HTML page; and the reporters.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../src/article/types.js';
import { formatTerminal, renderReportHtml } from '../src/validate/reporters/index.js';
import { runCli } from './helpers/cli.js';
import { articleOf } from './helpers/rule-tester.js';
import { tmpProject } from './helpers/tmp.js';
import { parse, parseDocument } from 'yaml';

const STRICT = 'rules:\n  space-before-punctuation: error\n';
const article = (body: string) => `---\ntitle: Test\nlang: de\ndate: 2024-08-02\n---\n\n${body}\n`;

function project(body: string, extra: Record<string, string> = {}, rules = STRICT) {
  const dir = tmpProject({ 'content/a/index.md': article(body), ...extra });
  // The project's configuration with its `rules:` replaced by the test's.
  const config = parseDocument(readFileSync(join(dir, 'pipeline/config.yaml'), 'utf8'));
  config.set('rules', (parse(rules) as { rules: unknown }).rules);
  writeFileSync(join(dir, 'pipeline/config.yaml'), config.toString());
  return dir;
}

describe('newsdesk validate: exit codes', () => {
  it('0 and “no problems” for a clean article', async () => {
    const dir = project('Ein sauberer Satz. Noch einer.');
    const result = await runCli(['validate', 'a'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔ no problems');
  });

  it('1 for an error nobody acknowledged, with positioned lines and a summary', async () => {
    const dir = project('Erstens , zweitens.\n\nDrittens ; viertens.');
    const result = await runCli(['validate', 'a'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('content/a/index.md');
    expect(lines[1]).toMatch(/^ {2}7:8-7:10 {2}error {2}space before “,” {2}space-before-punctuation$/);
    expect(lines[2]).toMatch(/^ {2}9:9-9:11 {2}error {2}space before “;” {2}space-before-punctuation$/);
    expect(result.stdout).toContain('✖ 2 problems (2 errors, 0 warnings)');
    expect(result.stdout).toContain('2 problems fixable with --fix');
  });

  it('0 when the editor acknowledged the error in review.yaml', async () => {
    const dir = project('Erstens , zweitens.', { 'content/a/review.yaml': '- rule: space-before-punctuation\n  line: 7\n  reason: so im Zitat\n  by: Peng Bo\n' });
    const result = await runCli(['validate', 'a'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/7:8-7:10 {2}acknowledged {2}space before “,”/);
    expect(result.stdout).toContain('✔ no problems');
    expect(result.stdout).toContain('1 acknowledged in review.yaml');
  });

  it('0 for warnings only', async () => {
    const dir = project('Erstens , zweitens.', {}, 'rules: {}');
    const result = await runCli(['validate', 'a'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
  });

  it('2 for usage and input errors, with one line', async () => {
    const dir = project('Text.');
    expect((await runCli(['validate'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['validate', 'a', '--frobnicate'], { cwd: dir })).code).toBe(2);
    const missing = await runCli(['validate', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no article at `nope`/);
    const typo = project('Text.', {}, 'rules:\n  quote-mark: error\n');
    const bad = await runCli(['validate', 'a'], { cwd: typo });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/pipeline\/config.yaml: unknown rule `quote-mark`/);
    const review = project('Text.', { 'content/a/review.yaml': '- rule: quote-marks\n  reason: x\n' });
    const badReview = await runCli(['validate', 'a'], { cwd: review });
    expect(badReview.code).toBe(2);
    expect(badReview.stderr).toMatch(/content\/a\/review.yaml:1:3: .*needs `line` or `text`/);
  });

  it('--help lists the rules', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/respectively-arity +error/);
  });
});

describe('newsdesk validate --json', () => {
  it('prints the design contract', async () => {
    const dir = project('Erstens , zweitens.');
    const result = await runCli(['validate', 'a', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const printed = JSON.parse(result.stdout);
    expect(printed.messages).toEqual([
      { ruleId: 'space-before-punctuation', severity: 'error', message: 'space before “,”', line: 7, column: 8, endLine: 7, endColumn: 10, actual: 'Erstens ,', expected: 'Erstens,', fix: { range: [54, 55], text: '' } },
    ]);
    expect(printed.blocking).toBe(true);
  });
});

describe('newsdesk validate --fix', () => {
  it('removes the space before punctuation, rewrites the file atomically and reports what is left', async () => {
    const dir = project('Erstens , zweitens.\n\nEr sagte „wir kommen” , und ging.');
    const result = await runCli(['validate', 'a', '--fix'], { cwd: dir });
    const text = readFileSync(join(dir, 'content/a/index.md'), 'utf8');
    expect(text).toBe(article('Erstens, zweitens.\n\nEr sagte „wir kommen”, und ging.'));
    expect(result.stderr).toContain('fixed 2 problems');
    // The mismatched quote has no fix: it is still reported, as a warning, so exit 0.
    expect(result.stdout).toMatch(/9:10-9:22 {2}warning {2}„ is closed with ”; expected “ {2}quote-marks/);
    expect(result.code).toBe(0);
    expect(readdirSync(join(dir, 'content/a'))).toEqual(['index.md']);
  });

  it('leaves the file alone without --fix and when there is nothing to fix', async () => {
    const dir = project('Sauber.');
    await runCli(['validate', 'a', '--fix'], { cwd: dir });
    expect(readFileSync(join(dir, 'content/a/index.md'), 'utf8')).toBe(article('Sauber.'));
    const dirty = project('Erstens , zweitens.');
    await runCli(['validate', 'a'], { cwd: dirty });
    expect(readFileSync(join(dirty, 'content/a/index.md'), 'utf8')).toBe(article('Erstens , zweitens.'));
  });
});

describe('newsdesk validate --report', () => {
  it('writes output/<slug>/report.html', async () => {
    const dir = project('Erstens , zweitens.');
    const result = await runCli(['validate', 'a', '--report'], { cwd: dir });
    const file = join(dir, 'output/a/report.html');
    expect(existsSync(file)).toBe(true);
    expect(result.stderr).toContain('report: output/a/report.html');
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('space before “,”');
    expect(html).not.toMatch(/<script|<link|src="http|url\(http/);
  });
});

describe('reporters', () => {
  const message = (extra: Partial<Message>): Message => ({ ruleId: 'quote-marks', severity: 'warning', message: 'm', line: 12, column: 4, endLine: 12, endColumn: 19, source: 'validate', file: 'a.md', ...extra });

  it('terminal: grouped by file, aligned, summary line', () => {
    const out = formatTerminal([message({ severity: 'error', message: 'first', ruleId: 'respectively-arity' }), message({ line: 3, endLine: 3, message: 'second' }), message({ file: 'b/review.yaml', line: 1, column: 3, endLine: 1, endColumn: 3, ruleId: 'review/unused-acknowledgement', message: 'stale' })]);
    expect(out).toBe(
      'a.md\n' +
        '  12:4-12:19  error    first   respectively-arity\n' +
        '  3:4-3:19    warning  second  quote-marks\n' +
        '\n' +
        'b/review.yaml\n' +
        '  1:3-1:3  warning  stale  review/unused-acknowledgement\n' +
        '\n' +
        '✖ 3 problems (1 error, 2 warnings)\n',
    );
  });

  it('html: escapes text, highlights figures with their reading, puts findings beside their sentence', () => {
    const art = articleOf('Wenn a < b & c > d, „Zitat“ mit 26 % Wachstum.\n\nZweiter Absatz , hier.');
    art.frontmatter.title = '<script>alert(1)</script>';
    art.figures = [{ id: 'f1', segment: 's', text: '26 %', kind: 'percent', value: 26, unit: '%', qualifier: 'approx', decimals: 0, line: 6, column: 48, endLine: 6, endColumn: 52, span: { start: art.source.indexOf('26 %'), end: art.source.indexOf('26 %') + 4 } }];
    const html = renderReportHtml(art, [message({ file: 'test.md', line: 8, column: 16, endLine: 8, endColumn: 18, message: 'space <b>', ruleId: 'space-before-punctuation', actual: 'Absatz ,', expected: 'Absatz,' })], {
      qa: [{ lang: 'fr', status: 'fail', summary: '1 figure differs', messages: [message({ file: 'output/a/fr.md', message: '26 % ≠ 62 %', ruleId: 'qa/figure-value' })] }],
    });
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('Wenn a &lt; b &amp; c &gt; d, „Zitat“');
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<mark class="fig fig-percent" tabindex="0" aria-label="percent 26 %">26 %<span class="tip" role="tooltip">.*approximately/);
    expect(html).toContain('space &lt;b&gt;');
    // The finding sits in the row of its paragraph, numbered in the text and beside it.
    const row = html.split('<div class="row">').find((r) => r.includes('Zweiter Absatz'))!;
    expect(row).toContain('id="m1"');
    expect(row).toContain('href="#m1"');
    expect(html).toContain('<section id="qa"');
    expect(html).toContain('Français (fr)');
    expect(html).toContain('26 % ≠ 62 %');
  });
});
