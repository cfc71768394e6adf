// `npm run bench:hostile`: `newsdesk run` on articles of the hostile shapes of issue 14, each
// at about 1 MiB (the byte limit), in its own process, as users run it. An accepted shape runs
// with complete locale files in all 14 languages (every sentence pseudo-translated, so every
// language renders and goes through QA); a refused one must be refused quickly, in one line.
// Printed per shape: the outcome (exit code, the refusal), wall and CPU seconds, peak RSS.
// The target (issue 14): every shape under 30 s and 500 MB.
// Usage: npm run bench:hostile [-- --only figures-16k,prose-1MiB --limit segments=50000 --keep]

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config/index.js';
import { parseArticle } from '../ingest/index.js';
import { LANGUAGES } from '../lang/codes.js';
import { buildSourceResource, serializeResource } from '../localize/index.js';
import { formatTable } from '../pipeline/table.js';
import type { ProcessUsage } from './usage.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
const USAGE_HOOK = new URL('./usage.js', import.meta.url).href;
const MIB = 1024 * 1024;

const FRONT = '---\ntitle: Hostile\nlang: de\ndate: 2024-08-02\n---\n\n';

/** Repeat `make(i)` until the article is just under `bytes`. */
function fill(make: (i: number) => string, join: string, bytes = MIB - 1024): string {
  const parts: string[] = [];
  let size = FRONT.length;
  for (let i = 0; ; i++) {
    const part = make(i);
    size += Buffer.byteLength(part) + join.length;
    if (size > bytes) break;
    parts.push(part);
  }
  return parts.join(join);
}

const SAMPLE_SENTENCES = (() => {
  const text = readFileSync(join(ROOT, 'content', 'ki-stadt', 'index.md'), 'utf8').split(/^---$/m)[2] ?? '';
  return text.split(/\n\n+/).filter((p) => p.trim() !== '' && !p.startsWith('#') && !p.startsWith('>'));
})();

interface Shape {
  name: string;
  what: string;
  body: () => string;
  /** Locale files in all 14 languages (accepted shapes). */
  translate: boolean;
}

/** A paragraph of the sample with its first number varied; `long`: its full stops made semicolons (one long sentence). */
const prose = (long: boolean) => (i: number) => {
  const text = (SAMPLE_SENTENCES[i % SAMPLE_SENTENCES.length] ?? '').replace(/\d+/, (d) => String(Number(d) + i));
  return long ? text.replace(/([^\d\s])\. (?=\S)/g, '$1; ') : text;
};

/** Figures `1,5 %`, `2,5 %`, … in one sentence of at most `chars` characters. */
function figureSentence(chars: number): string {
  let text = 'Die Werte waren 1,5 %';
  for (let i = 2; ; i++) {
    const next = `${text}, ${i},5 %`;
    if (next.length + 1 > chars) return `${text}.`;
    text = next;
  }
}

