// QA of an article's locale files (`newsdesk qa`, `qaArticle` for the pipeline gate) and of a
// pair (`newsdesk qa-pair`): JSON contract, positions in the locale file, exit codes,
// acknowledgements in content/<slug>/review.yaml, and the report.html section.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../src/claims/index.js';
import { loadConfig } from '../src/config/index.js';
import { parseArticle } from '../src/ingest/index.js';
import { buildSourceResource, serializeResource, type Namespace } from '../src/localize/index.js';
import { LISTED_FINDINGS, qaArticle, qaReportSection } from '../src/qa/index.js';
import { renderReportHtml } from '../src/validate/reporters/index.js';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const ARTICLE = `---
title: Peking baut Rechenzentren
lang: de
date: 2024-08-02
languages: [de, en, fr, ja]
---

# Peking baut Rechenzentren

Das Zentrum hat etwa 15.000 Standardschränke und kann bis zu 40.000 P unterstützen.

Am 26. Juli veröffentlichte Peking den *Plan* mit 22 Maßnahmen.
`;

const config = loadConfig(REPO);
const glossary = loadGlossary(config, undefined, REPO);
const article = parseArticle(ARTICLE, 'content/rz/index.md', config);
const source = buildSourceResource(article);
const keys = Object.keys(source.resource);
const [title, racks, plan] = keys as [string, string, string];

const EN: Namespace = {
  [title]: 'Beijing builds data centres',
  [racks]: 'The centre has about {{f1, figure}} standard racks and can support up to {{f2, figure}} P.',
  [plan]: 'On {{f1, figure}}, Beijing published the <1>plan</1> with {{f2, figure}} measures.',
};
const FR: Namespace = {
  [title]: 'Pékin construit des centres de données',
  // "jusqu’à" (up to) dropped: the bound is lost.
  [racks]: 'Le centre compte environ {{f1, figure}} armoires standard et peut prendre en charge {{f2, figure}} P.',
  // The tag is dropped.
  [plan]: 'Le {{f1, figure}}, Pékin a publié le plan de {{f2, figure}} mesures.',
};

function project(extra: Record<string, string> = {}) {
  return tmpProject({
    'content/glossary.yaml': readFileSync(join(REPO, 'content/glossary.yaml'), 'utf8'),
    'content/rz/index.md': ARTICLE,
    'locales/en/rz.json': serializeResource(EN),
    'locales/fr/rz.json': serializeResource(FR),
    ...extra,
  });
}

interface JsonMessage {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  lang: string;
  file?: string;
  segment?: string;
  actual?: string;
  expected?: string;
  acknowledged?: boolean;
}

describe('source resource of the test article', () => {
  it('has the keys and placeholders the translations use', () => {
    expect(source.resource[racks]).toBe('Das Zentrum hat etwa {{f1, figure}} Standardschränke und kann bis zu {{f2, figure}} P unterstützen.');
    expect(source.resource[plan]).toBe('Am {{f1, figure}} veröffentlichte Peking den <1>Plan</1> mit {{f2, figure}} Maßnahmen.');
  });
});

