// Issue 14, item 10 (review state): a corrupt `<lng>.state.json` is named, for its language
// only — `status` still lists every article (never "No articles", exit 0 on a project with
// one), and `run` finishes with a table and a manifest instead of failing after the outputs.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { sampleProject } from './helpers/tmp.js';

const sample = sampleProject;

describe('a corrupt review state file', () => {
  const corruptions: Array<[string, string | Buffer]> = [
    ['cut short', '{"format": "newsdesk-review-state/1", "keys": 5'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['the wrong shape', '[1, 2, 3]\n'],
  ];
  for (const [name, bytes] of corruptions) {
    it(`${name}: status lists the article and names the file; run finishes with its table and manifest`, async () => {
      const dir = sample();
      writeFileSync(join(dir, 'locales', 'fr', 'ki-stadt.state.json'), bytes);
      const status = await runCli(['status'], { cwd: dir });
      expect(status.code).toBe(0);
      expect(status.stdout).not.toMatch(/No articles/);
      expect(status.stdout).toMatch(/ki-stadt\s+de→en\s+67/);
      expect(status.stdout).toMatch(/ki-stadt fr held: locales\/fr\/ki-stadt\.state\.json/);
      const run = await runCli(['run', '--publish', 'none', '--lang', 'de,en,fr'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/ki-stadt\s+fr\s+67/);
      expect(existsSync(join(dir, 'output', 'ki-stadt', 'manifest.json'))).toBe(true);
    });
  }
});
