// Issue 14, items 4 and 5: limits that bound the work, not only the bytes. An article under
// the byte limit whose shape would take the parser minutes or overflow a stack is refused in
// one positioned line (exit 2) before parsing; sentences and figures past their limits once
// counted. (How long the accepted shapes take is measured by `npm run bench:hostile`, not here.)

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tmpProject } from './helpers/tmp.js';

const FM = '---\ntitle: Grenzen\nlang: de\nlanguages: [de]\n---\n\n';

async function run(body: string, config?: string) {
  const dir = tmpProject({ 'content/t/index.md': FM + body, ...(config ? { 'pipeline/config.yaml': config } : {}) });
  const result = await runCli(['run', '--publish', 'none'], { cwd: dir });
  return { dir, ...result };
}

function refused(result: { code: number; stderr: string; dir: string }, expected: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
  // Nothing written for the article.
  expect(readdirSync(result.dir).sort()).toEqual(['content', 'pipeline']);
}

describe('work limits', () => {
  it('10,000 nested `>`: refused at its line, not a stack overflow', async () => {
    refused(await run(`${'>'.repeat(10_000)} x\n`), /content\/t\/index\.md:7:1: quotes and lists nested 10000 deep, more than `limits\.nesting` \(32\)/);
  });

  it('1,000 nested `>` (which already failed in `run`): refused the same way', async () => {
    refused(await run(`${'> '.repeat(1000)}x\n`), /content\/t\/index\.md:7:1: quotes and lists nested 1000 deep/);
  });

  it('a list nested 100 deep on one line', async () => {
    refused(await run(`${'- '.repeat(100)}x\n`), /content\/t\/index\.md:7:1: quotes and lists nested 100 deep/);
  });

  it('100,000 short lines (under 1 MiB): refused by `limits.lines` before parsing', async () => {
    refused(await run(Array.from({ length: 100_000 }, () => `Zeile.`).join('\n')), /content\/t\/index\.md:20001:1: the article has 100,006 lines, more than `limits\.lines` \(20,000\)/);
  });

  it('100,000 paragraphs: refused by `limits.lines`', async () => {
    refused(await run(Array.from({ length: 100_000 }, (_, i) => `P ${i}.`).join('\n\n')), /more than `limits\.lines` \(20,000\)/);
  });

  it('2,000 nested emphasis marks in one paragraph: refused by `limits.markupPerParagraph`', async () => {
    refused(await run(`${'*_'.repeat(1000)}x${'_*'.repeat(1000)}\n`), /content\/t\/index\.md:7:501: inline markup characters \(\*, _, ~, `, \[, <\) in one paragraph, more than `limits\.markupPerParagraph` \(500\)/);
  });

  it('emphasis spread over many paragraphs: refused by `limits.markup`', async () => {
    const body = Array.from({ length: 300 }, () => '*a* _b_ '.repeat(20)).join('\n\n');
    refused(await run(body), /inline markup characters \(\*, _, ~, `, \[, <\), more than `limits\.markup` \(20,000\)/);
  });

  it('sentences past `limits.segments`: refused with the first sentence over the limit', async () => {
    refused(await run(Array.from({ length: 60 }, (_, i) => `Satz ${i}.`).join(' '), 'limits:\n  segments: 50\n'), /content\/t\/index\.md:7:\d+: 60 sentences, more than `limits\.segments` \(50\)/);
  });

  it('the default `limits.segments` (2,000): 2,000 sentences run, 2,001 are refused at the 2,001st', async () => {
    // One sentence per line, so the line of the sentence past the limit is known: 6 lines of front matter.
    const sentences = (n: number) => Array.from({ length: n }, (_, i) => `Satz ${i}.`).join('\n\n');
    refused(await run(sentences(2001)), new RegExp(`content/t/index\\.md:${6 + 2 * 2000 + 1}:1: 2,001 sentences, more than \`limits\\.segments\` \\(2,000\\)`));
    const within = await run(sentences(2000));
    expect(within.stderr).not.toMatch(/limits/);
    expect(within.code).toBe(0);
  });

  it('a sentence past `limits.sentenceChars` (10,000 by default): refused at that sentence', async () => {
    const long = `Ein ${'sehr '.repeat(2400)}langer Satz.`;
    refused(await run(`Kurz.\n\n${long}\n`), new RegExp(`content/t/index\\.md:9:1: a sentence of ${long.length.toLocaleString('en')} characters, more than \`limits\\.sentenceChars\` \\(10,000\\)`));
  });

  it('sentences past `limits.textChars`: refused at the sentence that passes it, with the whole count', async () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Satz Nummer ${i} ist hier.`);
    let sum = 0;
    const over = sentences.findIndex((sentence) => (sum += sentence.length) > 1000);
    const total = sentences.join('').length;
    refused(await run(sentences.join('\n\n'), 'limits:\n  textChars: 1000\n'), new RegExp(`content/t/index\\.md:${7 + 2 * over}:1: ${total.toLocaleString('en')} characters of sentences, more than \`limits\\.textChars\` \\(1,000\\)`));
  });

  it('figures past `limits.figures`: refused with the first figure over the limit', async () => {
    refused(await run(`${Array.from({ length: 40 }, (_, i) => `${i + 1} %`).join(', ')}.\n`, 'limits:\n  figures: 30\n'), /content\/t\/index\.md:7:\d+: 40 figures, more than `limits\.figures` \(30\)/);
  });

  it('figures past `limits.figures` early in a long article: refused at the sentence that passed the limit, the rest unread', async () => {
    const first = `${Array.from({ length: 40 }, (_, i) => `${i + 1} %`).join(', ')}.`;
    const rest = Array.from({ length: 200 }, (_, p) => `Absatz ${p}: ${Array.from({ length: 40 }, (_, i) => `${i + 1},5 %`).join(', ')}.`);
    const result = await run(`${[first, ...rest].join('\n\n')}\n`, 'limits:\n  figures: 30\n');
    // The 31st figure's position, and a count that stops with the first paragraph (8,040 in all).
    refused(result, new RegExp(`content/t/index\\.md:7:${first.indexOf('31 %') + 1}: at least 40 figures, more than \`limits\\.figures\` \\(30\\)`));
  });

  it('a thematic break and a code block full of marks are not markup or nesting', async () => {
    const code = `\`\`\`\n${'*_'.repeat(400)}\n${'- '.repeat(50)}x\n\`\`\``;
    const result = await run(`Ein Satz.\n\n${'- '.repeat(40).trim()}\n\n${code}\n\nNoch ein Satz.\n`);
    expect(result.stderr).not.toMatch(/limits/);
    expect(result.code).toBe(0);
  });
});
