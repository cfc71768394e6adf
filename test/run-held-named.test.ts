// The run table and report.html name what holds a language: the held languages themselves,
// and the keys that are broken or missing (not only how many).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { sampleProject } from './helpers/desk.js';

describe('held languages and broken keys are named', () => {
  it('in the run table and in report.html', async () => {
    const dir = await sampleProject();
    const file = join(dir, 'locales/fr/ki-stadt.json');
    const fr = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const [key, value] = Object.entries(fr).find(([k, v]) => !k.startsWith('meta.') && /\{\{f\d+, figure\}\}/.test(v))!;
    fr[key] = value.replace(/\{\{f\d+, figure\}\}/, '42');
    writeFileSync(file, `${JSON.stringify(fr, null, 2)}\n`);
    const run = await runCli(['run', '--publish', 'none'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`ki-stadt\\s+fr\\s+.*1 broken key in locales/fr/ki-stadt\\.json \\(${key}\\)`));
    const report = readFileSync(join(dir, 'output/ki-stadt/report.html'), 'utf8');
    // Every language is held by the sample's validation errors; the summary says which.
    expect(report).toContain('<b>14/14</b><span>languages held: zh, ru, en, fr, id, sa, ja, de, pt, el, es, it, fi, la</span>');
    expect(report).toContain(`<li class="pub-held" lang="fr"><b>Français (fr)</b> <span class="chip chip-error">held</span> 1 broken key in locales/fr/ki-stadt.json (${key})</li>`);
    expect(report).toContain('<li class="pub-held" lang="de"><b>Deutsch (de)</b> <span class="chip chip-error">held</span> 3 validation errors in the source (22:59 range-order)</li>');
  });
});