describe('qaArticle (the pipeline gate)', () => {
  it('passes a correct translation: no error, not blocking', () => {
    const result = qaArticle(article, 'en', { en: { rz: EN } }, glossary);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(result.blocking).toBe(false);
    expect(result.checked).toEqual({ sentences: 3, figures: 4 });
  });

  it('blocks a translation that lost a bound and a tag, positioned in the locale file', () => {
    const result = qaArticle(article, 'fr', { fr: { rz: FR } }, glossary);
    expect(result.blocking).toBe(true);
    const errors = result.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => m.ruleId).sort()).toEqual(['qa/figure-qualifier', 'qa/tags']);
    const qualifier = errors.find((m) => m.ruleId === 'qa/figure-qualifier')!;
    const line = serializeResource(FR).split('\n')[qualifier.line - 1]!;
    // The column points at the placeholder of the figure in the locale file.
    expect(line.slice(qualifier.column - 1)).toMatch(/^\{\{f2, figure\}\} P\./);
    expect(qualifier).toMatchObject({ file: 'locales/fr/rz.json', lang: 'fr', segment: racks, source: 'qa', actual: 'exact', expected: 'upper' });
  });

  it('reports missing keys', () => {
    const result = qaArticle(article, 'ja', { ja: { rz: { [title]: '北京がデータセンターを建設' } } }, glossary);
    expect(result.messages.filter((m) => m.ruleId === 'qa/missing').map((m) => m.segment)).toEqual([racks, plan]);
    expect(result.blocking).toBe(true);
  });

  it('accepts acknowledgements from review.yaml, matched as validation matches them', () => {
    const at = { file: 'content/rz/review.yaml', line: 1, column: 3 };
    const review = [
      { rule: 'qa/figure-qualifier', text: '{{f2, figure}} P', reason: 'x', at },
      { rule: 'qa/tags', line: 12, reason: 'the French house style does not italicise plan names', by: 'Peng Bo', at },
    ];
    // `text` is matched against the finding and the translated sentence; `line` is the source line.
    const withText = qaArticle(article, 'fr', { fr: { rz: FR } }, glossary, { review: [{ ...review[0]!, text: '40 000 P' }, review[1]!] });
    expect(withText.blocking).toBe(false);
    expect(withText.messages.filter((m) => m.severity === 'error').every((m) => m.acknowledged)).toBe(true);
    expect(withText.acknowledgements.map((a) => a.messages.length)).toEqual([1, 1]);
  });

  it('gives report.html a section per language', () => {
    const result = qaArticle(article, 'fr', { fr: { rz: FR } }, glossary);
    const section = qaReportSection('fr', result.messages, result.checked);
    expect(section).toMatchObject({ lang: 'fr', status: 'fail', title: 'Français (fr)' });
    expect(section.summary).toBe('3 sentences · 4 figures checked by value · 2 errors · 0 warnings');
    const html = renderReportHtml(article, [], { qa: [section] });
    expect(html).toMatch(/<section class="qa-lang[^"]*" lang="fr">/);
    expect(html).toContain('qa/figure-qualifier');
  });

  it('lists a bounded number of findings per language, open errors first, and counts them all', () => {
    const result = qaArticle(article, 'fr', { fr: { rz: FR } }, glossary);
    const [error] = result.messages.filter((m) => m.severity === 'error');
    const warning = { ...error!, severity: 'warning' as const, ruleId: 'qa/untranslated', message: 'w' };
    // 600 warnings, then 10 errors at the end of the file: the 10 errors are listed, then 490 warnings.
    const many = [...Array.from({ length: 600 }, (_, i) => ({ ...warning, line: i + 1 })), ...Array.from({ length: 10 }, (_, i) => ({ ...error!, line: 700 + i }))];
    const section = qaReportSection('fr', many, result.checked);
    expect(section.summary).toBe('3 sentences · 4 figures checked by value · 10 errors · 600 warnings');
    expect(section.messages).toHaveLength(LISTED_FINDINGS);
    expect(section.messages.filter((m) => m.severity === 'error')).toHaveLength(10);
    // In file order.
    expect(section.messages.map((m) => m.line)).toEqual([...section.messages.map((m) => m.line)].sort((a, b) => a - b));
    expect(section.more).toBe(110);
    const html = renderReportHtml(article, [], { qa: [section] });
    expect(html).toContain('… 110 more findings not listed here: <code>newsdesk qa rz --lang fr</code> lists every one');
    // Under the bound nothing is left out.
    expect(qaReportSection('fr', many.slice(0, 20)).more).toBeUndefined();
  });
});

