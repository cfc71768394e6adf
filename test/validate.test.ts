// The validation engine: rule settings from the configuration, the shared traversal and
// its contract with rules, acknowledgements in review.yaml, and the one fixer.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Message } from '../src/article/types.js';
import { loadConfig } from '../src/config/index.js';
import { NewsdeskError } from '../src/errors/index.js';
import { applyFixes, parseReview, resolveRules, RULES, runRules, validateArticle, writeFileAtomic } from '../src/validate/index.js';
import type { Rule } from '../src/validate/types.js';
import { articleOf } from './helpers/rule-tester.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const config = loadConfig(REPO);

describe('rule registry', () => {
  it('is sorted, one rule per file named by its id, each with docs and messages', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    const files = readdirSync(join(REPO, 'src/validate/rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(ids);
    for (const rule of RULES) {
      expect(rule.meta.description.length, rule.meta.id).toBeGreaterThan(10);
      expect(rule.meta.docs.length, rule.meta.id).toBeGreaterThan(40);
      expect(Object.keys(rule.meta.messages).length, rule.meta.id).toBeGreaterThan(0);
    }
  });

  it('every rule has its test table', () => {
    for (const rule of RULES) expect(existsSync(join(REPO, 'test/rules', `${rule.meta.id}.test.ts`)), rule.meta.id).toBe(true);
  });
});

describe('rule settings (pipeline/config.yaml `rules:`)', () => {
  it('defaults come from the rule, the configuration overrides severity and options', () => {
    const setups = resolveRules(RULES, { 'quote-marks': 'error', 'space-before-punctuation': 'off', 'date-after-publication': ['info', { graceDays: 3 }] });
    const byId = new Map(setups.map((s) => [s.rule.meta.id, s]));
    expect(byId.get('quote-marks')?.severity).toBe('error');
    expect(byId.has('space-before-punctuation')).toBe(false);
    expect(byId.get('date-after-publication')).toMatchObject({ severity: 'info', options: { graceDays: 3 } });
    expect(byId.get('respectively-arity')?.severity).toBe('error');
    expect(byId.get('enumeration-count')?.options).toEqual({ maxItemWords: 4 });
  });

  it('settings of other stages (`qa/…`) are left to them', () => {
    expect(() => resolveRules(RULES, { 'qa/figure-value': 'error' })).not.toThrow();
  });

  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['an unknown rule', { 'respectivly-arity': 'error' }, /unknown rule `respectivly-arity`/],
    ['an unknown severity', { 'quote-marks': 'fatal' }, /must be off, info, warning or error/],
    ['an unknown option', { 'quote-marks': ['warning', { nest: false }] }, /unknown option `nest` for rule `quote-marks`/],
    ['an option of the wrong type', { 'date-after-publication': ['warning', { graceDays: 'two' }] }, /graceDays` must be a number/],
    ['an option out of range', { 'enumeration-count': ['error', { maxItemWords: 0 }] }, /must be between 1 and 10/],
  ];
  for (const [name, settings, message] of bad) {
    it(`${name} is a configuration error (exit 2)`, () => {
      try {
        resolveRules(RULES, settings as never);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(NewsdeskError);
        expect((error as NewsdeskError).exitCode).toBe(2);
        expect((error as NewsdeskError).message).toMatch(message);
      }
    });
  }
});

describe('the shared traversal', () => {
  const probe = (create: Rule['create'], messages: Record<string, string> = { m: 'found {{what}}' }, fixable = false): Rule => ({
    meta: { id: 'probe', type: 'problem', description: 'a rule for tests', docs: 'a rule for tests', defaultSeverity: 'warning', messages, schema: {}, fixable },
    create,
  });

  it('visits article, blocks, segments and end in document order, once for all rules', () => {
    const article = articleOf('# Titel\n\nErster Satz. Zweiter Satz.\n\n- Punkt');
    const seen: string[] = [];
    const rule = probe(() => ({
      article: () => seen.push('article'),
      block: (block) => seen.push(`block:${block.type}`),
      segment: (node) => seen.push(`segment:${node.text}`),
      end: () => seen.push('end'),
    }));
    runRules(article, [{ rule, severity: 'warning', options: {} }, { rule: probe(() => ({ end: () => seen.push('end2') })), severity: 'info', options: {} }]);
    expect(seen).toEqual(['article', 'block:heading', 'segment:Titel', 'block:paragraph', 'segment:Erster Satz. Zweiter Satz.', 'block:listItem', 'segment:Punkt', 'end', 'end2']);
  });

  it('positions reports at the source through markup, with the configured severity', () => {
    const article = articleOf('Ein **fettes** Wort.');
    const rule = probe((context) => ({
      block(block) {
        const at = block.view.text.indexOf('fettes');
        context.report({ messageId: 'm', data: { what: 'fettes' }, block, range: [at, at + 6], actual: 'fettes', expected: 'mageres' });
      },
    }));
    const [message] = runRules(article, [{ rule, severity: 'error', options: {} }]);
    expect(message).toMatchObject({ ruleId: 'probe', severity: 'error', message: 'found fettes', line: 6, column: 7, endLine: 6, endColumn: 13, actual: 'fettes', expected: 'mageres', source: 'validate', file: 'test.md' });
  });

  it('a missing template variable, an unknown message id or an undeclared fix is a bug, not a message', () => {
    const article = articleOf('Text.');
    const run = (rule: Rule) => () => runRules(article, [{ rule, severity: 'error', options: {} }]);
    expect(run(probe((c) => ({ block: (block) => c.report({ messageId: 'm', block }) })))).toThrow(/needs data `what`/);
    expect(run(probe((c) => ({ block: (block) => c.report({ messageId: 'x', block }) })))).toThrow(/unknown message id `x`/);
    expect(run(probe((c) => ({ block: (block) => c.report({ messageId: 'm', data: { what: 'x' }, block, fix: { range: [0, 1], text: '' } }) })))).toThrow(/meta.fixable/);
  });
});

describe('acknowledgements (content/<slug>/review.yaml)', () => {
  const code = 'Erstens , zweitens.\n\nDrittens , viertens.';
  const article = () => articleOf(code);
  const strict = { 'space-before-punctuation': 'error' as const };

  it('an unacknowledged error blocks', () => {
    const result = validateArticle(article(), config, { review: null, rules: strict });
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([['space-before-punctuation', 6], ['space-before-punctuation', 8]]);
    expect(result.blocking).toBe(true);
  });

  it('by line or by text: kept, marked, not blocking', () => {
    const review = parseReview('- rule: space-before-punctuation\n  line: 6\n  reason: Zitat aus der Quelle\n  by: Peng Bo\n- rule: space-before-punctuation\n  text: "Drittens ,"\n  reason: wie im Original\n', 'review.yaml');
    const result = validateArticle(article(), config, { review, rules: strict });
    expect(result.messages.map((m) => [m.line, m.acknowledged])).toEqual([[6, true], [8, true]]);
    expect(result.blocking).toBe(false);
    expect(result.acknowledgements.map((a) => a.messages.length)).toEqual([1, 1]);
  });

  it('an entry that matches nothing is reported at its place in review.yaml', () => {
    const review = parseReview('- rule: space-before-punctuation\n  line: 6\n  reason: ok\n- rule: quote-marks\n  line: 6\n  reason: stale\n', 'content/x/review.yaml');
    const result = validateArticle(article(), config, { review, rules: strict });
    const unused = result.messages.filter((m) => m.ruleId === 'review/unused-acknowledgement');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ file: 'content/x/review.yaml', line: 4, column: 3, severity: 'warning' });
    expect(result.blocking).toBe(true);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['not a list', 'rule: x\n', /a list of `- rule: …` entries/],
    ['no rule', '- line: 3\n  reason: x\n', /review.yaml:1:3: .*needs `rule`/],
    ['no location', '- rule: quote-marks\n  reason: x\n', /needs `line` or `text`/],
    ['no reason', '- rule: quote-marks\n  line: 4\n', /needs a `reason`/],
    ['a typo in a key', '- rule: quote-marks\n  line: 4\n  reason: x\n  bye: me\n', /unknown key `bye`/],
    ['invalid YAML', '- rule: [x\n', /review.yaml:\d+:\d+: invalid YAML/],
  ];
  for (const [name, text, message] of invalid) {
    it(`a review file with ${name} is an input error`, () => {
      try {
        parseReview(text, 'review.yaml');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(NewsdeskError);
        expect((error as NewsdeskError).toLine()).toMatch(message);
      }
    });
  }

  it('is read from beside the article', () => {
    const dir = tmpProject({ 'content/a/index.md': `---\ntitle: T\nlang: de\n---\n${code}\n`, 'content/a/review.yaml': '- rule: space-before-punctuation\n  text: "Erstens ,"\n  reason: ok\n' });
    const local = loadConfig(dir);
    const art = articleOf(code);
    art.path = 'content/a/index.md';
    art.slug = 'a';
    const result = validateArticle(art, local, { cwd: dir, rules: strict });
    expect(result.reviewFile).toBe(join(dir, 'content/a/review.yaml'));
    expect(result.messages.map((m) => m.acknowledged ?? false)).toEqual([true, false]);
  });
});

describe('the fixer', () => {
  const message = (start: number, end: number, text: string, extra: Partial<Message> = {}): Message => ({ ruleId: 'r', severity: 'warning', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 1, source: 'validate', fix: { range: [start, end], text }, ...extra });

  it('applies non-overlapping fixes in one pass and leaves overlapping ones for the next', () => {
    const { output, applied, skipped } = applyFixes('a , b , c', [message(5, 6, ''), message(1, 2, ''), message(0, 3, 'X')]);
    expect(output).toBe('X b, c');
    expect(applied).toHaveLength(2);
    expect(skipped).toHaveLength(1);
  });

  it('never applies the fix of an acknowledged finding', () => {
    expect(applyFixes('a , b', [message(1, 2, '', { acknowledged: true })]).output).toBe('a , b');
  });

  it('writes atomically: the new content or the old, no temp file left', () => {
    const dir = tmpProject({ 'a.md': 'old' });
    writeFileAtomic(join(dir, 'a.md'), 'new');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'pipeline']);
  });
});