// The accepted shapes sit just under the default limits they test (pipeline/config.yaml:
// `lines` 20,000, `segments` 2,000, `textChars` 300,000, `sentenceChars` 10,000, `figures`
// 10,000); the others are past one of them and must be refused quickly, in one line.
const SHAPES: Shape[] = [
  { name: 'short-lines', what: '100,000 short lines (one paragraph)', body: () => Array.from({ length: 100_000 }, () => 'Zeile.').join('\n'), translate: false },
  { name: 'lines-limit', what: 'lines: 19,889 lines, 1,950 ten-line sentences in 390 paragraphs', body: () => Array.from({ length: 390 }, (_, p) => Array.from({ length: 5 }, (_, i) => `Im Bericht\nder Stadt\nstieg\nim Jahr\nder Wert\nfür die\nneuen\nRechenzentren\nder Region\num ${p * 5 + i + 1},5 Prozent.`).join('\n')).join('\n\n'), translate: true },
  { name: 'paragraphs', what: '100,000 paragraphs', body: () => Array.from({ length: 100_000 }, (_, i) => `P ${i}.`).join('\n\n'), translate: false },
  { name: 'paragraphs-limit', what: 'sentences: 1,990 one-sentence paragraphs, one figure each', body: () => Array.from({ length: 1990 }, (_, i) => `Laut dem Bericht hat die Stadt heute etwa ${i + 1000} Standardschränke in ihren Rechenzentren.`).join('\n\n'), translate: true },
  { name: 'sentences-figures', what: 'sentences and figures: 1,990 sentences of five figures (9,950)', body: () => Array.from({ length: 199 }, (_, p) => Array.from({ length: 10 }, (_, s) => { const n = (p * 10 + s) * 5; return `Laut Bericht stiegen die Werte um ${n + 1} %, ${n + 2} %, ${n + 3} %, ${n + 4} % und ${n + 5} %.`; }).join(' ')).join('\n\n'), translate: true },
  { name: 'sentences-past', what: 'sentences: 9,990 one-sentence paragraphs (past the limit)', body: () => Array.from({ length: 9990 }, (_, i) => `Laut dem Bericht hat die Stadt heute etwa ${i + 1000} Standardschränke in ihren Rechenzentren.`).join('\n\n'), translate: false },
  { name: 'prose-limit', what: 'text: 300 KB of news prose (the sample, varied)', body: () => fill(prose(false), '\n\n', 300_000), translate: true },
  { name: 'text-limit', what: 'text: 300 KB of news prose, each paragraph one long sentence', body: () => fill(prose(true), '\n\n', 300_000), translate: true },
  { name: 'long-sentences', what: 'text: 1 MiB of news prose, each paragraph one long sentence (past the limit)', body: () => fill(prose(true), '\n\n'), translate: false },
  { name: 'prose-1MiB', what: '1 MiB of news prose (the sample, varied; past the limits)', body: () => fill(prose(false), '\n\n'), translate: false },
  { name: 'figures-16k', what: '1,000 figures in 16 KB (one sentence)', body: () => `Die Werte waren ${Array.from({ length: 1000 }, (_, i) => `${i + 1} %`).join(', ')}.`, translate: true },
  { name: 'sentence-limit', what: 'sentence: one sentence of 9,998 characters, 1,109 figures', body: () => figureSentence(10_000), translate: true },
  { name: 'figures-sentence', what: 'sentence: 9,900 figures in one sentence (past the limit)', body: () => `Die Werte waren ${Array.from({ length: 9900 }, (_, i) => `${i + 1},5 %`).join(', ')}.`, translate: false },
  { name: 'figures-limit', what: 'figures: 9,900 figures in 99 paragraphs', body: () => Array.from({ length: 99 }, (_, p) => `Die Werte ${p} waren ${Array.from({ length: 100 }, (_, i) => `${p * 100 + i + 1},5 %`).join(', ')}.`).join('\n\n'), translate: true },
  { name: 'figures-1MiB', what: 'figures: 1 MiB of figures (past the limit)', body: () => fill((i) => `${i + 1} %`, ', ') + '.', translate: false },
  { name: 'nested-quotes', what: '10,000 nested `>`', body: () => `${'>'.repeat(10_000)} x`, translate: false },
  { name: 'nested-emphasis', what: '2,000 nested emphasis marks', body: () => `${'*_'.repeat(1000)}x${'_*'.repeat(1000)}`, translate: false },
  { name: 'emphasis-1MiB', what: '1 MiB of emphasis', body: () => fill((i) => `*w${i}*`, ' '), translate: false },
];