describe('newsdesk qa', () => {
  it('prints the JSON contract and exits 1 when a language has an error', async () => {
    const cwd = project();
    const { code, stdout } = await runCli(['qa', 'rz', '--lang', 'en,fr', '--json'], { cwd });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; messages: JsonMessage[] };
    expect(report.ok).toBe(false);
    const errors = report.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => `${m.lang} ${m.ruleId} ${m.file}:${m.line}`).sort()).toEqual(['fr qa/figure-qualifier locales/fr/rz.json:3', 'fr qa/tags locales/fr/rz.json:4']);
    for (const m of report.messages) expect(Object.keys(m)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'line', 'column', 'lang']));
  });

  it('exits 0 for a correct language, with a readable report without --json', async () => {
    const cwd = project();
    const { code, stdout } = await runCli(['qa', 'rz', '--lang', 'en'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 language, 3 sentences, 4 figures checked by value: 0 errors/);
  });

  it('reports a language without a locale file', async () => {
    const cwd = project();
    const { code, stdout } = await runCli(['qa', 'rz', '--lang', 'ja', '--json'], { cwd });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).messages).toMatchObject([{ ruleId: 'qa/missing', lang: 'ja', file: 'locales/ja/rz.json' }]);
  });

  it('reads acknowledgements from content/<slug>/review.yaml and reports unused ones', async () => {
    const cwd = project({
      'content/rz/review.yaml': [
        '- rule: qa/figure-qualifier',
        '  text: "40 000 P"',
        '  reason: the source overstates; the desk decided to state the capacity',
        '- rule: qa/tags',
        '  line: 12',
        '  reason: no italics in French',
        '- rule: qa/untranslated',
        '  line: 10',
        '  reason: stale',
        '',
      ].join('\n'),
    });
    const { code, stdout } = await runCli(['qa', 'rz', '--lang', 'fr', '--json'], { cwd });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; messages: JsonMessage[] };
    expect(report.ok).toBe(true);
    expect(report.messages.filter((m) => m.severity === 'error').every((m) => m.acknowledged)).toBe(true);
    expect(report.messages.find((m) => m.ruleId === 'review/unused-acknowledgement')?.message).toContain('qa/untranslated');
  });

  it('exits 2 on usage errors', async () => {
    const cwd = project();
    expect((await runCli(['qa'], { cwd })).code).toBe(2);
    expect((await runCli(['qa', 'rz', '--lang', 'xx'], { cwd })).code).toBe(2);
    expect((await runCli(['qa', 'nope'], { cwd })).code).toBe(2);
    expect((await runCli(['qa', 'rz', '--bogus'], { cwd })).code).toBe(2);
  });
});

describe('newsdesk qa-pair', () => {
  const pair = (source: string, target: string, ...extra: string[]) => runCli(['qa-pair', '--from', 'de', '--to', 'en', '--source', source, '--target', target, ...extra], { cwd: REPO });

  it('exits 0 and prints ok for a correct translation', async () => {
    const { code, stdout } = await pair('Es sind etwa 15.000 Schränke.', 'There are about 15,000 racks.', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ ok: true, messages: [] });
  });

  it('exits 1 and positions the changed figure in the target', async () => {
    const { code, stdout } = await pair('Der Preis beträgt 283,82 €.', 'The price is €28.82.', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; messages: JsonMessage[] };
    expect(report.ok).toBe(false);
    expect(report.messages.find((m) => m.ruleId === 'qa/figure-added')).toMatchObject({ severity: 'error', line: 1, column: 14, lang: 'en' });
  });

  it('reads the target from standard input and prints a readable report', async () => {
    const { code, stdout } = await runCli(['qa-pair', '--from', 'de', '--to', 'en', '--source', 'Der Index liegt bei 0,7449.', '--target', '-'], { cwd: REPO, stdin: 'The index is 0.745.\n' });
    expect(code).toBe(1);
    expect(stdout).toContain('qa/figure-precision');
    expect(stdout).toMatch(/1 error/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await runCli(['qa-pair', '--from', 'de', '--to', 'en', '--source', 'x'], { cwd: REPO })).code).toBe(2);
    expect((await runCli(['qa-pair', '--from', 'de', '--to', 'xx', '--source', 'x', '--target', 'y'], { cwd: REPO })).code).toBe(2);
    expect((await runCli(['qa-pair', '--from', 'de', '--to', 'en', '--source', 'x', '--target', 'y', '--date', '2.8.2024'], { cwd: REPO })).code).toBe(2);
  });
});
