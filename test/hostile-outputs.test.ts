// Issue 14, item 7: outputs are checked against the manifest. A deleted, cut or foreign file,
// or a run that died while writing, is redone — never called "unchanged, skipped".

import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addArticle, seedProject, SMALL_ARTICLE, warningsOnly } from './e2e/support/project.js';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

// A process that dies while writing outputs: the n-th regenerable write throws when armed.
const crash = vi.hoisted(() => ({ after: -1 }));
vi.mock('../src/fs/atomic.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/fs/atomic.js')>();
  return {
    ...actual,
    writeRegenerable: (path: string, content: string | Uint8Array) => {
      if (crash.after === 0) throw new Error('killed while writing outputs');
      if (crash.after > 0) crash.after--;
      return actual.writeRegenerable(path, content);
    },
  };
});

function project(): string {
  const dir = tmpProject({}, { withConfig: false });
  seedProject(dir, ['de', 'en', 'fr'], `languages: [de, en, fr]\n${warningsOnly()}`);
  addArticle(dir, 'rechenzentrum', SMALL_ARTICLE, ['en', 'fr']);
  return dir;
}

const out = (dir: string, name = '') => join(dir, 'output', 'rechenzentrum', name);
const run = (dir: string) => runCli(['run', '--publish', 'none'], { cwd: dir });

/** The folder's files, the time a version was made aside (ninjs `versioncreated` is the run's time). */
function folder(dir: string): Record<string, string> {
  const timeless = (text: string) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, 'TIME');
  return Object.fromEntries(readdirSync(out(dir)).filter((name) => name !== 'manifest.json').sort().map((name) => [name, timeless(readFileSync(out(dir, name), 'utf8'))]));
}

describe('outputs checked against the manifest', () => {
  it('a deleted fr.html is written again, not skipped', async () => {
    const dir = project();
    expect((await run(dir)).code).toBe(0);
    rmSync(out(dir, 'fr.html'));
    const again = await run(dir);
    expect(again.stderr).not.toMatch(/unchanged, skipped/);
    expect(readFileSync(out(dir, 'fr.html'), 'utf8')).toContain('<html lang="fr"');
    // Now the folder matches: the next run is a no-op.
    expect((await run(dir)).stderr).toMatch(/rechenzentrum: unchanged, skipped/);
  });

  it('a file cut short, or one the manifest does not list, makes the article run again', async () => {
    const dir = project();
    await run(dir);
    const clean = folder(dir);
    writeFileSync(out(dir, 'en.md'), clean['en.md']!.slice(0, 20));
    writeFileSync(out(dir, 'it.html'), '<html lang="it">an old page</html>');
    const again = await run(dir);
    expect(again.stderr).not.toMatch(/unchanged/);
    expect(folder(dir)).toEqual(clean);
  });

  it('a run that died while writing is redone, even when the inputs are back to what the old manifest says', async () => {
    const dir = project();
    await run(dir);
    const clean = folder(dir);
    // A translator's edit, and a run that dies after writing fr.md (de.md, de.html, en.md, en.html, fr.md).
    const locale = join(dir, 'locales', 'fr', 'rechenzentrum.json');
    const original = readFileSync(locale, 'utf8');
    writeFileSync(locale, original.replaceAll('[fr] ', '[fr] (révisé) '));
    crash.after = 5;
    const died = await run(dir).catch((error: Error) => ({ code: -1, stdout: '', stderr: error.message }));
    crash.after = -1;
    expect(died.stderr).toMatch(/killed while writing outputs/);
    expect(readFileSync(out(dir, 'fr.md'), 'utf8')).toContain('(révisé)');
    // The edit is undone before the next run: the inputs equal the last complete run's.
    writeFileSync(locale, original);
    const again = await run(dir);
    expect(again.stderr).not.toMatch(/unchanged/);
    expect(folder(dir)).toEqual(clean);
  });
});
