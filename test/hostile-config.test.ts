// Issue 14, item 8 (and the configuration half of item 4): every configuration file is
// checked against its schema — types, ranges, unknown keys — with a line and column, and a
// YAML alias bomb is one line, exit 2, never a stack trace or a limit silently turned off.

import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
`;

const ARTICLE = '---\ntitle: Kurz\nlang: de\nlanguages: [de, en]\n---\n\nEin Satz mit 15.000 Wörtern.\n';

async function withConfig(config: string, verb: string[] = ['run', '--publish', 'none']) {
  const dir = tmpProject({ 'pipeline/config.yaml': config, 'content/kurz/index.md': ARTICLE });
  const result = await runCli(verb, { cwd: dir });
  return { dir, ...result };
}

function oneLine(result: { code: number; stderr: string }, expected: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('pipeline/config.yaml against its schema', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a byte limit that is not a number', 'limits:\n  articleBytes: "abc"\n', /pipeline\/config\.yaml:2:17: `limits\.articleBytes` must be a whole number from 1024 to 67108864, got `abc`/],
    ['limits that are not a mapping', 'limits: 5\n', /pipeline\/config\.yaml:1:9: `limits` must be a mapping with articleBytes, lines, nesting/],
    ['paths that are not a mapping', 'paths: 5\n', /pipeline\/config\.yaml:1:8: `paths` must be a mapping with content, locales, output, state, got `5`/],
    ['rules that are not a mapping', 'rules: 5\n', /pipeline\/config\.yaml:1:8: `rules` must be a mapping of rule ids to severities, got `5`/],
    ['languages as one word', 'languages: de\n', /pipeline\/config\.yaml:1:12: `languages` must be a list of language codes, such as \[de, en, fr\], got `de`/],
    ['languages as a number', 'languages: 5\n', /pipeline\/config\.yaml:1:12: `languages` must be a list of language codes/],
    ['an unknown language', 'languages: [de, xx]\n', /pipeline\/config\.yaml:1:17: `languages\[1\]`: unknown language `xx`/],
    ['a state folder outside the project', 'paths:\n  state: /proc/nope\n', /pipeline\/config\.yaml:2:10: `paths\.state`: `\/proc\/nope` is an absolute path/],
    ['an output folder that climbs out', 'paths:\n  output: ../../x\n', /pipeline\/config\.yaml:2:11: `paths\.output`: `\.\.\/\.\.\/x` leads out of the project/],
    ['an unknown top-level key', 'langauges: [de]\n', /pipeline\/config\.yaml:1:1: unknown key `langauges` \(known: languages, paths, limits/],
    ['an unknown limit', 'limits:\n  articleByte: 5\n', /pipeline\/config\.yaml:2:3: unknown key `articleByte` in `limits`/],
    ['a severity that is none', 'rules:\n  range-order: loud\n', /pipeline\/config\.yaml:2:16: `rules\.range-order` must be one of off, info, warning, error, got `loud`/],
    ['a per-language engine for an unknown language', 'translation:\n  perLanguage:\n    xx: deepl\n', /pipeline\/config\.yaml:3:5: `translation\.perLanguage`: unknown language `xx`/],
    ['a YAML alias bomb', BOMB, /pipeline\/config\.yaml:2:8: too many alias expansions \(a YAML alias bomb\?\)/],
    ['a NUL byte', 'languages: [de]\u0000\n', /pipeline\/config\.yaml:1:16: binary data \(a NUL byte/],
  ];
  for (const [name, config, expected] of cases) {
    it(`${name}: one positioned line, exit 2, nothing written`, async () => {
      const result = await withConfig(config);
      oneLine(result, expected);
      expect(readdirSync(result.dir).sort()).toEqual(['content', 'pipeline']);
    });
  }

  it('the shipped configuration passes its own schema, limits written out', async () => {
    const dir = tmpProject({}, { withConfig: false });
    cpSync(join(REPO, 'pipeline'), join(dir, 'pipeline'), { recursive: true });
    const result = await runCli(['status'], { cwd: dir });
    expect(result.stderr).toBe('');
  });

  it('a byte-order mark before the YAML is not an error', async () => {
    const result = await withConfig('\ufefflanguages: [de, en]\n');
    expect(result.code).toBe(0);
  });

  it('an alias used sensibly still works', async () => {
    const result = await withConfig('translation:\n  engines:\n    a: &opts { type: openai, model: m1 }\n    b: *opts\n');
    expect(result.code).toBe(0);
  });
});

describe('the other YAML files: front matter, review.yaml, jobs.yaml, glossary', () => {
  it('an alias bomb in front matter: one positioned line, exit 2', async () => {
    const dir = tmpProject({ 'a.md': `---\ntitle: x\nlang: de\n${BOMB}---\n\nText.\n` });
    oneLine(await runCli(['parse', 'a.md'], { cwd: dir }), /a\.md:5:8: too many alias expansions/);
  });

  it('an alias bomb in review.yaml, jobs.yaml and the glossary', async () => {
    const dir = tmpProject({ 'content/kurz/index.md': ARTICLE, 'content/kurz/review.yaml': `- rule: range-order\n  line: 1\n  reason: x\n  extra:\n${BOMB.replace(/^/gm, '    ')}` });
    oneLine(await runCli(['validate', 'kurz'], { cwd: dir }), /content\/kurz\/review\.yaml:\d+:\d+: too many alias expansions/);
    writeFileSync(join(dir, 'pipeline', 'jobs.yaml'), `${BOMB}jobs: []\n`);
    oneLine(await runCli(['jobs', 'list'], { cwd: dir }), /pipeline\/jobs\.yaml:2:8: too many alias expansions/);
    writeFileSync(join(dir, 'content', 'glossary.yaml'), `${BOMB}entities: []\n`);
    oneLine(await runCli(['extract', 'kurz'], { cwd: dir }), /content\/glossary\.yaml:2:8: too many alias expansions/);
  });

  it('a byte-order mark in review.yaml is read, not a confusing error', async () => {
    const dir = tmpProject({ 'content/kurz/index.md': ARTICLE, 'content/kurz/review.yaml': '\ufeff- rule: range-order\n  line: 7\n  reason: quoted as published\n' });
    const result = await runCli(['validate', 'kurz', '--json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).messages.some((m: { ruleId: string }) => m.ruleId === 'review/unused-acknowledgement')).toBe(true);
  });

  it('cron */61 is refused with its position', async () => {
    const dir = tmpProject({ 'pipeline/jobs.yaml': 'jobs:\n  - name: inbox\n    schedule: "*/61 * * * *"\n    sources:\n      - folder: content/inbox\n' });
    oneLine(await runCli(['jobs', 'list'], { cwd: dir }), /pipeline\/jobs\.yaml:3:15: invalid schedule `\*\/61 \* \* \* \*`: the step `\/61` in the minute field must be a whole number from 1 to 60/);
  });
});