const BOMB = ['a: &a [x,x,x,x,x,x,x,x,x]', ...['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`)].join('\n');

interface Row {
  shape: string;
  bytes: number;
  exit: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  outcome: string;
}

function project(shape: Shape): string {
  const dir = mkdtempSync(join(tmpdir(), `newsdesk-hostile-${shape.name}-`));
  mkdirSync(join(dir, 'pipeline'), { recursive: true });
  // The shipped configuration, with `--limit name=value` overrides (to measure past a default).
  let config = readFileSync(join(ROOT, 'pipeline', 'config.yaml'), 'utf8');
  for (const [name, value] of overrides) config = config.replace(new RegExp(`^(  ${name}:)\\s*\\d+`, 'm'), `$1 ${value}`);
  writeFileSync(join(dir, 'pipeline', 'config.yaml'), config);
  const text = shape.name === 'alias-bomb' ? `---\ntitle: Bomb\nlang: de\n${BOMB}\n---\n\nText.\n` : `${FRONT}${shape.body()}\n`;
  mkdirSync(join(dir, 'content', 'hostile'), { recursive: true });
  writeFileSync(join(dir, 'content', 'hostile', 'index.md'), text);
  for (const lng of LANGUAGES) {
    mkdirSync(join(dir, 'locales', lng), { recursive: true });
    writeFileSync(join(dir, 'locales', lng, 'common.json'), readFileSync(join(ROOT, 'locales', lng, 'common.json')));
  }
  if (shape.translate) {
    // Complete locale files: the source resource, prefixed per language (tags and figures kept).
    // A shape past a limit has none: the run refuses it the same way.
    let resource: Record<string, string>;
    try {
      resource = buildSourceResource(parseArticle(text, join(dir, 'content', 'hostile', 'index.md'), loadConfig(dir))).resource;
    } catch {
      return dir;
    }
    for (const lng of LANGUAGES) {
      const values = lng === 'de' ? resource : Object.fromEntries(Object.entries(resource).map(([k, v]) => [k, `[${lng}] ${v}`]));
      writeFileSync(join(dir, 'locales', lng, 'hostile.json'), serializeResource(values));
    }
  }
  return dir;
}

function measure(shape: Shape): Row {
  const dir = project(shape);
  const bytes = Buffer.byteLength(readFileSync(join(dir, 'content', 'hostile', 'index.md')));
  // Every shape stays under the byte limit, so it measures its own limit or stage, not the byte check.
  if (bytes > MIB) throw new Error(`bench:hostile: the ${shape.name} article is ${bytes} bytes, over the 1 MiB it must stay under`);
  const usageFile = join(dir, '.usage.json');
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', USAGE_HOOK, CLI, 'run', '--publish', 'none', '--jobs', '1'], { cwd: dir, env: { ...process.env, NEWSDESK_BENCH_USAGE: usageFile }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as ProcessUsage;
  const refusal = (child.stderr ?? '').split('\n').find((line) => /limits\.|cannot|alias|nested|too many/.test(line));
  const rendered = /(\d+)\/(\d+) languages rendered/.exec(child.stderr ?? '');
  const outcome = child.status === 0 ? `ran: ${rendered ? `${rendered[1]}/${rendered[2]} languages rendered` : 'ok'}` : `refused: ${(refusal ?? child.stderr.trim().split('\n').pop() ?? '').replace(/^\[1\/1\] /, '').replace(/ — .*$/, '').slice(0, 110)}`;
  if (!keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
  return { shape: `${shape.name} (${shape.what})`, bytes, exit: child.status ?? -1, seconds, cpuSeconds: usage.cpuSeconds, peakRssMb: usage.peakRssMb, outcome };
}

const { values } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean' }, limit: { type: 'string', multiple: true } } });
const overrides = (values.limit ?? []).map((pair) => pair.split('=') as [string, string]);
const keep = values.keep === true;
const only = values.only?.split(',');
const shapes = [...SHAPES, { name: 'alias-bomb', what: 'a YAML alias bomb in the front matter', body: () => '', translate: false }].filter((s) => !only || only.includes(s.name));
console.log(`newsdesk run on hostile articles (1 process each, --jobs 1; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
const rows: Row[] = [];
for (const shape of shapes) {
  const row = measure(shape);
  rows.push(row);
  console.log(`  ${shape.name}: ${row.seconds.toFixed(1)} s, ${row.peakRssMb.toFixed(0)} MB, exit ${row.exit}`);
}
console.log(
  formatTable(
    ['shape', 'bytes', 'exit', 'wall s', 'CPU s', 'peak RSS MB', 'outcome'],
    rows.map((r) => [r.shape, String(r.bytes), String(r.exit), r.seconds.toFixed(1), r.cpuSeconds.toFixed(1), r.peakRssMb.toFixed(0), r.outcome]),
  ),
);
// On a shared machine wall time follows the load; CPU seconds and peak RSS are what a shape costs.
const overCpu = rows.filter((r) => r.cpuSeconds >= 30 || r.peakRssMb >= 500);
console.log(overCpu.length === 0 ? 'in CPU seconds and peak RSS: every shape under 30 s and 500 MB' : `over 30 CPU seconds or 500 MB: ${overCpu.map((r) => r.shape.split(' ')[0]).join(', ')}`);
const over = rows.filter((r) => r.seconds >= 30 || r.peakRssMb >= 500);
console.log(over.length === 0 ? 'target met: every shape under 30 s and 500 MB' : `over the target (30 s, 500 MB): ${over.map((r) => r.shape.split(' ')[0]).join(', ')}`);
process.exitCode = over.length === 0 ? 0 : 1;
