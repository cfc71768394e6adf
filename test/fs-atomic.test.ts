// The two kinds of write: durable (a person's work) and regenerable (a run's outputs). Both
// replace a file whole, report what they left on disk, and leave no temp file behind, also
// when the replace fails.

import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncDir, TEMP_FILE, writeFileAtomic, writeRegenerable } from '../src/fs/atomic.js';
import { tmpProject } from './helpers/tmp.js';

describe('atomic writes', () => {
  for (const [name, write] of [['writeFileAtomic', writeFileAtomic], ['writeRegenerable', writeRegenerable]] as const) {
    it(`${name} replaces a file whole and says what it wrote`, () => {
      const dir = tmpProject({ 'out/a.txt': 'old' }, { withConfig: false });
      const path = join(dir, 'out', 'a.txt');
      const written = write(path, 'neue Fassung');
      expect(readFileSync(path, 'utf8')).toBe('neue Fassung');
      const stat = statSync(path);
      expect(written).toEqual({ size: Buffer.byteLength('neue Fassung'), ino: stat.ino, mtimeMs: stat.mtimeMs });
      expect(readdirSync(join(dir, 'out'))).toEqual(['a.txt']);
      syncDir(join(dir, 'out'));
    });

    it(`${name} leaves no temp file when the replace fails`, () => {
      const dir = tmpProject({}, { withConfig: false });
      const target = join(dir, 'taken');
      mkdirSync(join(target, 'inside'), { recursive: true }); // a non-empty folder cannot be replaced by a file
      expect(() => write(target, 'x')).toThrow();
      expect(readdirSync(dir)).toEqual(['taken']);
    });
  }

  it('names temp files so a left-over one is recognised', () => {
    expect(TEMP_FILE.test('.fr.html.1234-0.0a1b2c3d.tmp')).toBe(true);
    expect(TEMP_FILE.test('fr.html')).toBe(false);
  });
});
