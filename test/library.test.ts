// newsdesk as a library, as another package uses it: `import … from 'newsdesk'` and
// 'newsdesk/rules' resolved through package.json `exports` to the build (dist/, from
// `npm run build`), typed by the emitted declarations, and a newsroom's own rule tested with
// the RuleTester outside any test framework.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tmpProject } from './helpers/tmp.js';

/** Run an ES module in a fresh node process from the repository, where `newsdesk` resolves to this package. */
function runModule(source: string): string {
  const dir = tmpProject({}, { withConfig: false });
  const file = join(dir, 'consumer.mjs');
  writeFileSync(file, source);
  // A consumer that has newsdesk installed: node_modules/newsdesk is this package.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(REPO, join(dir, 'node_modules', 'newsdesk'), 'dir');
  return execFileSync(process.execPath, [file], { cwd: REPO, encoding: 'utf8' });
}

const KLEINER_ARTIKEL = `---
title: Test
lang: de
date: 2024-08-02
---

# Test

Die Werte liegen zwischen 100 und 10 Punkten.
`;

const OWN_RULE = `
const rule = {
  meta: { id: 'no-foo', type: 'suggestion', description: 'no "foo"', docs: 'Reports the word foo.', defaultSeverity: 'warning', messages: { foo: 'the word “{{word}}”' }, schema: {} },
  create(context) {
    return {
      segment(segment) {
        for (const match of segment.text.matchAll(/\\bfoo\\b/g)) context.report({ messageId: 'foo', data: { word: match[0] }, segment, range: [match.index, match.index + 3] });
      },
    };
  },
};
`;

describe('the library', () => {
  it('exports the main job, the figure reader, the pair check and validation', () => {
    const out = runModule(`
      import { runPipeline, readFigures, qaPair, validate, EMPTY_GLOSSARY, loadConfig } from 'newsdesk';
      const figures = readFigures('etwa 15.000 Standardschränke', 'de').map((f) => f.value);
      const pair = qaPair({ from: 'de', to: 'en', source: 'Es sind 15.000 Schränke.', target: 'There are 15.000 cabinets.', glossary: EMPTY_GLOSSARY });
      const result = validate(${JSON.stringify(KLEINER_ARTIKEL)}, { config: loadConfig(${JSON.stringify(REPO)}), glossary: EMPTY_GLOSSARY });
      console.log(JSON.stringify({ run: typeof runPipeline, figures, ok: pair.ok, pairRules: pair.messages.map((m) => m.ruleId), rules: result.messages.map((m) => [m.ruleId, m.line, m.column]), blocking: result.blocking }));
    `);
    const data = JSON.parse(out) as { run: string; figures: number[]; ok: boolean; pairRules: string[]; rules: Array<[string, number, number]>; blocking: boolean };
    expect(data.run).toBe('function');
    expect(data.figures).toEqual([15000]);
    // English 15.000 is fifteen: a thousandfold error.
    expect(data.ok).toBe(false);
    expect(data.pairRules.length).toBeGreaterThan(0);
    expect(data.rules).toContainEqual(['range-order', 9, 18]);
    expect(data.blocking).toBe(true);
  });

  it('tests a newsroom rule with the RuleTester, no test framework needed', () => {
    const out = runModule(`
      import { RuleTester } from 'newsdesk/rules';
      import { loadConfig, EMPTY_GLOSSARY } from 'newsdesk';
      ${OWN_RULE}
      const tester = new RuleTester({ config: loadConfig(${JSON.stringify(REPO)}), glossary: EMPTY_GLOSSARY });
      tester.run(rule, { valid: [{ code: 'Kein Problem hier.' }], invalid: [{ code: 'Ein foo hier.', errors: [{ line: 1, column: 5, messageId: 'foo', message: 'the word “foo”' }] }] });
      let failure = '';
      try {
        tester.run(rule, { valid: [], invalid: [{ code: 'Ein foo hier.', errors: [{ line: 1, column: 6 }] }] });
      } catch (error) {
        failure = error.constructor.name + ': ' + error.message;
      }
      console.log(JSON.stringify({ failure, problems: tester.check(rule, { code: 'foo und foo.' }) }));
    `);
    const data = JSON.parse(out) as { failure: string; problems: string[] };
    expect(data.failure).toBe('AssertionError: no-foo, de: Ein foo hier.:\nmessage 1 (1:5-1:8 the word “foo” (no-foo)): at 1:5, expected 1:6');
    expect(data.problems).toEqual(['expected 0 messages, got 2:\n  1:1-1:4 the word “foo” (no-foo)\n  1:9-1:12 the word “foo” (no-foo)']);
  });

  it('is typed: a consumer compiles against the declarations, and a wrong call does not', () => {
    const dir = tmpProject({}, { withConfig: false });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(REPO, join(dir, 'node_modules', 'newsdesk'), 'dir');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['good.ts'] }));
    writeFileSync(
      join(dir, 'good.ts'),
      `import { readFigures, runPipeline, qaPair, validate, type FigureReading, type RunSummary } from 'newsdesk';
import { RuleTester, type Rule } from 'newsdesk/rules';
const figures: FigureReading[] = readFigures('15.000', 'de');
const run: Promise<RunSummary> = runPipeline({ config: {} as never, cwd: '.', publish: 'none', jobs: 2 });
const rule: Rule | undefined = undefined;
export { figures, run, rule, qaPair, validate, RuleTester };
`,
    );
    const tsc = join(REPO, 'node_modules', '.bin', 'tsc');
    const good = spawnSync(tsc, ['-p', dir], { encoding: 'utf8' });
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
    writeFileSync(join(dir, 'good.ts'), `import { readFigures } from 'newsdesk';\nexport const wrong = readFigures(15000, 'de');\n`);
    const bad = spawnSync(tsc, ['-p', dir], { encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/good\.ts\(2,\d+\): error TS2345/);
  }, 60_000);
});
