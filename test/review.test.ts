// `newsdesk review`: usage, and marking several languages of hand-written files reviewed
// (the one-off for reviewed sample data).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { REPO, tmpProject } from './helpers/tmp.js';

const ARTICLE = 'content/rechenzentren/index.md';

function project() {
  const dir = tmpProject({ [ARTICLE]: readFileSync(join(REPO, 'test/fixtures/translate-workflow/rechenzentren.md'), 'utf8') });
  const cli = (args: string[]) => runCli(args, { cwd: dir });
  return { dir, cli };
}

describe('newsdesk review', () => {
  it('refuses wrong usage with exit 2', async () => {
    const { cli } = project();
    expect((await cli(['review'])).code).toBe(2);
    expect((await cli(['review', 'rechenzentren'])).stderr).toContain('give --lang');
    expect((await cli(['review', 'rechenzentren', '--lang', 'xx'])).code).toBe(2);
    expect((await cli(['review', 'rechenzentren', '--lang', 'de'])).stderr).toContain('de is the source language of rechenzentren');
    expect((await cli(['review', 'rechenzentren', '--lang', 'fr', '--mark-reviewed'])).stderr).toContain('--mark-reviewed needs keys');
    expect((await cli(['review', 'rechenzentren', '--lang', 'fr', 'some-key'])).stderr).toContain('did you mean --mark-reviewed?');
  });

  it('lists missing keys with their source, and marks hand-written files reviewed in several languages', async () => {
    const { dir, cli } = project();
    const listed = await cli(['review', 'rechenzentren', '--lang', 'fr']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('rechenzentren → fr: 12 need a translator (0 stale, 0 machine, 12 missing); 0 edited, 0 reviewed');
    expect(listed.stdout).toContain('missing  meta.section\n  source:    Tiefe\n');
    // The source locale file comes from `translate` or `run`; here the review reads the article itself.
    const json = JSON.parse((await cli(['review', 'rechenzentren', '--lang', 'fr', '--json'])).stdout) as { keys: Array<{ key: string; source: string }> };
    const source = Object.fromEntries(json.keys.map((k) => [k.key, k.source]));
    for (const lang of ['fr', 'it']) {
      mkdirSync(join(dir, 'locales', lang), { recursive: true });
      const values = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, `(${lang}) ${value}`]));
      delete values['meta.category'];
      writeFileSync(join(dir, `locales/${lang}/rechenzentren.json`), `${JSON.stringify(values, null, 2)}\n`);
    }
    const marked = await cli(['review', 'rechenzentren', '--lang', 'fr,it', '--all', '--json']);
    expect(marked.code).toBe(0);
    const results = JSON.parse(marked.stdout) as Array<{ lang: string; marked: string[]; refused: unknown[] }>;
    expect(results.map((r) => [r.lang, r.marked.length, r.refused.length])).toEqual([['fr', 11, 0], ['it', 11, 0]]);
    const state = JSON.parse(readFileSync(join(dir, 'locales/it/rechenzentren.state.json'), 'utf8')) as { keys: Record<string, { state: string; source: string }> };
    expect(state.keys['meta.section']).toMatchObject({ state: 'reviewed', source: 'Tiefe' });
    const refused = await cli(['review', 'rechenzentren', '--lang', 'it', '--mark-reviewed', 'meta.category', 'no-such-key']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('meta.category: no translation to review');
    expect(refused.stdout).toContain('no-such-key: no such key in the article');
    const again = await cli(['review', 'rechenzentren', '--lang', 'it', '--all']);
    expect(again.stdout).toContain('0 marked reviewed, 11 already reviewed, 0 refused');
  });
});
